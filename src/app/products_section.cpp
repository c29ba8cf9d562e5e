#include "products_section.h"

#include <QTableView>
#include <QVBoxLayout>

#include "app_session.h"
#include "choice_delegate.h"
#include "error_display.h"
#include "filtered_table_view.h"
#include "masterdata/products.h"
#include "money_delegate.h"
#include "product_table_model.h"
#include "security/roles.h"
#include "text_conversions.h"

namespace uplift::app {

ProductsSection::ProductsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      model_(new ProductTableModel(session, undoStack, this)),
      view_(new FilteredTableView(this)) {
    const bool editable = session.can(rights::kEditMasterData);
    model_->setEditable(editable);
    view_->setSourceModel(model_);
    view_->table()->setObjectName(QStringLiteral("productsTable"));
    view_->setStretchColumn(ProductTableModel::Name);
    if (!editable) {
        view_->setNotice(tr("Read-only: changing products needs the right “%1”.")
                             .arg(qs(rights::kEditMasterData)));
    }

    auto* money = new MoneyDelegate(this);
    view_->table()->setItemDelegateForColumn(ProductTableModel::ListPrice, money);
    view_->table()->setItemDelegateForColumn(ProductTableModel::UnitCost, money);
    view_->table()->setItemDelegateForColumn(
        ProductTableModel::Brand,
        new ChoiceDelegate(
            [this] {
                QList<Choice> out;
                for (const Brand& b : list_brands(session_.connection())) {
                    out.append({qs(b.name), qs(b.name)});
                }
                return out;
            },
            false, this));
    view_->table()->setItemDelegateForColumn(
        ProductTableModel::Status, new ChoiceDelegate(
                                       [] {
                                           return QList<Choice>{
                                               {tr("active"), QStringLiteral("active")},
                                               {tr("inactive"), QStringLiteral("inactive")}};
                                       },
                                       false, this));

    connect(model_, &ProductTableModel::refused, this,
            [this](const QString& message) { showRefusal(this, tr("Change refused"), message); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

void ProductsSection::reload() {
    model_->reload();
    view_->fitColumns();
}

}  // namespace uplift::app
