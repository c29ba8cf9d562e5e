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
    emit_report_table(c, format, discount_analysis_table(analyse_discounts(conn, by, f), by),
                      {{"report", "discounts"}, {"by", discount_dimension_name(by)}});
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
        by = parse_unjustified_grouping(*b);
        if (!by) {
            throw UsageError(fmt::format("--by: '{}' is not account, reason, month or all", *b));
        }
    }
    db::Connection conn = c.open_db();
    c.actor(conn);
    nlohmann::json head{{"report", "unjustified-discounts"}};
    if (by_all) {
        head["by"] = "all";
    } else if (by) {
        head["by"] = unjustified_grouping_name(*by);
    }
    emit_report_table(c, format, unjustified_table(find_unjustified_discounts(conn, f), by, by_all),
                      std::move(head));
    return 0;
}

}  // namespace uplift::cli
