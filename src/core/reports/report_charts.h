#pragma once
// The charts above the standard reports' tables (SCREENS "Reports"), drawn from the same exact
// figures as the cells and converted to plain numbers only for drawing. Each returns nothing
// when a chart would say nothing (no rows, one point of a line).
#include <optional>
#include <vector>

#include "reports/report_table.h"

namespace uplift {

// ROI % of the rows with the largest spend (at most 12), best first.
std::optional<ReportChart> roi_chart(const std::vector<RoiRow>& rows, RoiGrouping by);
// Gross sales by period per brand (all channels), the six largest brands.
std::optional<ReportChart> brand_channel_chart(const std::vector<BrandChannelRow>& rows);
// Requested and approved value per row (at most 15, in the table's order).
std::optional<ReportChart> discount_chart(const std::vector<DiscountAnalysisRow>& rows,
                                          DiscountDimension by);
// Budget, committed and actual of the top-level funds (the last period's block).
std::optional<ReportChart> budget_chart(const BudgetBlocks& blocks);
// A promotion's waterfall from the lift's gross sales to its incremental profit.
std::optional<ReportChart> waterfall_chart(const std::vector<WaterfallStep>& steps);
// Target and actual value per group (not per target: a row per target says it better).
std::optional<ReportChart> targets_chart(const std::vector<TargetFigures>& rows, TargetGrouping by);

}  // namespace uplift
