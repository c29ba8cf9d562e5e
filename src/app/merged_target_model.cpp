#include "merged_target_model.h"

#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

MergedTargetModel::MergedTargetModel(QObject* parent) : QAbstractTableModel(parent) {}

void MergedTargetModel::setApplied(std::vector<MergedTarget> applied) {
    beginResetModel();
    applied_ = std::move(applied);
    endResetModel();
}

int MergedTargetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(applied_.size());
}

int MergedTargetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergedTargetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const MergedTarget& t = applied_[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    if (role == Qt::TextAlignmentRole) {
        return col >= Units ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole && col >= Units && !t.before) {
        return tr("The merge added this target.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const auto units = [](qint64 v) { return QLocale().toString(static_cast<qlonglong>(v)); };
    switch (col) {
        case Period:
            return qs(t.period);
        case Account:
            return qs(t.account);
        case Brand:
            return qs(t.brand);
        case Units:
            return tr("%1 → %2").arg(t.before ? units(t.before->units) : QStringLiteral("—"),
                                     units(t.after.units));
        case Value:
            return tr("%1 → %2").arg(
                t.before ? formatMinorUnits(t.before->value) : QStringLiteral("—"),
                formatMinorUnits(t.after.value));
        default:
            return {};
    }
}

QVariant MergedTargetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case Period:
            return tr("Period");
        case Account:
            return tr("Account");
        case Brand:
            return tr("Brand");
        case Units:
            return tr("Units before → after");
        case Value:
            return tr("Value before → after");
        default:
            return {};
    }
}

}  // namespace uplift::app
