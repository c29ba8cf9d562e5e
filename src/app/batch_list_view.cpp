#include "batch_list_view.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "app_session.h"
#include "batch_table_model.h"
#include "error_display.h"
#include "errors.h"
#include "filtered_table_view.h"
#include "item_roles.h"
#include "security/roles.h"
#include "text_conversions.h"

namespace uplift::app {

BatchListView::BatchListView(AppSession& session, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      model_(new BatchTableModel(session, this)),
      view_(new FilteredTableView(this)),
      importButton_(
          new QPushButton(QIcon(QStringLiteral(":/icons/imports.svg")), tr("&Import…"), this)),
      rollbackButton_(
          new QPushButton(QIcon(QStringLiteral(":/icons/rollback.svg")), tr("&Roll back…"), this)) {
    view_->setSourceModel(model_);
    QTableView* t = view_->table();
    t->setObjectName(QStringLiteral("batchesTable"));
    view_->setStretchColumn(BatchTableModel::File);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->sortByColumn(BatchTableModel::Id, Qt::DescendingOrder);  // newest first

    importButton_->setObjectName(QStringLiteral("importButton"));
    rollbackButton_->setObjectName(QStringLiteral("rollbackButton"));
    view_->toolbarLayout()->addWidget(importButton_);
    view_->toolbarLayout()->addWidget(rollbackButton_);
    view_->setNotice(
        tr("Rolling a batch back restores exactly what it replaced; a later batch "
           "that changed the same rows must be rolled back first."));

    connect(importButton_, &QPushButton::clicked, this, &BatchListView::importRequested);
    connect(rollbackButton_, &QPushButton::clicked, this, &BatchListView::rollBackSelected);
    connect(t->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchListView::updateButtons);
    connect(view_->proxy(), &QAbstractItemModel::modelReset, this, &BatchListView::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    updateButtons();
}

void BatchListView::reload() {
    model_->reload();
    view_->fitColumns();
}

qint64 BatchListView::selectedBatchId() const {
    const QModelIndexList rows = view_->table()->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return 0;
    }
    return rows.first().data(RowKeyRole).toLongLong();
}

void BatchListView::updateButtons() {
    const QModelIndexList rows = view_->table()->selectionModel()->selectedRows();
    const BatchInfo* batch =
        rows.isEmpty() ? nullptr : model_->batchAt(view_->proxy()->mapToSource(rows.first()).row());
    QString why;
    if (batch == nullptr) {
        why = tr("Select a batch to roll it back.");
    } else if (batch->rolled_back) {
        why = tr("This batch is already rolled back.");
    } else {
        const std::string right = rights::import_right(batch->kind);
        if (!session_.can(right)) {
            why = tr("Rolling this batch back needs the right “%1”.").arg(qs(right));
        }
    }
    rollbackButton_->setEnabled(why.isEmpty());
    rollbackButton_->setToolTip(why);
    importButton_->setEnabled(session_.canImportAny());
    importButton_->setToolTip(session_.canImportAny()
                                  ? tr("Import a CSV file of products, accounts, prices or "
                                       "actuals (Ctrl+I)")
                                  : tr("Importing needs an import right (e.g. “import.actuals”)."));
}

void BatchListView::rollBackSelected() {
    const qint64 id = selectedBatchId();
    if (id == 0) {
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Roll back batch"),
        tr("Roll back batch %1? Everything it imported is removed and what it replaced is "
           "restored.")
            .arg(id),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("rollbackConfirmBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            rollBack(id);
        }
    });
    box->open();
}

void BatchListView::rollBack(qint64 batchId) {
    try {
        rollback_batch(session_.connection(), session_.action(), batchId);
    } catch (const UserError& e) {
        showRefusal(this, tr("Roll back refused"), qs(e.what()));
        return;
    } catch (const DatabaseError& e) {
        showRefusal(this, tr("Roll back failed"), qs(e.what()));
        return;
    }
    reload();
    emit fileChanged();
}

}  // namespace uplift::app
