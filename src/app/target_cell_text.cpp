#include "target_cell_text.h"

#include "money/decimal_parse.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

TargetCellParse parseTargetCell(const QString& text, TargetMeasure measure, const QLocale& locale) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const DecimalMark mark =
        locale.decimalPoint() == QLatin1String(",") ? DecimalMark::Comma : DecimalMark::Point;
    const DecimalParse p =
        parse_decimal(utf8(trimmed), measure == TargetMeasure::Units ? 0 : 2, mark);
    if (!p.ok()) {
        return {std::nullopt, QStringLiteral("“%1”: %2").arg(trimmed, qs(p.error))};
    }
    return {p.scaled, {}};
}

QString formatTargetCell(qint64 amount, TargetMeasure measure, const QLocale& locale) {
    return measure == TargetMeasure::Units ? locale.toString(amount)
                                           : formatMinorUnits(amount, locale);
}

QString editableTargetCell(qint64 amount, TargetMeasure measure, const QLocale& locale) {
    if (measure == TargetMeasure::Value) {
        return editableMinorUnits(amount, locale);
    }
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(amount);
}

}  // namespace uplift::app
