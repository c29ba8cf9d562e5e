#pragma once
// The dashboard's tiles as a report table (`uplift-cli report dashboard`): one row per tile of
// the acting user's roles, the figures exactly as the app's tiles print them, so a script or a
// mailed PDF carries the same headline numbers.
#include <vector>

#include "reports/kpis.h"
#include "reports/report_table.h"

namespace uplift {

// Columns key,title,value,unit,prior_year,change,detail,report: value and prior_year are
// plain numbers (empty when undefined), unit is "%" or empty (money, counts).
ReportTable dashboard_table(const std::vector<Kpi>& tiles);

}  // namespace uplift
