#include "report_runner.h"

#include <sstream>

#include "analytics/brand_channel.h"
#include "analytics/budget_vs_actual.h"
#include "analytics/discount_analysis.h"
#include "analytics/post_event_sheet.h"
#include "analytics/roi_report.h"
#include "analytics/unjustified_discounts.h"
#include "errors.h"
#include "funds/fund.h"
#include "funds/ledger.h"
#include "io/csv_writer.h"
#include "targets/sales_plan.h"

namespace uplift::app {

namespace {

std::optional<std::string> optionalText(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

}  // namespace

const char* reportCliName(ReportKind kind) {
    switch (kind) {
        case ReportKind::Roi:
            return "roi";
        case ReportKind::BrandChannel:
            return "brand-channel";
        case ReportKind::Discounts:
            return "discounts";
        case ReportKind::Unjustified:
            return "unjustified-discounts";
        case ReportKind::Budget:
            return "budget-vs-actual";
        case ReportKind::PostEvent:
            return "post-event";
        case ReportKind::Targets:
            return "targets";
        case ReportKind::FundActivity:
            return "fund-activity";
    }
    return "roi";
}

ReportTable runReport(db::Connection& conn, const ReportRequest& request, Date today,
                      const std::atomic<bool>* cancel) {
    switch (request.kind) {
        case ReportKind::Roi: {
            const RoiGrouping by = parse_roi_grouping(request.by).value_or(RoiGrouping::Promotion);
            RoiFilter filter;
            filter.from = request.from;
            filter.to = request.to;
            filter.brand = optionalText(request.brand);
            filter.channel = optionalText(request.channel);
            filter.account = optionalText(request.account);
            filter.status = optionalText(request.status);
            return roi_table(roi_report(conn, filter, by, today), by);
        }
        case ReportKind::BrandChannel: {
            const Bucket bucket = parse_bucket(request.by).value_or(Bucket::Month);
            BrandChannelFilter filter;
            filter.from = request.from;
            filter.to = request.to;
            filter.brand = optionalText(request.brand);
            filter.channel = optionalText(request.channel);
            filter.region = optionalText(request.region);
            filter.category = optionalText(request.category);
            return brand_channel_table(brand_channel_report(conn, filter, bucket));
        }
        case ReportKind::Discounts: {
            const DiscountDimension by =
                parse_discount_dimension(request.by).value_or(DiscountDimension::Reason);
            DiscountAnalysisFilter filter;
            filter.from = request.from;
            filter.to = request.to;
            filter.account = request.account;
            return discount_analysis_table(analyse_discounts(conn, by, filter), by);
        }
        case ReportKind::Unjustified: {
            UnjustifiedFilter filter;
            filter.from = request.from;
            filter.to = request.to;
            filter.account = request.account;
            const std::optional<UnjustifiedGrouping> by = parse_unjustified_grouping(request.by);
            return unjustified_table(find_unjustified_discounts(conn, filter, {}, cancel), by,
                                     request.by == "all");
        }
        case ReportKind::Budget: {
            BudgetFilter filter;
            filter.brand = optionalText(request.brand);
            filter.channel = optionalText(request.channel);
            filter.region = optionalText(request.region);
            filter.account = optionalText(request.account);
            const std::optional<Bucket> bucket = parse_bucket(request.by);
            BudgetBlocks blocks;
            if (bucket) {
                blocks = budget_vs_actual_by(conn, filter, *bucket, today);
            } else {
                blocks.emplace_back("", budget_vs_actual(conn, filter, today));
            }
            return budget_table(blocks, bucket.has_value(), true, true);
        }
        case ReportKind::PostEvent:
            if (request.promotion.empty()) {
                throw UserError("choose a promotion for its post-event sheet");
            }
            return post_event_table(post_event_sheet(conn, request.promotion, today),
                                    request.by == "waterfall");
        case ReportKind::Targets: {
            const TargetGrouping by =
                parse_target_grouping(request.by).value_or(TargetGrouping::Key);
            TargetReportFilter filter;
            filter.account = optionalText(request.account);
            filter.brand = optionalText(request.brand);
            filter.period = optionalText(request.period);
            filter.rep = optionalText(request.rep);
            return targets_table(target_report(conn, filter, by), by, stockout_risks(conn));
        }
        case ReportKind::FundActivity: {
            const std::optional<Fund> fund = find_fund(conn, request.fund);
            if (!fund) {
                throw UserError(request.fund.empty() ? std::string("choose a fund for its activity")
                                                     : "unknown fund '" + request.fund + "'");
            }
            return fund_activity_table(request.fund, fund_entries(conn, fund->id));
        }
    }
    throw UserError("unknown report");
}

std::string reportCsv(const ReportTable& table, ReportFileFormat format) {
    const char* dialectName = format == ReportFileFormat::CsvExcel          ? "excel"
                              : format == ReportFileFormat::CsvExcelRussian ? "excel-ru"
                                                                            : "plain";
    const CsvDialect dialect = report_csv_dialect(dialectName).value_or(CsvDialect{});
    std::ostringstream out;
    write_csv_start(out, dialect);
    write_csv_row(out, table.header, dialect);
    for (const auto& row : table.rows) {
        write_csv_row(out, row, dialect);
    }
    return out.str();
}

}  // namespace uplift::app
