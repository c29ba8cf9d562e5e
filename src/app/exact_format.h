#pragma once
// The core's exact figures (money/exact.h, Percent) as the user reads them: rounded once by the
// core's own functions, then grouped with the locale's separators. No double on the way.
#include <QLocale>
#include <QString>

#include <cstdint>

#include "money/exact.h"

namespace uplift::app {

// Money held as exact cents: "1,234.57".
QString formatExactMoney(const Exact& cents, const QLocale& locale = QLocale());
// Units with two decimals (baselines and forecasts are not whole): "1,234.50".
QString formatExactUnits(const Exact& units, const QLocale& locale = QLocale());
// 100 × a / b with two decimals and a % sign ("15.83 %"); empty when b is zero.
QString formatRatioPct(const Exact& a, const Exact& b, const QLocale& locale = QLocale());
// A depth in Percent units (1e-4 %): "12.5 %" (trailing zeros dropped).
QString formatPercentUnits(std::int64_t units, const QLocale& locale = QLocale());
// The number alone, as typed into an editor ("12,5" in a comma locale).
QString editablePercentUnits(std::int64_t units, const QLocale& locale = QLocale());

}  // namespace uplift::app
