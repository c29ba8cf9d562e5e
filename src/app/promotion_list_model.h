#pragma once
// The promotions of the catalog as a table: one row per promotion, read-only (edits happen in
// the promotion editor). The status column carries the displayed state for the badge delegate.
#include <QAbstractTableModel>

namespace uplift::app {

class PromotionCatalog;

class PromotionListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Code, Campaign, Account, Brand, Start, End, Status, Lines, Depth, ColumnCount };
    // The displayed PromotionStatus (int) of a row, for delegates and tests.
    static constexpr int StatusRole = Qt::UserRole + 20;

    explicit PromotionListModel(const PromotionCatalog& catalog, QObject* parent = nullptr);

    // The catalog was re-read as a whole, or one row of it.
    void catalogReset();
    void rowChanged(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    const PromotionCatalog& catalog_;
    int rows_ = 0;
};

}  // namespace uplift::app
