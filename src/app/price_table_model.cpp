#include "price_table_model.h"

#include <QDate>

#include "app_session.h"
#include "item_roles.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

PriceTableModel::PriceTableModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {}

void PriceTableModel::reload() {
    beginResetModel();
    rows_ = list_prices(session_.connection());
    endResetModel();
}

int PriceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PriceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) {
        return {};
    }
    const PriceRow& r = rows_[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    const bool money = col == ListPrice || col == UnitCost;
    const qint64 minor = col == ListPrice ? r.list_price.minor() : r.unit_cost.minor();
    switch (role) {
        case Qt::DisplayRole:
            switch (col) {
                case Sku:
                    return qs(r.sku);
                case Account:
                    return r.account.empty() ? tr("Central list") : qs(r.account);
                case ValidFrom:
                    return r.valid_from ? QVariant(toQDate(*r.valid_from)) : QVariant();
                case ValidTo:
                    return r.valid_to ? QVariant(toQDate(*r.valid_to)) : QVariant();
                case ListPrice:
                case UnitCost:
                    return formatMinorUnits(minor);
                default:
                    return {};
            }
        case SortRole:
            switch (col) {
                case ValidFrom:
                    // Open starts sort first, open ends last.
                    return r.valid_from ? toQDate(*r.valid_from) : QDate(1, 1, 1);
                case ValidTo:
                    return r.valid_to ? toQDate(*r.valid_to) : QDate(9999, 12, 31);
                case ListPrice:
                case UnitCost:
                    return QVariant::fromValue<qint64>(minor);
                default:
                    return data(index, Qt::DisplayRole);
            }
        case MinorUnitsRole:
            return money ? QVariant::fromValue<qint64>(minor) : QVariant();
        case Qt::TextAlignmentRole:
            return money ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default:
            return {};
    }
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && section >= ValidFrom) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Sku:
            return tr("SKU");
        case Account:
            return tr("Price list");
        case ValidFrom:
            return tr("Valid from");
        case ValidTo:
            return tr("Valid to");
        case ListPrice:
            return tr("List price");
        case UnitCost:
            return tr("Unit cost");
        default:
            return {};
    }
}

}  // namespace uplift::app
