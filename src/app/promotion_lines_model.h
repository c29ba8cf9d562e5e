#pragma once
// The lines of the promotion being edited, with their plan: sku, product, baseline per week,
// planned units (the model's or a manual forecast), depth, list and promoted price. Depth and
// planned units are editable; an edit is not written here but handed to the editor as a
// request, which pushes an undo command that calls the core.
#include <QAbstractTableModel>

#include <vector>

#include "promotions/planning.h"
#include "promotions/promotion.h"

namespace uplift::app {

class PromotionLinesModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Sku,
        Product,
        Baseline,
        PlannedUnits,
        Forecast,
        Depth,
        ListPrice,
        PromotedPrice,
        ColumnCount
    };
    struct Row {
        PromotionLine line;
        PlannedLine plan;
        QString productName;
    };

    explicit PromotionLinesModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    void setEditable(bool editable) { editable_ = editable; }
    const Row& row(int r) const { return rows_[static_cast<std::size_t>(r)]; }
    int rowOfSku(const QString& sku) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Parses what the user typed and emits depthEditRequested or unitsEditRequested.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

  signals:
    // New depth in Percent units.
    void depthEditRequested(const QString& sku, qint64 oldUnits, qint64 newUnits);
    // Planned units; an invalid QVariant means "back to the model's forecast".
    void unitsEditRequested(const QString& sku, const QVariant& oldUnits, const QVariant& newUnits);
    // What the user typed is not a depth or a number; the message says why.
    void refused(const QString& message);

  private:
    std::vector<Row> rows_;
    bool editable_ = false;
};

}  // namespace uplift::app
