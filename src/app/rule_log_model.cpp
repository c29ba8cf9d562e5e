#include "rule_log_model.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app_session.h"
#include "errors.h"
#include "item_roles.h"
#include "money/money.h"
#include "money_format.h"
#include "rule_text.h"
#include "text_conversions.h"

namespace uplift::app {

RuleLogModel::RuleLogModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {}

void RuleLogModel::reload() {
    beginResetModel();
    rows_.clear();
    for (LoggedFiring& l : list_rule_firings(session_.connection())) {
        Row row;
        const QJsonObject effect =
            QJsonDocument::fromJson(QByteArray::fromStdString(l.effect)).object();
        row.from = RuleText::sourceFund(utf8(effect.value(QLatin1String("from")).toString()));
        row.to = effect.value(QLatin1String("to")).toString();
        try {
            // The core writes the amount as "300.00"; its own parser reads it back exactly.
            row.amount = Money::parse(utf8(effect.value(QLatin1String("amount")).toString()),
                                      DecimalMark::Point)
                             .minor();
        } catch (const UserError&) {
            row.amount = 0;
        }
        row.logged = std::move(l);
        rows_.push_back(std::move(row));
    }
    endResetModel();
}

int RuleLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RuleLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) {
        return {};
    }
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    if (index.column() == Amount) {
        return moneyCellData(r.amount, role);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
        case Rule:
            return qs(r.logged.rule);
        case Subject:
            return qs(r.logged.subject);
        case FiredOn: {
            const QDate on = QDate::fromString(qs(r.logged.fired_on), Qt::ISODate);
            if (role == SortRole) {
                return on;
            }
            return QLocale().toString(on, QLocale::ShortFormat);
        }
        case From:
            return r.from;
        case To:
            return r.to;
        case FiredAt: {
            const QDateTime at = QDateTime::fromString(qs(r.logged.fired_at), Qt::ISODate);
            if (role == SortRole || !at.isValid()) {
                return qs(r.logged.fired_at);
            }
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        }
        default:
            return {};
    }
}

QVariant RuleLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Rule:
            return tr("Rule");
        case Subject:
            return tr("For");
        case FiredOn:
            return tr("Business date");
        case From:
            return tr("From fund");
        case To:
            return tr("To fund");
        case Amount:
            return tr("Amount");
        case FiredAt:
            return tr("Booked at");
        default:
            return {};
    }
}

}  // namespace uplift::app
