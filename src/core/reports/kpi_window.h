#pragma once
// The periods a dashboard compares (docs/formulas.md "Dashboard"): a tile's figure as of today
// against the same figure as of the same day a year earlier, and a sparkline of the last 12
// calendar months, the last one running to today.
#include <string>
#include <vector>

#include "calendar/calendar.h"

namespace uplift {

// The same day a year earlier (29 February → 28 February).
Date kpi_year_earlier(Date d);
// The last `n` calendar months, oldest first; the last one ends on `today`.
std::vector<Period> kpi_last_months(Date today, int n = 12);
// "2025-06".
std::string kpi_month_label(Date d);
// From the first day of the month 11 months before today's to today: the 12 sparkline months.
Period kpi_twelve_months(Date today);
// From 1 January to today.
Period kpi_year_to_date(Date today);
// The same period a year earlier, as of the same day a year earlier.
Period kpi_prior_period(const Period& p);

}  // namespace uplift
