#pragma once
// Money as the user reads and types it. Formats the exact integer minor units with the
// locale's separators; no double is ever involved, so totals print to the cent.
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace uplift::app {

// "1 234 567,89" (ru), "1,234,567.89" (en): grouped, two decimals, locale digits and signs.
QString formatMinorUnits(qint64 minor, const QLocale& locale = QLocale());
// As typed into an editor: the locale's decimal mark, no grouping ("1234,56").
QString editableMinorUnits(qint64 minor, const QLocale& locale = QLocale());
// What the user typed ("1 234,56", "1234.56"), parsed by the core into minor units; nullopt
// when it is not an amount, with the core's reason in `error`.
std::optional<qint64> parseMinorUnits(const QString& text, QString* error = nullptr);
// What a model's money cell answers for `role`: the formatted amount, the exact minor units
// (MinorUnitsRole, SortRole), right alignment; an invalid QVariant for other roles.
QVariant moneyCellData(qint64 minor, int role);

}  // namespace uplift::app
