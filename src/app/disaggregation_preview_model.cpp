#include "disaggregation_preview_model.h"

#include "item_roles.h"
#include "target_cell_text.h"
#include "text_conversions.h"

namespace uplift::app {

DisaggregationPreviewModel::DisaggregationPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DisaggregationPreviewModel::setPlan(const Disaggregation& plan) {
    beginResetModel();
    shares_ = plan.shares;
    level_ = plan.level;
    endResetModel();
}

void DisaggregationPreviewModel::clear() {
    beginResetModel();
    shares_.clear();
    endResetModel();
}

int DisaggregationPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(shares_.size());
}

int DisaggregationPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisaggregationPreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const TargetShare& s = shares_[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (col) {
                case Division:
                    return qs(s.division);
                case Rep:
                    return s.rep.empty() && level_ == TargetLevel::Rep ? tr("(no rep)") : qs(s.rep);
                case Account:
                    return qs(s.account);
                case Brand:
                    return qs(s.brand);
                case Units:
                    return formatTargetCell(s.units, TargetMeasure::Units);
                case Value:
                    return formatTargetCell(s.value, TargetMeasure::Value);
                case Locked:
                    return s.locked ? tr("locked") : QString();
                default:
                    return {};
            }
        case Qt::TextAlignmentRole:
            return col == Units || col == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
        case MinorUnitsRole:
            return col == Value ? QVariant::fromValue<qint64>(s.value) : QVariant();
        case SortRole:
            if (col == Units) {
                return QVariant::fromValue<qint64>(s.units);
            }
            if (col == Value) {
                return QVariant::fromValue<qint64>(s.value);
            }
            return data(index, Qt::DisplayRole);
        default:
            return {};
    }
}

QVariant DisaggregationPreviewModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Division:
            return tr("Division");
        case Rep:
            return tr("Rep");
        case Account:
            return tr("Account");
        case Brand:
            return tr("Brand");
        case Units:
            return tr("Units");
        case Value:
            return tr("Value");
        case Locked:
            return tr("Lock");
        default:
            return {};
    }
}

}  // namespace uplift::app
