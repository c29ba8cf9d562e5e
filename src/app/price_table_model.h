#pragma once
// Price-list rows, read-only: the central list and account lists with their validity.
#include <QAbstractTableModel>

#include <vector>

#include "pricing/prices.h"

namespace uplift::app {

class AppSession;

class PriceTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Sku, Account, ValidFrom, ValidTo, ListPrice, UnitCost, ColumnCount };

    explicit PriceTableModel(AppSession& session, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    AppSession& session_;
    std::vector<PriceRow> rows_;
};

}  // namespace uplift::app
