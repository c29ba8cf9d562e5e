#include "product_table_model.h"

#include <QColor>
#include <QPointer>
#include <QUndoStack>

#include "app_session.h"
#include "change_value_command.h"
#include "errors.h"
#include "item_roles.h"
#include "money/money.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

ProductTableModel::ProductTableModel(AppSession& session, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent), session_(session), undoStack_(undoStack) {}

void ProductTableModel::reload() {
    beginResetModel();
    rows_ = list_products(session_.connection());
    endResetModel();
}

int ProductTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProductTableModel::isEditableColumn(int column) {
    return column == Name || column == Brand || column == Uom || column == Status ||
           column == ListPrice || column == UnitCost;
}

QVariant ProductTableModel::fieldValue(const Product& p, int column) {
    switch (column) {
        case Sku:
            return qs(p.sku);
        case Name:
            return qs(p.name);
        case Brand:
            return qs(p.brand);
        case Category:
            return qs(p.category);
        case Uom:
            return qs(p.uom);
        case Status:
            return qs(p.status);
        case ListPrice:
            return QVariant::fromValue<qint64>(p.list_price.minor());
        case UnitCost:
            return QVariant::fromValue<qint64>(p.unit_cost.minor());
        default:
            return {};
    }
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) {
        return {};
    }
    const Product& p = rows_[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    const bool money = col == ListPrice || col == UnitCost;
    switch (role) {
        case Qt::DisplayRole:
            if (money) {
                return formatMinorUnits(fieldValue(p, col).toLongLong());
            }
            if (col == Status) {
                return p.status == "active" ? tr("active") : tr("inactive");
            }
            return fieldValue(p, col);
        case Qt::EditRole:
            if (money) {
                return editableMinorUnits(fieldValue(p, col).toLongLong());
            }
            return fieldValue(p, col);
        case SortRole:
            return fieldValue(p, col);
        case MinorUnitsRole:
            return money ? fieldValue(p, col) : QVariant();
        case RowKeyRole:
            return QVariant::fromValue<qint64>(p.id);
        case Qt::TextAlignmentRole:
            return money ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::ForegroundRole:
            if (p.status != "active") {
                return QColor(Qt::gray);
            }
            return {};
        default:
            return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && (section == ListPrice || section == UnitCost)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Sku:
            return tr("SKU");
        case Name:
            return tr("Name");
        case Brand:
            return tr("Brand");
        case Category:
            return tr("Category");
        case Uom:
            return tr("Unit");
        case Status:
            return tr("Status");
        case ListPrice:
            return tr("List price");
        case UnitCost:
            return tr("Unit cost");
        default:
            return {};
    }
}

Qt::ItemFlags ProductTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (editable_ && isEditableColumn(index.column())) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ProductTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !editable_ ||
        !isEditableColumn(index.column())) {
        return false;
    }
    const Product& p = rows_[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    QVariant newValue;
    if (col == ListPrice || col == UnitCost) {
        if (value.typeId() == QMetaType::LongLong) {
            newValue = value;
        } else {
            try {
                newValue = QVariant::fromValue<qint64>(
                    Money::parse(utf8(value.toString()), DecimalMark::Auto).minor());
            } catch (const UserError& e) {
                emit refused(
                    tr("%1: %2").arg(headerData(col, Qt::Horizontal).toString(), qs(e.what())));
                return false;
            }
        }
    } else {
        newValue = value.toString().trimmed();
    }
    const QVariant oldValue = fieldValue(p, col);
    if (oldValue == newValue) {
        return false;
    }
    const qint64 id = p.id;
    const QString text =
        tr("Change %1 of %2").arg(headerData(col, Qt::Horizontal).toString(), qs(p.sku));
    auto apply = [model = QPointer<ProductTableModel>(this), id, col](const QVariant& v) {
        return model != nullptr && model->applyField(id, col, v);
    };
    undoStack_->push(new ChangeValueCommand(kChangeProductField,
                                            QStringLiteral("product/%1/%2").arg(id).arg(col),
                                            oldValue, newValue, apply, text));
    const int row = rowOfId(id);
    return row >= 0 && fieldValue(rows_[static_cast<std::size_t>(row)], col) == newValue;
}

int ProductTableModel::rowOfId(qint64 id) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool ProductTableModel::applyField(qint64 productId, int column, const QVariant& value) {
    const int row = rowOfId(productId);
    if (row < 0) {
        emit refused(tr("The product is no longer in the list; reload and try again."));
        return false;
    }
    Product p = rows_[static_cast<std::size_t>(row)];
    switch (column) {
        case Name:
            p.name = utf8(value.toString());
            break;
        case Brand:
            p.brand = utf8(value.toString());
            break;
        case Uom:
            p.uom = utf8(value.toString());
            break;
        case Status:
            p.status = utf8(value.toString());
            break;
        case ListPrice:
            p.list_price = Money::from_minor(value.toLongLong(), p.list_price.currency());
            break;
        case UnitCost:
            p.unit_cost = Money::from_minor(value.toLongLong(), p.unit_cost.currency());
            break;
        default:
            return false;
    }
    try {
        update_product(session_.connection(), session_.action(), p);
        // Show what the core stored (it may normalise), not what we sent.
        if (auto stored = find_product(session_.connection(), p.sku)) {
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
