// The Funds section's actions: New fund, Allocate and Transfer, each through its dialog and the
// core, offered as the user's rights allow. Allocate and Transfer are undo steps.
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

#include "analytics/budget_vs_actual.h"
#include "app_session.h"
#include "error_display.h"
#include "fund_allocate_dialog.h"
#include "fund_allocation_command.h"
#include "fund_transfer_command.h"
#include "fund_transfer_dialog.h"
#include "fund_tree_model.h"
#include "funds/fund.h"
#include "funds_section.h"
#include "masterdata/accounts.h"
#include "masterdata/products.h"
#include "new_fund_dialog.h"
#include "security/users.h"
#include "text_conversions.h"

namespace uplift::app {

void FundsSection::setRight(QPushButton* button, const char* right, const QString& tip) {
    if (session_.can(right)) {
        button->setToolTip(tip);
        return;
    }
    button->setEnabled(false);
    button->setToolTip(tr("Needs the right “%1”.").arg(QLatin1String(right)));
}

FundTransferDialog* FundsSection::openTransferDialog() {
    if (!transfer_->isEnabled() || model_->rows().size() < 2) {
        if (transfer_->isEnabled()) {
            showRefusal(this, tr("Transfer"), tr("A transfer needs two funds."));
        }
        return nullptr;
    }
    auto* dialog = new FundTransferDialog(
        model_->rows(), currentFund(), session_.can("funds.override"),
        [this](const FundTransferCommand::Transfer& t) {
            auto* command = new FundTransferCommand(
                session_, t,
                [this](const QString& title, const QString& message) { refused(title, message); },
                [this] { afterChange(); });
            // push() runs redo(); a refused transfer leaves the command obsolete and the stack
            // deletes it at once, so the refusal is noted here rather than asked of it.
            refusedLast_ = false;
            undoStack_->push(command);
            return !refusedLast_;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    dialog->open();
    return dialog;
}

FundAllocateDialog* FundsSection::openAllocateDialog() {
    const BudgetRow* row = model_->row(currentFund());
    if (!allocate_->isEnabled() || row == nullptr) {
        if (allocate_->isEnabled()) {
            showRefusal(this, tr("Allocate"), tr("Select the fund to allocate to first."));
        }
        return nullptr;
    }
    const BudgetRow* parentRow = row->fund.parent_id ? model_->row(*row->fund.parent_id) : nullptr;
    const QString name = qs(row->fund.name);
    auto* dialog = new FundAllocateDialog(
        *row, parentRow,
        [this, name](qint64 cents, const QString& reason) {
            auto* command = new FundAllocationCommand(
                session_, name, cents, reason,
                [this](const QString& title, const QString& message) { refused(title, message); },
                [this] { afterChange(); });
            refusedLast_ = false;
            undoStack_->push(command);  // runs redo(); see openTransferDialog
            return !refusedLast_;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    dialog->open();
    return dialog;
}

NewFundDialog* FundsSection::openNewFundDialog() {
    if (!newFund_->isEnabled()) {
        return nullptr;
    }
    NewFundChoices c;
    try {
        db::Connection& conn = session_.connection();
        for (const Brand& b : list_brands(conn)) {
            c.brands << qs(b.name);
        }
        for (const Account& a : list_accounts(conn)) {
            c.accounts.append({qs(a.code), qs(a.name)});
        }
        for (const std::string& ch : list_channels(conn)) {
            c.channels << qs(ch);
        }
        for (const std::string& r : list_regions(conn)) {
            c.regions << qs(r);
        }
        for (const User& u : list_users(conn)) {
            if (u.active) {
                c.users << qs(u.name);
            }
        }
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the file"), qs(e.what()));
        return nullptr;
    }
    for (const BudgetRow& r : model_->rows()) {
        c.funds << qs(r.fund.name);
    }
    if (const BudgetRow* row = model_->row(currentFund())) {
        c.parent = qs(row->fund.name);
    }
    c.owner = session_.userName();
    c.today = session_.today();
    auto* dialog = new NewFundDialog(
        c,
        [this](const FundSpec& spec) {
            try {
                create_fund(session_.connection(), session_.action(), spec);
            } catch (const std::exception& e) {
                refused(tr("Fund not created"), qs(e.what()));
                return false;
            }
            afterChange();
            selectFund(qs(spec.name));
            return true;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    dialog->open();
    return dialog;
}

}  // namespace uplift::app
