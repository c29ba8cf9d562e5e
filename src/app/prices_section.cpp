#include "prices_section.h"

#include <QTableView>
#include <QVBoxLayout>

#include "date_delegate.h"
#include "filtered_table_view.h"
#include "money_delegate.h"
#include "price_table_model.h"

namespace uplift::app {

PricesSection::PricesSection(AppSession& session, QWidget* parent)
    : SectionWidget(parent),
      model_(new PriceTableModel(session, this)),
      view_(new FilteredTableView(this)) {
    view_->setSourceModel(model_);
    view_->table()->setObjectName(QStringLiteral("pricesTable"));
    view_->setStretchColumn(PriceTableModel::Account);
    view_->setNotice(
        tr("Prices change through imports (File › Import…); each row is valid "
           "from and to the dates shown, both included."));
    QTableView* t = view_->table();
    auto* money = new MoneyDelegate(this);
    t->setItemDelegateForColumn(PriceTableModel::ListPrice, money);
    t->setItemDelegateForColumn(PriceTableModel::UnitCost, money);
    t->setItemDelegateForColumn(PriceTableModel::ValidFrom,
                                new DateDelegate(tr("since always"), this));
    t->setItemDelegateForColumn(PriceTableModel::ValidTo, new DateDelegate(tr("open-ended"), this));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

void PricesSection::reload() {
    model_->reload();
    view_->fitColumns();
}

}  // namespace uplift::app
