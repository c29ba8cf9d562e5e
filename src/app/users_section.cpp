#include "users_section.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "add_user_dialog.h"
#include "app_session.h"
#include "error_display.h"
#include "errors.h"
#include "filtered_table_view.h"
#include "security/roles.h"
#include "security/users.h"
#include "text_conversions.h"
#include "user_table_model.h"

namespace uplift::app {

UsersSection::UsersSection(AppSession& session, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      model_(new UserTableModel(session, this)),
      view_(new FilteredTableView(this)),
      addButton_(
          new QPushButton(QIcon(QStringLiteral(":/icons/add-user.svg")), tr("&Add user…"), this)) {
    view_->setSourceModel(model_);
    view_->table()->setObjectName(QStringLiteral("usersTable"));
    view_->setStretchColumn(UserTableModel::Roles);
    addButton_->setObjectName(QStringLiteral("addUserButton"));
    view_->toolbarLayout()->addWidget(addButton_);
    if (!session.can(rights::kManageUsers)) {
        addButton_->setEnabled(false);
        addButton_->setToolTip(
            tr("Adding users needs the right “%1”.").arg(qs(rights::kManageUsers)));
    }
    connect(addButton_, &QPushButton::clicked, this, &UsersSection::addUser);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

void UsersSection::reload() {
    model_->reload();
    view_->fitColumns();
}

void UsersSection::addUser() {
    AddUserDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        add_user(session_.connection(), session_.action(), utf8(dialog.userName()), dialog.roles(),
                 utf8(dialog.fullName()));
    } catch (const UserError& e) {
        showRefusal(this, tr("User not added"), qs(e.what()));
        return;
    } catch (const DatabaseError& e) {
        showRefusal(this, tr("User not added"), qs(e.what()));
        return;
    }
    reload();
}

}  // namespace uplift::app
