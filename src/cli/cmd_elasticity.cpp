// elasticity: the log-log OLS price elasticities per category, brand or account × sku.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>
#include <utility>

#include "analytics/elasticity.h"
#include "command.h"
#include "db/uplift_file.h"
#include "io/csv_writer.h"

namespace uplift::cli {

namespace {

enum class ElasticityFormat { Table, Csv, Json };

// 4 decimals, and never "-0.0000".
double elasticity_round4(double v) {
    const double r = std::round(v * 1e4) / 1e4;
    return r == 0 ? 0.0 : r;
}

std::string elasticity_fixed4(double v) {
    return fmt::format("{:.4f}", elasticity_round4(v));
}

int run_elasticity(CommandContext& c) {
    if (!c.args.positionals.empty()) {
        throw UsageError(
            fmt::format("elasticity takes no arguments (got '{}')", c.args.positionals.front()));
    }
    const std::string by = c.args.get("--by").value_or("category");
    const auto scope = parse_elasticity_scope(by);
    if (!scope) {
        throw UsageError(fmt::format("--by: '{}' is not category, brand or account-sku", by));
    }
    const std::string format_text = c.args.get("--format").value_or("table");
    ElasticityFormat format = ElasticityFormat::Table;
    if (format_text == "csv") {
        format = ElasticityFormat::Csv;
    } else if (format_text == "json") {
        format = ElasticityFormat::Json;
    } else if (format_text != "table") {
        throw UsageError(fmt::format("--format: '{}' is not table, csv or json", format_text));
    }
    const bool with_used = c.args.has("--used");

    std::vector<ElasticityEstimate> rows;
    if (c.args.has("--refresh")) {
        db::Connection conn = c.open_db();
        ElasticityResults all = refresh_elasticities(conn, c.actor(conn));
        const std::int64_t stored = count_usable(all);
        rows = std::move(*scope == ElasticityScope::Category ? all.category
                         : *scope == ElasticityScope::Brand  ? all.brand
                                                             : all.account_sku);
        c.err << fmt::format("stored {} usable estimate{} for planning\n", stored,
                             stored == 1 ? "" : "s");
    } else {
        db::Connection conn = db::open_file_read_only(c.db_path());
        c.actor(conn);  // an unknown --user is refused like everywhere else
        rows = estimate_elasticities(conn, *scope);
    }

    std::vector<std::string> header = {"scope", "key", "elasticity", "r2", "n"};
    if (with_used) {
        header.emplace_back("used");
    }
    auto cells = [&](const ElasticityEstimate& e) {
        std::vector<std::string> r = {std::string(elasticity_scope_name(e.scope)), e.key,
                                      elasticity_fixed4(e.elasticity), elasticity_fixed4(e.r2),
                                      std::to_string(e.n)};
        if (with_used) {
            r.push_back(elasticity_fixed4(e.used));
        }
        return r;
    };

    switch (format) {
        case ElasticityFormat::Csv:
            write_csv_row(c.out, header);
            for (const auto& e : rows) {
                write_csv_row(c.out, cells(e));
            }
            break;
        case ElasticityFormat::Json: {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& e : rows) {
                nlohmann::json o = {{"scope", elasticity_scope_name(e.scope)},
                                    {"key", e.key},
                                    {"elasticity", elasticity_round4(e.elasticity)},
                                    {"r2", elasticity_round4(e.r2)},
                                    {"n", e.n}};
                if (with_used) {
                    o["used"] = elasticity_round4(e.used);
                }
                out.push_back(std::move(o));
            }
            c.out << out.dump(2) << "\n";
            break;
        }
        case ElasticityFormat::Table: {
            std::vector<std::vector<std::string>> table;
            table.push_back(header);
            for (const auto& e : rows) {
                table.push_back(cells(e));
            }
            std::vector<std::size_t> width(header.size(), 0);
            for (const auto& r : table) {
                for (std::size_t i = 0; i < r.size(); ++i) {
                    width[i] = std::max(width[i], r[i].size());
                }
            }
            for (const auto& r : table) {
                std::string line;
                for (std::size_t i = 0; i < r.size(); ++i) {
                    // scope and key left-aligned, the numbers right-aligned.
                    line += i == 0 ? "" : "  ";
                    line += i < 2 ? fmt::format("{:<{}}", r[i], width[i])
                                  : fmt::format("{:>{}}", r[i], width[i]);
                }
                while (!line.empty() && line.back() == ' ') {
                    line.pop_back();
                }
                c.out << line << "\n";
            }
            break;
        }
    }
    return 0;
}

}  // namespace

void add_elasticity_commands(std::vector<Command>& out) {
    out.push_back(
        {"elasticity",
         "elasticity [--by SCOPE] [--format F]",
         "price elasticities from history (log-log OLS)",
         "Minus the OLS slope of ln(weekly units) on ln(effective price), where the effective\n"
         "price of a week is gross_amount / units; weeks with zero units are left out. Rows:\n"
         "sell-in, or sell-out for an account x sku without sell-in. Category and brand pool\n"
         "all account x sku weeks of the key. Lists every key whose price takes at least two\n"
         "values, ordered by key; columns scope,key,elasticity,r2,n (n = weeks used).\n"
         "Planning uses the estimate only when n >= 26, the standard deviation of ln(price)\n"
         ">= 0.02 and the estimate > 0, else the setting default_elasticity (2.0); --used\n"
         "adds that value as a column. Formulas: docs/formulas.md, \"Price elasticity\".",
         {{"--by", true, "SCOPE  category (default), brand or account-sku"},
          {"--format", true, "F  table (default), csv or json"},
          {"--used", false, "   add the column used: the value planning uses"},
          {"--refresh", false, "   also store the usable estimates for planning"}},
         run_elasticity});
}

}  // namespace uplift::cli
