#include "fund_rule_table_model.h"

#include <QDateTime>
#include <QLocale>

#include "app_session.h"
#include "item_roles.h"
#include "rule_text.h"
#include "text_conversions.h"

namespace uplift::app {

FundRuleTableModel::FundRuleTableModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {}

void FundRuleTableModel::reload() {
    beginResetModel();
    rows_ = list_rules(session_.connection());
    endResetModel();
}

int FundRuleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int FundRuleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundRuleTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) {
        return {};
    }
    const Rule& r = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
            case Name:
                return qs(r.name);
            case Sentence:
                return RuleText::sentence(r);
            case Active:
                return r.active ? tr("active") : tr("inactive");
            case CreatedBy:
                return qs(r.created_by);
            case CreatedAt: {
                // Stored as ISO 8601 UTC; shown in local time, sorted by the stored text.
                const QDateTime at = QDateTime::fromString(qs(r.created_at), Qt::ISODate);
                if (role == SortRole || !at.isValid()) {
                    return qs(r.created_at);
                }
                return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
            }
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Sentence) {
        return tr("Schedule: %1\nCondition: %2\nAction: %3")
            .arg(qs(r.schedule), qs(r.condition), qs(r.action));
    }
    if (role == RowKeyRole) {
        return QVariant::fromValue<qint64>(r.id);
    }
    return {};
}

QVariant FundRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Name:
            return tr("Rule");
        case Sentence:
            return tr("When / if / then");
        case Active:
            return tr("Status");
        case CreatedBy:
            return tr("Created by");
        case CreatedAt:
            return tr("Created at");
        default:
            return {};
    }
}

}  // namespace uplift::app
