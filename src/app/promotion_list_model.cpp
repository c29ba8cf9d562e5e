#include "promotion_list_model.h"

#include <QLocale>

#include "exact_format.h"
#include "item_roles.h"
#include "promotion_catalog.h"
#include "promotion_status_style.h"

namespace uplift::app {

PromotionListModel::PromotionListModel(const PromotionCatalog& catalog, QObject* parent)
    : QAbstractTableModel(parent), catalog_(catalog) {}

void PromotionListModel::catalogReset() {
    beginResetModel();
    rows_ = catalog_.size();
    endResetModel();
}

void PromotionListModel::rowChanged(int row) {
    if (row >= rows_) {
        beginInsertRows({}, rows_, catalog_.size() - 1);
        rows_ = catalog_.size();
        endInsertRows();
        return;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PromotionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}

int PromotionListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromotionListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_) {
        return {};
    }
    const CatalogEntry& e = catalog_.at(index.row());
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
            case Code:
                return e.code;
            case Campaign:
                return e.campaign;
            case Account:
                return e.accountName.isEmpty()
                           ? e.account
                           : QStringLiteral("%1 — %2").arg(e.account, e.accountName);
            case Brand:
                return e.brands.join(QStringLiteral(", "));
            case Start:
                return QLocale().toString(e.start, QLocale::ShortFormat);
            case End:
                return QLocale().toString(e.end, QLocale::ShortFormat);
            case Status:
                return PromotionStatusStyle::name(e.shown);
            case Lines:
                return QLocale().toString(static_cast<qlonglong>(e.promotion.lines.size()));
            case Depth:
                return e.depth > 0 ? formatPercentUnits(e.depth) : QString();
            default:
                return {};
        }
    }
    if (role == SortRole) {
        switch (col) {
            case Start:
                return e.start;
            case End:
                return e.end;
            case Status:
                return static_cast<int>(e.shown);
            case Lines:
                return static_cast<int>(e.promotion.lines.size());
            case Depth:
                return e.depth;
            case Account:
                return e.account;
            default:
                return data(index, Qt::DisplayRole);
        }
    }
    if (role == StatusRole) {
        return static_cast<int>(e.shown);
    }
    if (role == RowKeyRole) {
        return e.code;
    }
    if (role == Qt::TextAlignmentRole && (col == Lines || col == Depth)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && col == Code && e.name != e.code) {
        return e.name;
    }
    return {};
}

QVariant PromotionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && (section == Lines || section == Depth)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Code:
            return tr("Promotion");
        case Campaign:
            return tr("Campaign");
        case Account:
            return tr("Account");
        case Brand:
            return tr("Brand");
        case Start:
            return tr("In store from");
        case End:
            return tr("to");
        case Status:
            return tr("Status");
        case Lines:
            return tr("Lines");
        case Depth:
            return tr("Depth");
        default:
            return {};
    }
}

}  // namespace uplift::app
