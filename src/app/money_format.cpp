#include "money_format.h"

#include "item_roles.h"
#include "money/money.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

QString formatMoneyParts(qint64 minor, const QLocale& locale, bool grouped) {
    const bool negative = minor < 0;
    // Unsigned arithmetic so that the most negative value has a magnitude too.
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const quint64 whole = magnitude / 100;
    const quint64 cents = magnitude % 100;
    QLocale copy = locale;
    copy.setNumberOptions(grouped ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    QString centsText = copy.toString(cents);
    if (cents < 10) {
        centsText.prepend(copy.zeroDigit());
    }
    return (negative ? copy.negativeSign() : QString()) + copy.toString(whole) +
           copy.decimalPoint() + centsText;
}

}  // namespace

QString formatMinorUnits(qint64 minor, const QLocale& locale) {
    return formatMoneyParts(minor, locale, true);
}

QString editableMinorUnits(qint64 minor, const QLocale& locale) {
    return formatMoneyParts(minor, locale, false);
}

QVariant moneyCellData(qint64 minor, int role) {
    switch (role) {
        case Qt::DisplayRole:
            return formatMinorUnits(minor);
        case SortRole:
        case MinorUnitsRole:
            return QVariant::fromValue<qint64>(minor);
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

std::optional<qint64> parseMinorUnits(const QString& text, QString* error) {
    try {
        return Money::parse(utf8(text.trimmed()), DecimalMark::Auto).minor();
    } catch (const std::exception& e) {
        if (error != nullptr) {
            *error = qs(e.what());
        }
        return std::nullopt;
    }
}

}  // namespace uplift::app
