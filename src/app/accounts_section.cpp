#include "accounts_section.h"

#include <QTableView>
#include <QVBoxLayout>

#include "account_table_model.h"
#include "app_session.h"
#include "choice_delegate.h"
#include "error_display.h"
#include "filtered_table_view.h"
#include "masterdata/accounts.h"
#include "security/roles.h"
#include "security/users.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

QList<Choice> choicesOf(const std::vector<std::string>& names, bool withNone) {
    QList<Choice> out;
    if (withNone) {
        out.append({AccountsSection::tr("(none)"), QString()});
    }
    for (const auto& n : names) {
        out.append({qs(n), qs(n)});
    }
    return out;
}

}  // namespace

AccountsSection::AccountsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      model_(new AccountTableModel(session, undoStack, this)),
      view_(new FilteredTableView(this)) {
    const bool editable = session.can(rights::kEditMasterData);
    model_->setEditable(editable);
    view_->setSourceModel(model_);
    view_->table()->setObjectName(QStringLiteral("accountsTable"));
    view_->setStretchColumn(AccountTableModel::Name);
    if (!editable) {
        view_->setNotice(tr("Read-only: changing accounts needs the right “%1”.")
                             .arg(qs(rights::kEditMasterData)));
    }

    QTableView* t = view_->table();
    // New channels, regions and reps are allowed: the core creates them.
    t->setItemDelegateForColumn(
        AccountTableModel::Channel,
        new ChoiceDelegate(
            [this] { return choicesOf(list_channels(session_.connection()), false); }, true, this));
    t->setItemDelegateForColumn(
        AccountTableModel::Region,
        new ChoiceDelegate([this] { return choicesOf(list_regions(session_.connection()), false); },
                           true, this));
    t->setItemDelegateForColumn(AccountTableModel::Parent,
                                new ChoiceDelegate(
                                    [this] {
                                        std::vector<std::string> codes;
                                        for (const QString& c : model_->codes()) {
                                            codes.push_back(utf8(c));
                                        }
                                        return choicesOf(codes, true);
                                    },
                                    false, this));
    t->setItemDelegateForColumn(AccountTableModel::Rep,
                                new ChoiceDelegate(
                                    [this] {
                                        std::vector<std::string> reps;
                                        for (const User& u : list_users(session_.connection())) {
                                            if (u.roles.contains(Role::SalesRep)) {
                                                reps.push_back(u.name);
                                            }
                                        }
                                        return choicesOf(reps, true);
                                    },
                                    true, this));

    connect(model_, &AccountTableModel::refused, this,
            [this](const QString& message) { showRefusal(this, tr("Change refused"), message); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

void AccountsSection::reload() {
    model_->reload();
    view_->fitColumns();
}

}  // namespace uplift::app
