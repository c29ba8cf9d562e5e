#include "conditions_panel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "app_session.h"
#include "condition_dialog.h"
#include "discount_choices.h"
#include "discount_models.h"
#include "error_display.h"
#include "filtered_table_view.h"
#include "ledger_command.h"
#include "reason_dialog.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

constexpr const char* kConditionsRight = "discounts.conditions";

}  // namespace

ConditionsPanel::ConditionsPanel(AppSession& session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent),
      session_(session),
      undoStack_(undoStack),
      mayEdit_(session.can(kConditionsRight)),
      model_(new ConditionTableModel(this)),
      view_(new FilteredTableView(this)),
      add_(new QPushButton(tr("&Add…"), this)),
      edit_(new QPushButton(tr("&Edit…"), this)),
      delete_(new QPushButton(tr("&Delete…"), this)) {
    setObjectName(QStringLiteral("conditionsPanel"));
    add_->setObjectName(QStringLiteral("addConditionButton"));
    edit_->setObjectName(QStringLiteral("editConditionButton"));
    delete_->setObjectName(QStringLiteral("deleteConditionButton"));
    view_->setSourceModel(model_);
    view_->filterEdit()->setPlaceholderText(tr("Filter (Ctrl+F)"));
    view_->setStretchColumn(ConditionTableModel::Scope);
    QHBoxLayout* bar = view_->toolbarLayout();
    bar->insertSpacing(1, 12);
    bar->insertWidget(2, add_);
    bar->insertWidget(3, edit_);
    bar->insertWidget(4, delete_);
    QTableView* table = view_->table();
    table->setObjectName(QStringLiteral("conditionTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (mayEdit_) {
        add_->setToolTip(tr("A new central condition"));
        edit_->setToolTip(tr("Change the selected condition (Enter)"));
        delete_->setToolTip(tr("Delete the selected condition"));
    } else {
        const QString tip = tr("Needs the right “%1”.").arg(QLatin1String(kConditionsRight));
        for (QPushButton* b : {add_, edit_, delete_}) {
            b->setEnabled(false);
            b->setToolTip(tip);
        }
        view_->setNotice(tr("Read-only: conditions are kept by sales managers and finance "
                            "(right “%1”).")
                             .arg(QLatin1String(kConditionsRight)));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(view_, 1);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConditionsPanel::updateActions);
    connect(table, &QTableView::activated, this, [this] {
        if (edit_->isEnabled()) {
            openEditDialog();
        }
    });
    connect(add_, &QPushButton::clicked, this, &ConditionsPanel::openAddDialog);
    connect(edit_, &QPushButton::clicked, this, &ConditionsPanel::openEditDialog);
    connect(delete_, &QPushButton::clicked, this, &ConditionsPanel::deleteCurrent);
    updateActions();
}

void ConditionsPanel::reload() {
    const std::optional<DiscountCondition> selected = currentCondition();
    std::vector<DiscountCondition> conditions;
    try {
        conditions = list_conditions(session_.connection());
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the conditions"), qs(e.what()));
    }
    model_->setConditions(std::move(conditions));
    view_->updateCount();
    view_->fitColumns();
    const int row = selected ? model_->rowOf(qs(selected->name)) : -1;
    const QModelIndex current = row >= 0 ? view_->proxy()->mapFromSource(model_->index(row, 0))
                                         : view_->proxy()->index(0, 0);
    if (current.isValid()) {
        view_->table()->setCurrentIndex(current);
    }
    updateActions();
}

std::optional<DiscountCondition> ConditionsPanel::currentCondition() const {
    const QModelIndex current = view_->proxy()->mapToSource(view_->table()->currentIndex());
    if (!current.isValid() || current.row() >= model_->rowCount()) {
        return std::nullopt;
    }
    return model_->condition(current.row());
}

bool ConditionsPanel::selectCondition(const QString& name) {
    const int row = model_->rowOf(name);
    if (row < 0) {
        return false;
    }
    view_->showSourceRow(row);
    return true;
}

void ConditionsPanel::updateActions() {
    const bool any = currentCondition().has_value();
    edit_->setEnabled(mayEdit_ && any);
    delete_->setEnabled(mayEdit_ && any);
}

bool ConditionsPanel::push(QUndoCommand* command) {
    // push() runs redo(); a refused step leaves the command obsolete and the stack deletes it at
    // once, so the refusal is noted here rather than asked of it.
    refusedLast_ = false;
    undoStack_->push(command);
    return !refusedLast_;
}

ConditionDialog* ConditionsPanel::openAddDialog() {
    return mayEdit_ ? openDialog(std::nullopt) : nullptr;
}

ConditionDialog* ConditionsPanel::openEditDialog() {
    const std::optional<DiscountCondition> c = currentCondition();
    return mayEdit_ && c ? openDialog(c) : nullptr;
}

ConditionDialog* ConditionsPanel::openDialog(const std::optional<DiscountCondition>& editing) {
    DiscountChoices choices;
    try {
        choices = loadDiscountChoices(session_.connection(), session_.today());
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the file"), qs(e.what()));
        return nullptr;
    }
    const std::optional<std::int64_t> ignore =
        editing ? std::optional<std::int64_t>(editing->id) : std::nullopt;
    auto check = [this, ignore](const ConditionInput& in) {
        ConditionCheck out;
        try {
            db::Connection& conn = session_.connection();
            if (in.exclusive) {
                if (const auto clash = find_exclusive_clash(conn, in, ignore)) {
                    out.clash = qs(clash->message());
                }
            }
            for (const std::string& w : condition_warnings(conn, in, ignore)) {
                out.warnings << qs(w);
            }
        } catch (const std::exception& e) {
            out.error = qs(e.what());
        }
        return out;
    };
    const auto refused = [this](const QString& title, const QString& message) {
        refusedLast_ = true;
        showRefusal(dialog_ != nullptr ? dialog_.data() : this, title, message);
    };
    const auto changed = [this] {
        reload();
        emit conditionsChanged();
    };
    ConditionDialog::Submit submit;
    if (!editing) {
        submit = [this, refused, changed](const ConditionInput& in) {
            LedgerCommand::Steps s;
            s.book = [this, in] {
                return add_condition(session_.connection(), session_.action(), in);
            };
            s.reverse = [this, name = in.name](std::int64_t) {
                delete_condition(session_.connection(), session_.action(), name,
                                 "undo: condition added by mistake");
            };
            s.bookRefused = tr("Condition not added");
            s.reverseRefused = tr("Condition addition not undone");
            const bool ok = push(new LedgerCommand(tr("add condition %1").arg(qs(in.name)),
                                                   std::move(s), refused, changed));
            if (ok) {
                selectCondition(qs(in.name));
            }
            return ok;
        };
    } else {
        submit = [this, refused, changed, before = *editing](const ConditionInput& in) {
            LedgerCommand::Steps s;
            s.book = [this, name = before.name, in] {
                update_condition(session_.connection(), session_.action(), name, in);
                return std::int64_t{0};
            };
            s.reverse = [this, name = in.name, old = before.to_input()](std::int64_t) {
                update_condition(session_.connection(), session_.action(), name, old);
            };
            s.bookRefused = tr("Condition not changed");
            s.reverseRefused = tr("Condition change not undone");
            const bool ok = push(new LedgerCommand(tr("edit condition %1").arg(qs(before.name)),
                                                   std::move(s), refused, changed));
            if (ok) {
                selectCondition(qs(in.name));
            }
            return ok;
        };
    }
    auto* dialog = new ConditionDialog(choices, editing, check, submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    dialog->open();
    return dialog;
}

bool ConditionsPanel::deleteCurrent() {
    const std::optional<DiscountCondition> c = currentCondition();
    if (!mayEdit_ || !c) {
        return false;
    }
    ReasonDialog ask(tr("Delete condition %1").arg(qs(c->name)),
                     tr("Why? The reason and the condition's content are kept in the audit log."),
                     true, this);
    if (ask.exec() != QDialog::Accepted) {
        return false;
    }
    dialog_ = nullptr;
    LedgerCommand::Steps s;
    s.book = [this, name = c->name, reason = utf8(ask.reason())] {
        delete_condition(session_.connection(), session_.action(), name, reason);
        return std::int64_t{0};
    };
    s.reverse = [this, in = c->to_input()](std::int64_t) {
        add_condition(session_.connection(), session_.action(), in);
    };
    s.bookRefused = tr("Condition not deleted");
    s.reverseRefused = tr("Condition deletion not undone");
    return push(new LedgerCommand(
        tr("delete condition %1").arg(qs(c->name)), std::move(s),
        [this](const QString& title, const QString& message) {
            refusedLast_ = true;
            showRefusal(this, title, message);
        },
        [this] {
            reload();
            emit conditionsChanged();
        }));
}

}  // namespace uplift::app
