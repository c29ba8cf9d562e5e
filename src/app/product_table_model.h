#pragma once
// Products as the core lists them. Edits never write here directly: setData pushes a
// ChangeValueCommand whose redo/undo call uplift::update_product, and the row is re-read
// from the core after each accepted change.
#include <QAbstractTableModel>

#include <vector>

#include "masterdata/products.h"

class QUndoStack;

namespace uplift::app {

class AppSession;

class ProductTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Sku, Name, Brand, Category, Uom, Status, ListPrice, UnitCost, ColumnCount };

    ProductTableModel(AppSession& session, QUndoStack* undoStack, QObject* parent = nullptr);

    void reload();
    void setEditable(bool editable) { editable_ = editable; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Writes one field of one product through the core (the undo command's apply step).
    // Returns false, after emitting refused(), when the core says no.
    bool applyField(qint64 productId, int column, const QVariant& value);

    static bool isEditableColumn(int column);

  signals:
    // The core refused a change; the message is the core's own.
    void refused(const QString& message);

  private:
    int rowOfId(qint64 id) const;
    // The stored value of a field in the form commands carry (text, or qint64 minor units).
    static QVariant fieldValue(const Product& p, int column);

    AppSession& session_;
    QUndoStack* undoStack_;
    std::vector<Product> rows_;
    bool editable_ = false;
};

}  // namespace uplift::app
