// report NAME: the standard reports.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <ostream>
#include <sstream>

#include "analytics/brand_channel.h"
#include "analytics/budget_vs_actual.h"
#include "analytics/roi_report.h"
#include "command.h"
#include "errors.h"
#include "io/csv_writer.h"
#include "money/money.h"
#include "option_values.h"
#include "report_discounts.h"
#include "report_output.h"
#include "report_pdf.h"
#include "report_pivot.h"
#include "report_post_event.h"
#include "report_targets.h"
#include "reports/dashboard_table.h"

namespace uplift::cli {

namespace {

int budget_report(CommandContext& c, const std::string& format) {
    std::optional<Bucket> bucket;
    if (const auto b = c.args.get("--by")) {
        bucket = parse_bucket(*b);
        if (!bucket || *bucket == Bucket::Week) {
            throw UsageError(fmt::format("--by: '{}' is not month, quarter or fiscal", *b));
        }
    }
    BudgetFilter filter;
    filter.brand = c.args.get("--brand");
    filter.account = c.args.get("--account");
    filter.channel = c.args.get("--channel");
    filter.region = c.args.get("--region");
    db::Connection conn = c.open_db();
    c.actor(conn);
    // Without --by one block of rows (today); with it one block per period, as of its end.
    std::vector<std::pair<std::string, std::vector<BudgetRow>>> blocks;
    if (bucket) {
        blocks = budget_vs_actual_by(conn, filter, *bucket, c.today());
    } else {
        blocks.emplace_back("", budget_vs_actual(conn, filter, c.today()));
    }
    const ReportTable table = budget_table(blocks, bucket.has_value(), format != "csv",
                                           format == "table" || format == "pdf");
    if (format == "pdf") {
        emit_report_table(c, format, table, {});
        return 0;
    }
    const std::vector<std::string>& header = table.header;
    const std::vector<std::vector<std::string>>& cells = table.rows;
    std::ostringstream text;
    if (format == "csv") {
        write_csv_table(text, header, cells, report_dialect(c));
    } else if (format == "json") {
        // fund, (period,) parent are text; the rest are amounts.
        const nlohmann::json arr = json_rows(header, cells, bucket ? 3 : 2);
        text << nlohmann::json{{"report", "budget-vs-actual"}, {"rows", arr}}.dump(2) << "\n";
    } else {
        print_table(text, header, cells);
        text << "\n" << table.notes.front() << "\n";
    }
    emit_report(c, text.str());
    return 0;
}

int fund_activity(CommandContext& c, const std::string& format) {
    const std::string& name = c.positional(1, "FUND");
    db::Connection conn = c.open_db();
    c.actor(conn);
    const auto fund = find_fund(conn, name);
    if (!fund) {
        throw UserError(fmt::format("unknown fund '{}'", name));
    }
    emit_report_table(c, format, fund_activity_table(name, fund_entries(conn, fund->id)),
                      {{"report", "fund-activity"}, {"fund", name}});
    return 0;
}

int brand_channel(CommandContext& c, const std::string& format) {
    Bucket bucket = Bucket::Month;
    if (const auto b = c.args.get("--by")) {
        const auto parsed = parse_bucket(*b);
        if (!parsed) {
            throw UsageError(fmt::format("--by: '{}' is not week, month, quarter or fiscal", *b));
        }
        bucket = *parsed;
    }
    BrandChannelFilter filter;
    filter.from = date_option(c, "--from");
    filter.to = date_option(c, "--to");
    filter.brand = c.args.get("--brand");
    filter.channel = c.args.get("--channel");
    filter.region = c.args.get("--region");
    filter.category = c.args.get("--category");
    db::Connection conn = c.open_db();
    c.actor(conn);
    emit_report_table(c, format, brand_channel_table(brand_channel_report(conn, filter, bucket)),
                      {{"report", "brand-channel"}});
    return 0;
}

int run_report(CommandContext& c) {
    const std::string& name =
        c.positional(0,
                     "NAME (roi, post-event, budget-vs-actual, brand-channel, discounts, "
                     "unjustified-discounts, "
                     "fund-activity, targets, dashboard, pivot, pivots)");
    const std::string format = c.args.get("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json" && format != "pdf") {
        throw UsageError(fmt::format("--format: '{}' is not table, csv, json or pdf", format));
    }
    if (format == "pdf" && !c.args.get("-o")) {
        throw UsageError("--format pdf needs -o FILE");
    }
    if (name == "budget-vs-actual") {
        return budget_report(c, format);
    }
    if (name == "fund-activity") {
        return fund_activity(c, format);
    }
    if (name == "targets") {
        return targets_report(c, format);
    }
    if (name == "dashboard") {
        db::Connection conn = c.open_db();
        const ActionContext ctx = c.actor(conn);
        emit_report_table(c, format, dashboard_table(role_kpis(conn, ctx)),
                          {{"report", "dashboard"}, {"user", ctx.user_name}});
        return 0;
    }
    if (name == "brand-channel") {
        return brand_channel(c, format);
    }
    if (name == "discounts") {
        return discounts_report(c, format);
    }
    if (name == "post-event") {
        return post_event_report(c, format);
    }
    if (name == "unjustified-discounts") {
        return unjustified_report(c, format);
    }
    if (name == "pivot") {
        return pivot_report(c, format);
    }
    if (name == "pivots") {
        return pivots_report(c, format);
    }
    if (name != "roi") {
        throw UsageError(
            fmt::format("unknown report '{}' (roi, post-event, budget-vs-actual, brand-channel, "
                        "discounts, unjustified-discounts, fund-activity, targets, dashboard, "
                        "pivot, pivots)",
                        name));
    }
    RoiGrouping by = RoiGrouping::Promotion;
    if (const auto b = c.args.get("--by")) {
        const auto g = parse_roi_grouping(*b);
        if (!g) {
            throw UsageError(
                fmt::format("--by: '{}' is not campaign, brand, account or channel", *b));
        }
        by = *g;
    }
    RoiFilter filter;
    filter.status = c.args.get("--status");
    filter.account = c.args.get("--account");
    filter.brand = c.args.get("--brand");
    filter.campaign = c.args.get("--campaign");
    filter.channel = c.args.get("--channel");
    filter.from = date_option(c, "--from");
    filter.to = date_option(c, "--to");
    db::Connection conn = c.open_db();
    c.actor(conn);
    const auto rows = roi_report(conn, filter, by, c.today());
    const ReportTable table = roi_table(rows, by);
    const std::vector<std::string>& header = table.header;
    const std::vector<std::vector<std::string>>& cells = table.rows;
    if (format == "pdf") {
        emit_report_table(c, format, table, {});
        return 0;
    }
    std::ostringstream text;
    if (format == "csv") {
        write_csv_table(text, header, cells, report_dialect(c));
    } else if (format == "json") {
        nlohmann::json j{{"report", "roi"}, {"roi_definition", kRoiDefinition}};
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& r : cells) {
            nlohmann::json o;
            o[header[0]] = r[0];
            o["baseline_units"] = std::stod(r[1]);
            o["actual_units"] = std::stoll(r[2]);
            o["incremental_units"] = std::stod(r[3]);
            o["spend"] = std::stod(r[4]);
            o["incremental_profit"] = std::stod(r[5]);
            o["roi_pct"] = r[6].empty() ? nlohmann::json() : nlohmann::json(std::stod(r[6]));
            arr.push_back(o);
        }
        j["rows"] = arr;
        text << j.dump(2) << "\n";
    } else {
        print_table(text, header, cells);
        text << "\n" << kRoiDefinition << ".\n";
    }
    emit_report(c, text.str());
    return 0;
}

}  // namespace

void add_report_commands(std::vector<Command>& out) {
    out.push_back(
        {"report",
         "report roi|post-event|budget-vs-actual|brand-channel|discounts|unjustified-discounts|"
         "fund-activity|"
         "targets|dashboard|pivot|pivots ... [--format F] [-o FILE]",
         "standard reports: promotion ROI, budget vs actual, a fund's ledger",
         "report roi: one row per promotion (by promo_id), or rolled up with --by campaign,\n"
         "brand, account or channel. report budget-vs-actual: one row per fund, its own ledger;\n"
         "CSV fund,parent,allocated,accrued,transfers_in,transfers_out,distributed,committed,\n"
         "actual,available,utilisation_pct. report fund-activity FUND: the fund's ledger.\n"
         "ROI CSV columns: promo_id,baseline_units,actual_units,incremental_units,\n"
         "spend,incremental_profit,roi_pct (money with 2 decimals; roi_pct empty when spend is "
         "0).\n"
         "report targets: per target (or --by period, account, brand, rep) the current and\n"
         "top-down targets, the sales plan (baseline + approved promotions), actual sell-in,\n"
         "attainment_pct, wape_pct, bias_pct and the approved promotions at stock-out risk.\n"
         "report post-event PROMO_ID [--part weeks|waterfall]: one promotion's units by week\n"
         "against its baseline (CSV week,in_store,baseline_units,actual_units,\n"
         "incremental_units), or the waterfall from the lift's gross sales to the incremental\n"
         "profit (CSV step,amount).\n"
         "report brand-channel: sell-in per brand, channel and period (--by week, month\n"
         "(default), quarter or fiscal) against the same period a year earlier, with the\n"
         "trade spend and ROI of the promotions that ran (counted in the period they start);\n"
         "CSV brand,channel,period,gross_sales,units,prior_gross_sales,growth_pct,\n"
         "trade_spend,spend_rate_pct,roi_pct.\n"
         "report discounts: discount requests (count, value, average approved depth) --by\n"
         "reason (default), account, month, depth or approver, with returns and write-offs\n"
         "by reason, account and month.\n"
         "report unjustified-discounts: each actuals row whose invoiced discount exceeds its\n"
         "entitled discount by more than 0.005 (docs/formulas.md); CSV week,account,sku,\n"
         "invoiced_discount,entitled_discount,excess,reason (no_entitlement or\n"
         "exceeds_entitlement), ordered by week, account, sku; or sums --by account, reason,\n"
         "month or all (account x reason x month). Filters --from/--to (weeks), --account, "
         "--reason.\n"
         "report dashboard: the --user's dashboard tiles as of --today (CSV key,title,value,\n"
         "unit,prior_year,change,detail,report), the figures the app's Dashboard shows.\n"
         "report pivot --source VIEW --rows DIM[,DIM] [--columns DIM[,DIM]]\n"
         "--values AGG:MEASURE[,...] [--where DIM=VALUE ...] [--no-totals] [--save NAME]:\n"
         "a pivot over a reporting view (v_sales_weekly, v_actuals, v_fund_ledger, v_claims,\n"
         "v_targets, v_discount_requests, v_returns): one row per row key, one column per\n"
         "column key and value, a Total column per value and a Total row (PDF only). AGG is\n"
         "sum, count, avg, min or max (count:rows counts detail rows); --where repeated for\n"
         "one dimension keeps any of its values. Money is summed exactly in cents. --save\n"
         "NAME keeps the layout (yours; the same name replaces it); --layout NAME runs a\n"
         "saved one (options given replace its parts). report pivot --fields [--source VIEW]:\n"
         "the dimensions and measures (docs/reporting-views.md). report pivots: your saved\n"
         "layouts (Admin: all); --delete NAME [--owner USER] deletes one.",
         {{"--by", true,
           "G  roi: campaign, brand, account, channel; budget-vs-actual: month, quarter, "
           "fiscal; brand-channel: week, month, quarter, fiscal; targets: period, account, "
           "brand, rep; discounts: reason, account, month, depth, approver; "
           "unjustified-discounts: account, reason, month, all (account × reason × month)"},
          {"--reason", true, "R  unjustified-discounts: no_entitlement or exceeds_entitlement"},
          {"--period", true, "P  targets: one period (YYYY-MM or YYYY-Qn)"},
          {"--rep", true, "REP  targets: only this rep's accounts"},
          {"--format", true, "F  table (default), csv, json or pdf (needs -o FILE)"},
          {"--status", true, "S  draft ... approved, active, ended ... cancelled"},
          {"--account", true, "CODE  the account and the accounts below it"},
          {"--brand", true, "NAME  only lines of this brand"},
          {"--campaign", true, "NAME"},
          {"--channel", true, "NAME"},
          {"--region", true, "NAME"},
          {"--category", true, "NAME  brand-channel: only the brands of this category"},
          {"--from", true,
           "DATE  roi: in-store period ends on or after; brand-channel: weeks from"},
          {"--to", true,
           "DATE  roi: in-store period starts on or before; brand-channel: weeks up to"},
          {"--part", true, "P  post-event: weeks (default) or waterfall"},
          {"--source", true, "VIEW  pivot: the reporting view"},
          {"--rows", true, "DIM[,DIM]  pivot: row dimensions"},
          {"--columns", true, "DIM[,DIM]  pivot: column dimensions (0 to 2)"},
          {"--values", true, "AGG:MEASURE[,...]  pivot: e.g. sum:gross_amount,count:rows"},
          {"--where", true, "DIM=VALUE  pivot: keep rows with this value (repeatable)"},
          {"--no-totals", false, "pivot: no Total column or row"},
          {"--save", true, "NAME  pivot: save the layout under this name"},
          {"--layout", true, "NAME  pivot: run a saved layout"},
          {"--owner", true, "USER  pivot --layout, pivots --delete: another user's (Admin)"},
          {"--delete", true, "NAME  pivots: delete a saved layout"},
          {"--fields", false, "pivot: list the sources' dimensions and measures"},
          {"--csv-dialect", true,
           "D  plain (default), excel (with a BOM) or excel-ru (BOM, ';', decimal comma)"},
          {"-o", true, "FILE  write there instead of standard output (whole or not at all)"}},
         run_report});
}

}  // namespace uplift::cli
