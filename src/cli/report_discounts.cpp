#include "report_discounts.h"

#include <fmt/format.h>

#include "analytics/discount_analysis.h"
#include "analytics/unjustified_discounts.h"
#include "command.h"
#include "money/money.h"
#include "money/percent.h"
#include "option_values.h"
#include "report_output.h"

namespace uplift::cli {

int discounts_report(CommandContext& c, const std::string& format) {
    DiscountDimension by = DiscountDimension::Reason;
    if (const auto b = c.args.get("--by")) {
        const auto d = parse_discount_dimension(*b);
        if (!d) {
            throw UsageError(
                fmt::format("--by: '{}' is not reason, account, month, depth or approver", *b));
        }
        by = *d;
    }
    DiscountAnalysisFilter f;
    f.from = date_option(c, "--from");
    f.to = date_option(c, "--to");
    f.account = c.args.get("--account").value_or("");
    db::Connection conn = c.open_db();
    c.actor(conn);
    const auto rows = analyse_discounts(conn, by, f);
    const bool with_returns = by == DiscountDimension::Reason || by == DiscountDimension::Account ||
                              by == DiscountDimension::Month;
    std::vector<std::string> header{discount_dimension_name(by),
                                    "requests",
                                    "pending",
                                    "approved",
                                    "rejected",
                                    "withdrawn",
                                    "requested_value",
                                    "approved_value",
                                    "avg_approved_pct"};
    if (with_returns) {
        header.insert(header.end(), {"returns", "write_offs"});
    }
    std::vector<std::vector<std::string>> cells;
    for (const auto& r : rows) {
        // The average depth of the approved requests, 2 decimals, exact until printed.
        std::string avg;
        if (r.approved > 0) {
            const std::int64_t hundredths =
                round_half_away(static_cast<Wide>(r.approved_pct_sum) * 100,
                                static_cast<Wide>(r.approved) * Percent::kScale);
            avg = format_minor(hundredths);
        }
        std::vector<std::string> row{r.key,
                                     std::to_string(r.requests),
                                     std::to_string(r.pending),
                                     std::to_string(r.approved),
                                     std::to_string(r.rejected),
                                     std::to_string(r.withdrawn),
                                     format_minor(r.requested_value),
                                     format_minor(r.approved_value),
                                     avg};
        if (with_returns) {
            row.push_back(format_minor(r.returns_cents));
            row.push_back(format_minor(r.write_offs_cents));
        }
        cells.push_back(std::move(row));
    }
    emit_table_report(c, format, {{"report", "discounts"}, {"by", discount_dimension_name(by)}},
                      header, cells, 1);
    return 0;
}

int unjustified_report(CommandContext& c, const std::string& format) {
    UnjustifiedFilter f;
    f.from = date_option(c, "--from");
    f.to = date_option(c, "--to");
    f.account = c.args.get("--account").value_or("");
    f.reason = c.args.get("--reason").value_or("");
    std::optional<UnjustifiedGrouping> by;
    const bool by_all = c.args.get("--by") == std::optional<std::string>("all");
    if (const auto b = c.args.get("--by"); b && !by_all) {
        if (*b == "account") {
            by = UnjustifiedGrouping::Account;
        } else if (*b == "reason") {
            by = UnjustifiedGrouping::Reason;
        } else if (*b == "month") {
            by = UnjustifiedGrouping::Month;
        } else {
            throw UsageError(fmt::format("--by: '{}' is not account, reason, month or all", *b));
        }
    }
    db::Connection conn = c.open_db();
    c.actor(conn);
    const auto rows = find_unjustified_discounts(conn, f);
    std::vector<std::vector<std::string>> cells;
    if (by_all) {
        const std::vector<std::string> header{
            "account",           "reason", "month", "rows", "invoiced_discount",
            "entitled_discount", "excess"};
        for (const auto& g : group_unjustified(rows)) {
            cells.push_back({g.account, g.reason, g.month, std::to_string(g.rows),
                             format_minor(g.invoiced_cents), format_hundredths(g.entitled, true),
                             format_hundredths(g.excess, true)});
        }
        emit_table_report(c, format, {{"report", "unjustified-discounts"}, {"by", "all"}}, header,
                          cells, 3);
        return 0;
    }
    if (!by) {
        cells.reserve(rows.size());
        for (const auto& r : rows) {
            cells.push_back(unjustified_csv_cells(r));
        }
        emit_table_report(c, format, {{"report", "unjustified-discounts"}},
                          unjustified_csv_header(), cells, 3);
        return 0;
    }
    const char* dim = *by == UnjustifiedGrouping::Account  ? "account"
                      : *by == UnjustifiedGrouping::Reason ? "reason"
                                                           : "month";
    const std::vector<std::string> header{dim, "rows", "invoiced_discount", "entitled_discount",
                                          "excess"};
    for (const auto& g : group_unjustified(rows, by)) {
        const std::string& key = *by == UnjustifiedGrouping::Account  ? g.account
                                 : *by == UnjustifiedGrouping::Reason ? g.reason
                                                                      : g.month;
        cells.push_back({key, std::to_string(g.rows), format_minor(g.invoiced_cents),
                         format_hundredths(g.entitled, true), format_hundredths(g.excess, true)});
    }
    emit_table_report(c, format, {{"report", "unjustified-discounts"}, {"by", dim}}, header, cells,
                      1);
    return 0;
}

}  // namespace uplift::cli
