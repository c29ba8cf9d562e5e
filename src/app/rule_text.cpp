#include "rule_text.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "errors.h"
#include "exact_format.h"
#include "money/money.h"
#include "money/percent.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

QJsonObject object(const std::string& json) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

// Stored scalars are strings or numbers ("30", 30); both read as the text the core parses.
QString field(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
}

QString percentText(const QString& text) {
    try {
        return formatPercentUnits(Percent::parse(utf8(text), DecimalMark::Point).units());
    } catch (const UserError&) {
        return text;  // the core refused it on add already; show what is stored
    }
}

QString amountText(const QString& text) {
    try {
        return formatMinorUnits(Money::parse(utf8(text), DecimalMark::Point).minor());
    } catch (const UserError&) {
        return text;
    }
}

QString quoted(const QString& name) {
    return RuleText::tr("“%1”").arg(name);
}

}  // namespace

QString RuleText::sourceFund(const std::string& fund) {
    return fund.empty() ? tr("(new money)") : qs(fund);
}

QString RuleText::date(const QDate& day) {
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString RuleText::sentence(const Rule& rule) {
    const QString schedule = qs(rule.schedule);
    const QJsonObject cond = object(rule.condition);
    const QJsonObject act = object(rule.action);
    if (schedule == QLatin1String("on_close")) {
        const QString scope = field(cond, "fund");
        if (scope.isEmpty()) {
            return tr("When a promotion closes, return its unspent commitment to the parent fund.");
        }
        return tr("When a promotion closes, if its fund is %1 or below it, return its unspent "
                  "commitment to the parent fund.")
            .arg(quoted(scope));
    }
    if (schedule.startsWith(QLatin1String("on_date:"))) {
        const QDate date = QDate::fromString(schedule.mid(8), Qt::ISODate);
        return tr("On %1, if %2 is used below %3, move %4 of its available to %5.")
            .arg(RuleText::date(date), quoted(field(cond, "fund")),
                 percentText(field(cond, "utilisation_below_pct")), percentText(field(act, "pct")),
                 quoted(field(act, "to")));
    }
    if (schedule == QLatin1String("on_target")) {
        return tr("When account %1 reaches %2 of its %3 target, add %4 to %5.")
            .arg(field(cond, "account"), percentText(field(cond, "reached_pct")),
                 field(cond, "period"), amountText(field(act, "amount")),
                 quoted(field(act, "fund")));
    }
    return schedule;  // a schedule this version does not know: show it as stored
}

}  // namespace uplift::app
