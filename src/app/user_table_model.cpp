#include "user_table_model.h"

#include "app_session.h"
#include "item_roles.h"
#include "role_names.h"
#include "text_conversions.h"

namespace uplift::app {

UserTableModel::UserTableModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {}

void UserTableModel::reload() {
    beginResetModel();
    rows_ = list_users(session_.connection());
    endResetModel();
}

int UserTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) {
        return {};
    }
    const User& u = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
            case Name:
                return qs(u.name);
            case FullName:
                return qs(u.full_name);
            case Roles:
                return RoleNames::titles(u.roles);
            case Active:
                return u.active ? tr("active") : tr("inactive");
            default:
                return {};
        }
    }
    if (role == RowKeyRole) {
        return QVariant::fromValue<qint64>(u.id);
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Name:
            return tr("User name");
        case FullName:
            return tr("Full name");
        case Roles:
            return tr("Roles");
        case Active:
            return tr("Status");
        default:
            return {};
    }
}

}  // namespace uplift::app
