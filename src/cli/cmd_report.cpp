// report NAME: the standard reports. Today: roi.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <ostream>
#include <sstream>

#include "analytics/roi_report.h"
#include "command.h"
#include "csv_writer.h"
#include "errors.h"

namespace uplift::cli {

namespace {

std::optional<Date> date_option(const CommandContext& c, const char* name) {
    const auto v = c.args.get(name);
    if (!v) {
        return std::nullopt;
    }
    if (auto d = try_parse_date(*v)) {
        return d;
    }
    throw UsageError(fmt::format("{}: '{}' is not a date (YYYY-MM-DD)", name, *v));
}

std::vector<std::string> roi_cells(const RoiRow& r) {
    const RoiFigures& f = r.figures;
    return {r.key,
            format_hundredths(f.baseline_units, false),
            std::to_string(f.actual_units),
            format_hundredths(f.incremental_units, false),
            format_hundredths(f.spend, true),
            format_hundredths(f.incremental_profit, true),
            format_ratio_pct(f.incremental_profit, f.spend)};
}

void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) {
        width[i] = header[i].size();
        for (const auto& r : rows) {
            width[i] = std::max(width[i], r[i].size());
        }
    }
    const auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            // The key column reads left to right; numbers line up on the right.
            out << (i == 0 ? fmt::format("{:<{}}", cells[i], width[i])
                           : fmt::format("  {:>{}}", cells[i], width[i]));
        }
        out << "\n";
    };
    line(header);
    for (const auto& r : rows) {
        line(r);
    }
}

int run_report(CommandContext& c) {
    const std::string& name = c.positional(0, "NAME (roi)");
    if (name != "roi") {
        throw UsageError(fmt::format("unknown report '{}' (roi)", name));
    }
    const std::string format = c.args.get("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json") {
        throw UsageError(fmt::format("--format: '{}' is not table, csv or json", format));
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
    const std::vector<std::string> header{
        roi_grouping_column(by), "baseline_units", "actual_units", "incremental_units", "spend",
        "incremental_profit",    "roi_pct"};
    std::vector<std::vector<std::string>> cells;
    cells.reserve(rows.size());
    for (const auto& r : rows) {
        cells.push_back(roi_cells(r));
    }
    std::ostringstream text;
    if (format == "csv") {
        write_csv_row(text, header);
        for (const auto& r : cells) {
            write_csv_row(text, r);
        }
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
    if (const auto file = c.args.get("-o")) {
        std::ofstream f(*file, std::ios::binary);
        f << text.str();
        if (!f) {
            throw UserError(fmt::format("{}: cannot write", *file));
        }
    } else {
        c.out << text.str();
    }
    return 0;
}

}  // namespace

void add_report_commands(std::vector<Command>& out) {
    out.push_back(
        {"report",
         "report roi [filters] [--by G] [--format F] [-o FILE]",
         "promotion ROI (post-event analysis, SPEC 7)",
         "One row per promotion (by promo_id), or rolled up with --by campaign, brand, account\n"
         "or channel. CSV columns: promo_id,baseline_units,actual_units,incremental_units,\n"
         "spend,incremental_profit,roi_pct (money with 2 decimals; roi_pct empty when spend is 0).",
         {{"--by", true, "G  campaign, brand, account or channel"},
          {"--format", true, "F  table (default), csv or json"},
          {"--status", true, "S  draft ... approved, active, ended ... cancelled"},
          {"--account", true, "CODE  the account and the accounts below it"},
          {"--brand", true, "NAME  only lines of this brand"},
          {"--campaign", true, "NAME"},
          {"--channel", true, "NAME"},
          {"--from", true, "DATE  in-store period ends on or after"},
          {"--to", true, "DATE  in-store period starts on or before"},
          {"-o", true, "FILE  write there instead of standard output"}},
         run_report});
}

}  // namespace uplift::cli
