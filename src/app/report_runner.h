#pragma once
// The Reports section's questions and answers at the Qt/core boundary: which standard report,
// with which options (as the CLI's `report NAME --by ... --from ...` takes them), answered by
// the core's ReportTable builders that the CLI prints, so the app shows and exports the same
// cells. Exports write the CLI's CSV dialects and the shared PDF document, whole or not at all.
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <string>

#include "calendar/calendar.h"
#include "reports/report_table.h"

namespace uplift::db {
class Connection;
}

namespace uplift::app {

enum class ReportKind {
    Roi,
    BrandChannel,
    Discounts,
    Unjustified,
    Budget,
    PostEvent,
    Targets,
    FundActivity
};

// What one run asks; `by` is the CLI's word ("campaign", "month", "rows" ...).
struct ReportRequest {
    ReportKind kind = ReportKind::Roi;
    std::optional<Date> from;
    std::optional<Date> to;
    std::string by;
    std::string brand;      // ROI, brand × channel, budget, targets; empty: all
    std::string channel;    // ROI, brand × channel, budget; empty: all
    std::string account;    // the account and those below it: ROI, budget, discounts,
                            // unjustified, targets; empty: all
    std::string promotion;  // post-event: the promotion's id
    std::string fund;       // fund activity: the fund's name
    std::string region;     // brand × channel, budget; empty: all
    std::string category;   // brand × channel: the brands of this category; empty: all
    std::string status;     // ROI: the promotions' displayed status; empty: all
    std::string period;     // targets: one target period ("2025-06", "2025-Q2"); empty: all
    std::string rep;        // targets: one rep's accounts; empty: all
};

// The `report NAME` of the CLI ("roi", "brand-channel", "discounts", "unjustified-discounts",
// "budget-vs-actual", "post-event", "targets", "fund-activity").
const char* reportCliName(ReportKind kind);

// Runs the report through the core on `conn` (throws the core's exceptions; Cancelled when
// `cancel` is set during the unjustified scan). Budget vs actual is as of `today` (by period:
// as of each period's end) and ignores the dates; it shows the table people read (expected
// spend, warning marks), as `report budget-vs-actual` and its PDF do.
ReportTable runReport(db::Connection& conn, const ReportRequest& request, Date today,
                      const std::atomic<bool>* cancel = nullptr);

enum class ReportFileFormat { Csv, CsvExcel, CsvExcelRussian, Pdf };

// The CSV bytes `uplift-cli report NAME --format csv --csv-dialect D` writes for the table.
std::string reportCsv(const ReportTable& table, ReportFileFormat format);

}  // namespace uplift::app
