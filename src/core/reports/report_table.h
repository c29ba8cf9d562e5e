#pragma once
// The present stage of the standard reports: one table per report (title, header, cells as
// printed, which columns are words, notes), built once from the report's rows, so the CLI's
// table, CSV, JSON and PDF and the app's Reports section show the same figures. Money and
// computed units print with 2 decimals, rounded once from the exact figures.
#include <optional>
#include <string>
#include <vector>

#include "analytics/brand_channel.h"
#include "analytics/budget_vs_actual.h"
#include "analytics/discount_analysis.h"
#include "analytics/post_event_sheet.h"
#include "analytics/roi_report.h"
#include "analytics/unjustified_discounts.h"
#include "funds/ledger.h"
#include "reports/source_rows_ref.h"
#include "targets/sales_plan.h"

namespace uplift {

// A chart that goes with a table (drawn above it on screen and in the PDF): lines, or bars
// side by side per label, one value per label per series; plain numbers (a display of exact
// figures, never summed again).
struct ReportChart {
    std::string title;  // "Units by week"
    bool bars = false;  // bars per label rather than lines
    // A waterfall: the first series' values are steps that move a running total, each bar
    // floating from the total before it to the total after; a label marked in `totals` is a
    // subtotal or the result, drawn from 0.
    bool waterfall = false;
    std::vector<bool> totals;
    std::vector<std::string> labels;  // one per point ("W40"), shown where they fit
    struct Series {
        std::string name;
        std::vector<double> values;  // one per label
        bool dashed = false;         // a reference line (a baseline)
    };
    std::vector<Series> series;
};

struct ReportTable {
    std::string name;   // "roi", as `uplift-cli report NAME`
    std::string title;  // "Promotion ROI"
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    // Subtotal and total rows, shown after the rows on screen and in the PDF, sums of the exact
    // figures with their ratios from those sums. Not in CSV or JSON: their rows are a contract.
    std::vector<std::vector<std::string>> totals;
    std::vector<bool> is_text;  // per column: words (left) rather than figures
    std::vector<std::string> notes;
    std::optional<ReportChart> chart;
    // Per row, then per total row, what its figures sum (reports/source_rows.h); empty when
    // the report has none. Never printed: CSV, JSON and PDF show the cells only.
    std::vector<std::optional<SourceRef>> sources;
};

// The one sign convention for variances, stated on every report that has them.
inline constexpr const char* kVarianceConvention = "Variances: favourable is positive";

ReportTable roi_table(const std::vector<RoiRow>& rows, RoiGrouping by);
ReportTable brand_channel_table(const std::vector<BrandChannelRow>& rows);
ReportTable discount_analysis_table(const std::vector<DiscountAnalysisRow>& rows,
                                    DiscountDimension by);
// The flagged rows, or their sums by one dimension, or (all) by account × reason × month.
ReportTable unjustified_table(const std::vector<UnjustifiedRow>& rows,
                              std::optional<UnjustifiedGrouping> by, bool all = false);

// Budget vs actual, one block of funds per period (the period "" without --by). The CSV contract
// has no `expected` column; the other outputs add it, and tables read by people (screen, PDF)
// mark a fund at or above its warning level with " !" after its utilisation.
using BudgetBlocks = std::vector<std::pair<std::string, std::vector<BudgetRow>>>;
ReportTable budget_table(const BudgetBlocks& blocks, bool by_period, bool with_expected,
                         bool mark_warnings);
// One promotion's post-event sheet: its weeks (`waterfall` false) or its waterfall, with the
// promotion's totals and the waterfall as notes.
ReportTable post_event_table(const PostEventSheet& sheet, bool waterfall);

// Targets vs top-down vs plan vs actual per target or grouped, with the approved promotions at
// stock-out risk as notes.
ReportTable targets_table(const std::vector<TargetFigures>& rows, TargetGrouping by,
                          const std::vector<StockOutRisk>& risks);

// A fund's ledger, oldest first.
ReportTable fund_activity_table(const std::string& fund, const std::vector<LedgerEntry>& entries);

}  // namespace uplift
