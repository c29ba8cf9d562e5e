#include "workflows/interchange_export.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "db/statement.h"
#include "errors.h"
#include "io/csv_writer.h"
#include "money/money.h"
#include "money/percent.h"
#include "promotions/promotion.h"
#include "promotions/promotion_store.h"

namespace uplift {

namespace {

class CsvFile {
  public:
    CsvFile(const std::filesystem::path& path, const std::vector<std::string>& header)
        : path_(path), out_(path, std::ios::binary | std::ios::trunc) {
        if (!out_) {
            throw UserError(
                fmt::format("{}: cannot write: {}", path.string(), std::strerror(errno)));
        }
        write_csv_row(out_, header);
    }
    void row(const std::vector<std::string>& fields) {
        write_csv_row(out_, fields);
        ++rows_;
    }
    ExportedFile close() {
        out_.close();
        if (!out_) {
            throw UserError(fmt::format("{}: cannot write (is the disk full?)", path_.string()));
        }
        return {path_.filename().string(), rows_};
    }

  private:
    std::filesystem::path path_;
    std::ofstream out_;
    std::int64_t rows_ = 0;
};

// Each query's columns are the file's columns, amounts in cents (cols listed in `money`).
ExportedFile export_query(db::Connection& conn, const std::filesystem::path& path,
                          const std::vector<std::string>& header, const std::string& sql,
                          const std::vector<int>& money) {
    CsvFile file(path, header);
    db::Statement s(conn, sql);
    std::vector<std::string> fields(header.size());
    while (s.step()) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            const int col = static_cast<int>(i);
            if (s.is_null(col)) {
                fields[i].clear();
            } else if (std::find(money.begin(), money.end(), col) != money.end()) {
                fields[i] = format_minor(s.get_int(col));
            } else {
                fields[i] = s.get_text(col);
            }
        }
        file.row(fields);
    }
    return file.close();
}

// The depth a line is written with: its own % term in force on the first in-store day, else
// the one for every line.
std::int64_t line_depth(const Promotion& p, const PromotionLine& line) {
    std::int64_t general = 0;
    for (const Tactic& t : p.tactics) {
        if (!is_percent_kind(t.kind)) {
            continue;
        }
        for (const TacticTerm& term : t.terms) {
            if (!term.period.contains(p.instore.first)) {
                continue;
            }
            if (term.line_id && *term.line_id == line.id) {
                return term.value;
            }
            if (!term.line_id) {
                general = term.value;
            }
        }
    }
    return general;
}

// The status a §9 file can carry, or nullopt for a promotion that never ran.
std::optional<std::string> file_status(const Promotion& p, Date today) {
    switch (p.status) {
        case PromotionStatus::Draft:
            return "draft";
        case PromotionStatus::Planned:
            return "planned";
        case PromotionStatus::Submitted:
            return "submitted";
        case PromotionStatus::Approved:
            return p.instore.last < today ? "closed" : "submitted";
        case PromotionStatus::Settled:
        case PromotionStatus::Closed:
            return "closed";
        default:
            return std::nullopt;
    }
}

ExportedFile export_promotions(db::Connection& conn, const std::filesystem::path& path,
                               Date today) {
    CsvFile file(path, {"promo_id", "account", "sku", "start", "end", "discount_pct", "fixed_cost",
                        "planned_units", "campaign", "status"});
    for (const Promotion& p : load_promotions(conn)) {
        const auto status = file_status(p, today);
        if (!status) {
            continue;
        }
        std::int64_t fixed = 0;
        for (const Tactic& t : p.tactics) {
            if (t.kind == TacticKind::FixedFee) {
                for (const TacticTerm& term : t.terms) {
                    fixed += term.value;
                }
            }
        }
        for (const PromotionLine& line : p.lines) {
            file.row({p.code, p.account, line.sku, to_iso(p.instore.first), to_iso(p.instore.last),
                      Percent::from_units(line_depth(p, line)).to_string(), format_minor(fixed),
                      line.planned_units ? std::to_string(*line.planned_units) : std::string(),
                      p.campaign, *status});
        }
    }
    return file.close();
}

}  // namespace

std::vector<ExportedFile> export_interchange_files(db::Connection& conn,
                                                   const std::filesystem::path& dir, Date today) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        throw UserError(
            fmt::format("{}: cannot create the folder: {}", dir.string(), ec.message()));
    }
    std::vector<ExportedFile> out;
    out.push_back(export_query(
        conn, dir / "products.csv", {"sku", "name", "brand", "category", "list_price", "unit_cost"},
        "SELECT p.sku, p.name, b.name, c.name, p.list_price, p.unit_cost FROM products p "
        "JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = b.category_id "
        "ORDER BY p.id",
        {4, 5}));
    // Parents before their children: ids grow down the hierarchy.
    out.push_back(export_query(
        conn, dir / "accounts.csv", {"code", "name", "channel", "region", "parent", "rep"},
        "SELECT a.code, a.name, ch.name, r.name, pa.code, u.name FROM accounts a "
        "JOIN channels ch ON ch.id = a.channel_id JOIN regions r ON r.id = a.region_id "
        "LEFT JOIN accounts pa ON pa.id = a.parent_id LEFT JOIN users u ON u.id = a.rep_id "
        "ORDER BY a.id",
        {}));
    out.push_back(export_query(
        conn, dir / "prices.csv",
        {"sku", "valid_from", "valid_to", "list_price", "unit_cost", "account"},
        "SELECT p.sku, pr.valid_from, pr.valid_to, pr.list_price, pr.unit_cost, a.code "
        "FROM prices pr JOIN products p ON p.id = pr.product_id "
        "LEFT JOIN accounts a ON a.id = pr.account_id ORDER BY pr.id",
        {3, 4}));
    out.push_back(export_promotions(conn, dir / "promotions.csv", today));
    // The kind column only when there is sell-out: a file without it holds sell-in.
    std::vector<std::string> actuals_header{"week",  "account",      "sku",
                                            "units", "gross_amount", "discount_amount"};
    std::string actuals_sql =
        "SELECT date(x.week * 86400, 'unixepoch'), a.code, p.sku, x.units, x.gross_amount, "
        "x.discount_amount";
    if (db::query_int(conn, "SELECT EXISTS(SELECT 1 FROM actuals WHERE kind = 1)") != 0) {
        actuals_header.emplace_back("kind");
        actuals_sql += ", CASE x.kind WHEN 0 THEN 'sell_in' ELSE 'sell_out' END";
    }
    actuals_sql +=
        " FROM actuals x JOIN accounts a ON a.id = x.account_id "
        "JOIN products p ON p.id = x.product_id";
    out.push_back(export_query(conn, dir / "actuals.csv", actuals_header, actuals_sql, {4, 5}));
    out.push_back(
        export_query(conn, dir / "targets.csv", {"period", "account", "brand", "units", "value"},
                     "SELECT t.period, a.code, b.name, t.units, t.value FROM targets t "
                     "JOIN accounts a ON a.id = t.account_id JOIN brands b ON b.id = t.brand_id "
                     "ORDER BY t.period, a.code, b.name",
                     {4}));
    out.push_back(export_query(conn, dir / "inventory.csv", {"date", "sku", "units"},
                               "SELECT i.date, p.sku, i.units FROM inventory i "
                               "JOIN products p ON p.id = i.product_id ORDER BY i.date, p.sku",
                               {}));
    return out;
}

}  // namespace uplift
