#pragma once
// The approved promotions at stock-out risk (core: stockout_risks): promotion, account, sku,
// ship period, planned units against the inventory found for the ship period and its date.
#include <QTableWidget>

#include <vector>

#include "targets/sales_plan.h"

namespace uplift::app {

class StockOutRiskList : public QTableWidget {
    Q_OBJECT
  public:
    enum Column { Promotion, Account, Sku, Ship, Planned, Inventory, InventoryDate, ColumnCount };

    explicit StockOutRiskList(QWidget* parent = nullptr);
    void display(const std::vector<StockOutRisk>& risks);
};

}  // namespace uplift::app
