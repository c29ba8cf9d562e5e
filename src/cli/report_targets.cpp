// report targets: target vs bottom-up vs plan vs actual, attainment, forecast accuracy (WAPE,
// bias) and stock-out flags, per target or grouped.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "command.h"
#include "io/csv_writer.h"
#include "money/money.h"
#include "report_output.h"
#include "report_pdf.h"
#include "report_targets.h"
#include "targets/sales_plan.h"

namespace uplift::cli {

namespace {

std::vector<std::string> key_columns(TargetGrouping g) {
    switch (g) {
        case TargetGrouping::Key:
            return {"period", "account", "brand", "rep"};
        case TargetGrouping::Period:
            return {"period"};
        case TargetGrouping::Account:
            return {"account"};
        case TargetGrouping::Brand:
            return {"brand"};
        case TargetGrouping::Rep:
            return {"rep"};
    }
    return {};
}

std::vector<std::string> key_cells(TargetGrouping g, const TargetFigures& f) {
    switch (g) {
        case TargetGrouping::Key:
            return {f.period, f.account, f.brand, f.rep};
        case TargetGrouping::Period:
            return {f.period};
        case TargetGrouping::Account:
            return {f.account};
        case TargetGrouping::Brand:
            return {f.brand};
        case TargetGrouping::Rep:
            return {f.rep};
    }
    return {};
}

}  // namespace

int targets_report(CommandContext& c, const std::string& format) {
    TargetGrouping by = TargetGrouping::Key;
    if (const auto b = c.args.get("--by")) {
        const auto g = parse_target_grouping(*b);
        if (!g) {
            throw UsageError(
                fmt::format("--by: '{}' is not target, period, account, brand or rep", *b));
        }
        by = *g;
    }
    TargetReportFilter filter;
    filter.period = c.args.get("--period");
    filter.account = c.args.get("--account");
    filter.brand = c.args.get("--brand");
    filter.rep = c.args.get("--rep");
    db::Connection conn = c.open_db();
    c.actor(conn);
    const std::vector<TargetFigures> rows = target_report(conn, filter, by);
    std::vector<std::string> header = key_columns(by);
    const std::size_t keys = header.size();
    for (const char* col : {"target_units", "target_value", "topdown_units", "topdown_value",
                            "plan_units", "plan_value", "actual_units", "actual_value",
                            "attainment_pct", "wape_pct", "bias_pct", "stockout_promotions"}) {
        header.emplace_back(col);
    }
    std::vector<std::vector<std::string>> cells;
    cells.reserve(rows.size());
    for (const TargetFigures& f : rows) {
        std::vector<std::string> r = key_cells(by, f);
        const Exact actual_units = Exact::whole(f.actual_units);
        r.insert(r.end(),
                 {std::to_string(f.target_units), format_minor(f.target_value),
                  std::to_string(f.topdown_units), format_minor(f.topdown_value),
                  format_hundredths(f.plan_units, false), format_hundredths(f.plan_value, true),
                  std::to_string(f.actual_units), format_minor(f.actual_value),
                  format_ratio_pct(Exact::whole(f.actual_value), Exact::whole(f.target_value)),
                  format_ratio_pct(f.abs_error, actual_units),
                  format_ratio_pct(f.error, actual_units), std::to_string(f.stockout_promotions)});
        cells.push_back(std::move(r));
    }
    if (format == "pdf") {
        std::vector<bool> is_text(header.size(), false);
        std::fill_n(is_text.begin(), keys, true);
        std::vector<std::string> notes;
        const auto risks = stockout_risks(conn);
        if (!risks.empty()) {
            notes.emplace_back("Stock-out risk (planned units above inventory):");
        }
        for (const StockOutRisk& s : risks) {
            notes.push_back(fmt::format(
                "{} {} {}: planned {} in {}..{}, inventory {} on {}", s.promotion, s.account, s.sku,
                format_hundredths(s.planned_units, false), to_iso(s.ship.first),
                to_iso(s.ship.last), s.inventory, s.inventory_date));
        }
        emit_pdf_report(c, pdf_report_title({{"report", "targets"}}), header, cells, is_text,
                        notes);
        return 0;
    }
    std::ostringstream text;
    if (format == "csv") {
        write_csv_table(text, header, cells, report_dialect(c));
    } else if (format == "json") {
        const nlohmann::json arr = json_rows(header, cells, keys);
        nlohmann::json risks = nlohmann::json::array();
        for (const StockOutRisk& s : stockout_risks(conn)) {
            risks.push_back(
                {{"promotion", s.promotion},
                 {"account", s.account},
                 {"sku", s.sku},
                 {"ship_from", to_iso(s.ship.first)},
                 {"ship_to", to_iso(s.ship.last)},
                 {"planned_units", std::stod(format_hundredths(s.planned_units, false))},
                 {"inventory", s.inventory},
                 {"inventory_date", s.inventory_date}});
        }
        text << nlohmann::json{{"report", "targets"}, {"rows", arr}, {"stockout_risks", risks}}
                    .dump(2)
             << "\n";
    } else {
        print_table(text, header, cells);
        const auto risks = stockout_risks(conn);
        if (!risks.empty()) {
            text << "\nStock-out risk (planned units above inventory):\n";
            for (const StockOutRisk& s : risks) {
                text << fmt::format("  {} {} {}: planned {} in {}..{}, inventory {} on {}\n",
                                    s.promotion, s.account, s.sku,
                                    format_hundredths(s.planned_units, false), to_iso(s.ship.first),
                                    to_iso(s.ship.last), s.inventory, s.inventory_date);
            }
        }
    }
    emit_report(c, text.str());
    return 0;
}

}  // namespace uplift::cli
