#pragma once
// Item data roles shared by the table models, their delegates and the sort/filter proxies.
#include <Qt>

namespace uplift::app {

enum ItemRole {
    // A value that sorts correctly: numbers as numbers, dates as dates, text as text.
    SortRole = Qt::UserRole + 1,
    // Money cells: the exact amount in minor units (qint64), for delegates and tests.
    MinorUnitsRole,
    // The row's stable key (product id, account id, batch id).
    RowKeyRole,
    // True for a subtotal or total row: it stays last whatever the sort, and any filter keeps it.
    PinnedLastRole,
};

}  // namespace uplift::app
