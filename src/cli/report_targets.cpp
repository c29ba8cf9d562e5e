// report targets: target vs bottom-up vs plan vs actual, attainment, forecast accuracy (WAPE,
// bias) and stock-out flags, per target or grouped.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "reports/report_table.h"
#include "command.h"
#include "io/csv_writer.h"
#include "money/money.h"
#include "report_output.h"
#include "report_pdf.h"
#include "report_targets.h"
#include "targets/sales_plan.h"

namespace uplift::cli {

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
    const ReportTable table = targets_table(rows, by, stockout_risks(conn));
    const std::vector<std::string>& header = table.header;
    const std::vector<std::vector<std::string>>& cells = table.rows;
    const std::size_t keys = by == TargetGrouping::Key ? 4 : 1;
    if (format == "pdf") {
        emit_report_table(c, format, table, {});
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
