#pragma once
// Money as the user reads and types it. Formats the exact integer minor units with the
// locale's separators; no double is ever involved, so totals print to the cent.
#include <QLocale>
#include <QString>

namespace uplift::app {

// "1 234 567,89" (ru), "1,234,567.89" (en): grouped, two decimals, locale digits and signs.
QString formatMinorUnits(qint64 minor, const QLocale& locale = QLocale());
// As typed into an editor: the locale's decimal mark, no grouping ("1234,56").
QString editableMinorUnits(qint64 minor, const QLocale& locale = QLocale());

}  // namespace uplift::app
