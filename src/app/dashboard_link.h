#pragma once
// A dashboard tile's or chart bar's report link (the core's KpiLink) as the Reports section's
// request: the same report, grouping and filters.
#include <optional>

#include "report_runner.h"
#include "reports/kpis.h"

namespace uplift::app {

// Empty when the link names no report the Reports section shows.
std::optional<ReportRequest> reportRequestOf(const KpiLink& link);

}  // namespace uplift::app
