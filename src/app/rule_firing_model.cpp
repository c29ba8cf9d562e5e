#include "rule_firing_model.h"

#include "item_roles.h"
#include "money_format.h"
#include "rule_text.h"
#include "text_conversions.h"

namespace uplift::app {

void RuleFiringModel::setFirings(std::vector<RuleFiring> firings) {
    beginResetModel();
    rows_ = std::move(firings);
    endResetModel();
}

qint64 RuleFiringModel::total() const {
    qint64 sum = 0;
    for (const RuleFiring& f : rows_) {
        sum += f.amount;
    }
    return sum;
}

int RuleFiringModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RuleFiringModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleFiringModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) {
        return {};
    }
    const RuleFiring& f = rows_[static_cast<std::size_t>(index.row())];
    if (index.column() == Amount) {
        return moneyCellData(f.amount, role);
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
            case Rule:
                return qs(f.rule);
            case Subject:
                return qs(f.subject);
            case From:
                return RuleText::sourceFund(f.from_fund);
            case To:
                return qs(f.to_fund);
            default:
                return {};
        }
    }
    return {};
}

QVariant RuleFiringModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Rule:
            return tr("Rule");
        case Subject:
            return tr("For");
        case From:
            return tr("From fund");
        case To:
            return tr("To fund");
        case Amount:
            return tr("Amount");
        default:
            return {};
    }
}

}  // namespace uplift::app
