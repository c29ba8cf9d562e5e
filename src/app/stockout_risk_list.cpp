#include "stockout_risk_list.h"

#include <QHeaderView>
#include <QLocale>

#include "exact_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

QTableWidgetItem* riskCell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QString riskDate(const QDate& d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}

}  // namespace

StockOutRiskList::StockOutRiskList(QWidget* parent) : QTableWidget(0, ColumnCount, parent) {
    setObjectName(QStringLiteral("stockOutRiskList"));
    setHorizontalHeaderLabels({tr("Promotion"), tr("Account"), tr("SKU"), tr("Ship period"),
                               tr("Planned units"), tr("Inventory"), tr("Inventory date")});
    for (int c : {Planned, Inventory}) {
        horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
}

void StockOutRiskList::display(const std::vector<StockOutRisk>& risks) {
    const QLocale locale;
    clearContents();
    setRowCount(static_cast<int>(risks.size()));
    int row = 0;
    for (const StockOutRisk& r : risks) {
        const QDate inventoryDate = QDate::fromString(qs(r.inventory_date), Qt::ISODate);
        setItem(row, Promotion, riskCell(qs(r.promotion)));
        setItem(row, Account, riskCell(qs(r.account)));
        setItem(row, Sku, riskCell(qs(r.sku)));
        setItem(row, Ship,
                riskCell(QStringLiteral("%1 – %2").arg(riskDate(toQDate(r.ship.first)),
                                                       riskDate(toQDate(r.ship.last)))));
        setItem(row, Planned, riskCell(formatExactUnits(r.planned_units, locale), true));
        setItem(row, Inventory,
                riskCell(locale.toString(static_cast<qlonglong>(r.inventory)), true));
        setItem(row, InventoryDate,
                riskCell(inventoryDate.isValid() ? riskDate(inventoryDate) : qs(r.inventory_date)));
        ++row;
    }
    resizeColumnsToContents();
}

}  // namespace uplift::app
