#include "exact_format.h"

#include "money/percent.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

// The core prints "1234.56" / "-0.05"; as hundredths that is the same digits without the dot.
qint64 hundredthsOf(const std::string& text) {
    QString digits = qs(text);
    digits.remove(QLatin1Char('.'));
    return digits.toLongLong();
}

}  // namespace

QString formatExactMoney(const Exact& cents, const QLocale& locale) {
    return formatMinorUnits(round_whole(cents), locale);
}

QString formatExactUnits(const Exact& units, const QLocale& locale) {
    return formatMinorUnits(hundredthsOf(format_hundredths(units, false)), locale);
}

QString formatRatioPct(const Exact& a, const Exact& b, const QLocale& locale) {
    const std::string text = format_ratio_pct(a, b);
    if (text.empty()) {
        return {};
    }
    return QStringLiteral("%1\u00a0%").arg(formatMinorUnits(hundredthsOf(text), locale));
}

QString editablePercentUnits(std::int64_t units, const QLocale& locale) {
    QString text = qs(Percent::from_units(units).to_string());
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    return text;
}

QString formatPercentUnits(std::int64_t units, const QLocale& locale) {
    return editablePercentUnits(units, locale) + QStringLiteral("\u00a0%");
}

}  // namespace uplift::app
