#include "account_table_model.h"

#include <QPointer>
#include <QUndoStack>

#include "app_session.h"
#include "change_value_command.h"
#include "errors.h"
#include "item_roles.h"
#include "text_conversions.h"

namespace uplift::app {

AccountTableModel::AccountTableModel(AppSession& session, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent), session_(session), undoStack_(undoStack) {}

void AccountTableModel::reload() {
    beginResetModel();
    rows_ = list_accounts(session_.connection());
    endResetModel();
}

QStringList AccountTableModel::codes() const {
    QStringList out;
    for (const Account& a : rows_) {
        out << qs(a.code);
    }
    return out;
}

int AccountTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::fieldValue(const Account& a, int column) {
    switch (column) {
        case Code:
            return qs(a.code);
        case Name:
            return qs(a.name);
        case Channel:
            return qs(a.channel);
        case Region:
            return qs(a.region);
        case Parent:
            return qs(a.parent_code);
        case Rep:
            return qs(a.rep);
        default:
            return {};
    }
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) {
        return {};
    }
    const Account& a = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole:
            return fieldValue(a, index.column());
        case RowKeyRole:
            return QVariant::fromValue<qint64>(a.id);
        default:
            return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Code:
            return tr("Code");
        case Name:
            return tr("Name");
        case Channel:
            return tr("Channel");
        case Region:
            return tr("Region");
        case Parent:
            return tr("Parent account");
        case Rep:
            return tr("Sales rep");
        default:
            return {};
    }
}

Qt::ItemFlags AccountTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (editable_ && isEditableColumn(index.column())) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool AccountTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !editable_ ||
        !isEditableColumn(index.column())) {
        return false;
    }
    const Account& a = rows_[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    const QString newValue = value.toString().trimmed();
    const QString oldValue = fieldValue(a, col);
    if (oldValue == newValue) {
        return false;
    }
    const qint64 id = a.id;
    const QString text =
        tr("Change %1 of %2").arg(headerData(col, Qt::Horizontal).toString(), qs(a.code));
    auto apply = [model = QPointer<AccountTableModel>(this), id, col](const QVariant& v) {
        return model != nullptr && model->applyField(id, col, v);
    };
    undoStack_->push(new ChangeValueCommand(kChangeAccountField,
                                            QStringLiteral("account/%1/%2").arg(id).arg(col),
                                            oldValue, newValue, apply, text));
    const int row = rowOfId(id);
    return row >= 0 && fieldValue(rows_[static_cast<std::size_t>(row)], col) == newValue;
}

int AccountTableModel::rowOfId(qint64 id) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool AccountTableModel::applyField(qint64 accountId, int column, const QVariant& value) {
    const int row = rowOfId(accountId);
    if (row < 0) {
        emit refused(tr("The account is no longer in the list; reload and try again."));
        return false;
    }
    Account a = rows_[static_cast<std::size_t>(row)];
    const std::string v = utf8(value.toString());
    switch (column) {
        case Name:
            a.name = v;
            break;
        case Channel:
            a.channel = v;
            break;
        case Region:
            a.region = v;
            break;
        case Parent:
            a.parent_code = v;
            break;
        case Rep:
            a.rep = v;
            break;
        default:
            return false;
    }
    try {
        update_account(session_.connection(), session_.action(), a);
        if (auto stored = find_account(session_.connection(), a.code)) {
            rows_[static_cast<std::size_t>(row)] = *stored;
        }
    } catch (const UserError& e) {
        emit refused(qs(e.what()));
        return false;
    } catch (const DatabaseError& e) {
        emit refused(qs(e.what()));
        return false;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

}  // namespace uplift::app
