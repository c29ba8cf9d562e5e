// The actuals rows behind sales figures: a brand × channel cell (this year and the prior year),
// the flagged rows of unjustified discounts, and the sell-in a target is measured against.
// Every query walks the actuals primary key (account, product, week, kind) from the accounts
// and products it names, so a cell at scale reads its own rows, never the ten million.
#include <fmt/format.h>

#include "db/statement.h"
#include "discounts/entitlement.h"
#include "errors.h"
#include "money/money.h"
#include "reports/source_rows_fill.h"

namespace uplift::source_rows_detail {

namespace {

std::int64_t id_by_name(db::Connection& conn, const char* sql, const std::string& name,
                        const char* what) {
    db::Statement s(conn, sql);
    s.bind(1, name);
    if (!s.step()) {
        throw UserError(fmt::format("{} '{}' no longer exists", what, name));
    }
    return s.get_int(0);
}

SourceTable sales_rows_table(db::Connection& conn, const std::string& name,
                             const std::string& title, std::int64_t channel,
                             std::optional<std::int64_t> region, std::int64_t brand,
                             std::int64_t first, std::int64_t last, std::size_t limit,
                             const std::atomic<bool>* cancel) {
    SourceFill fill(name, title,
                    {"week", "account", "sku", "units", "gross_amount", "discount_amount"}, 3,
                    {"gross_amount", "discount_amount"}, {"units"}, limit, cancel);
    if (last < first) {
        return fill.finish();
    }
    db::Statement s(conn, kSalesCellRows);
    s.bind_all(channel, region, brand, first, last);
    while (s.step()) {
        const std::int64_t units = s.get_int(3);
        const std::int64_t gross = s.get_int(4);
        const std::int64_t discount = s.get_int(5);
        fill.add({to_iso(from_day_number(s.get_int(0))), s.get_text(1), s.get_text(2),
                  std::to_string(units), format_minor(gross), format_minor(discount)},
                 {Exact::whole(gross), Exact::whole(discount), Exact::whole(units)});
    }
    return fill.finish();
}

// The first Monday on or after a period's first day: the period's first week.
std::int64_t first_week_in(const Period& p) {
    return monday_of(p.first + boost::gregorian::days(6));
}

}  // namespace

std::vector<SourceTable> sales_tables(db::Connection& conn, const SalesSource& src,
                                      const std::string& column, std::size_t limit,
                                      const std::atomic<bool>* cancel) {
    const std::int64_t brand =
        id_by_name(conn, "SELECT id FROM brands WHERE name = ?", src.brand, "brand");
    const std::int64_t channel =
        id_by_name(conn, "SELECT id FROM channels WHERE name = ?", src.channel, "channel");
    std::optional<std::int64_t> region;
    if (src.region) {
        region = id_by_name(conn, "SELECT id FROM regions WHERE name = ?", *src.region, "region");
    }
    const bool current =
        column != "prior_gross_sales" && column != "trade_spend" && column != "roi_pct";
    const bool prior = column == "prior_gross_sales" || column == "growth_pct" || column.empty() ||
                       column == "brand" || column == "channel" || column == "period";
    const bool spend = column == "trade_spend" || column == "spend_rate_pct" ||
                       column == "roi_pct" || column.empty() || column == "brand" ||
                       column == "channel" || column == "period";
    std::vector<SourceTable> out;
    if (current) {
        out.push_back(sales_rows_table(conn, "sell-in-rows", "Sell-in rows", channel, region, brand,
                                       src.first_week, src.last_week, limit, cancel));
        out.back().figure_column = column == "gross_sales" ? "gross_amount"
                                   : column == "units"     ? "units"
                                                           : "";
    }
    if (prior) {
        out.push_back(sales_rows_table(conn, "prior-year-rows", "Prior-year sell-in rows", channel,
                                       region, brand, src.prior_first_week, src.prior_last_week,
                                       limit, cancel));
        if (column == "prior_gross_sales") {
            out.back().figure_column = "gross_amount";
        }
    }
    if (spend) {
        out.push_back(spend_table(conn, src.spend, limit, cancel));
        if (column == "trade_spend") {
            out.back().figure_column = "spend";
        }
    }
    return out;
}

std::vector<SourceTable> flagged_tables(db::Connection& conn, const FlaggedSource& src,
                                        const std::string& column, std::size_t limit,
                                        const std::atomic<bool>* cancel) {
    SourceFill fill("flagged-rows", "Flagged actuals rows",
                    {"week", "account", "sku", "kind", "reason", "units", "gross_amount",
                     "invoiced_discount", "entitled_discount", "excess"},
                    5, {"gross_amount", "invoiced_discount", "entitled_discount", "excess"},
                    {"units"}, limit, cancel);
    const EntitlementIndex index(conn);
    db::Statement s(conn,
                    "SELECT a.id, p.id, x.units, x.gross_amount, ifnull(x.discount_amount, 0) "
                    "FROM accounts a CROSS JOIN products p CROSS JOIN actuals x "
                    "WHERE a.code = ?1 AND p.sku = ?2 AND x.account_id = a.id AND "
                    "x.product_id = p.id AND x.week = ?3 AND x.kind = ?4");
    for (const ActualsRowKey& k : src.rows) {
        s.reset();
        s.bind_all(k.account, k.sku, day_number(k.week), k.kind);
        if (!s.step()) {
            continue;  // replaced or rolled back since the report ran
        }
        const ActualsRowRef row{s.get_int(0), s.get_int(1), day_number(k.week),
                                k.kind,       s.get_int(2), s.get_int(3)};
        const std::int64_t invoiced = s.get_int(4);
        const Entitlement e = index.entitled(row);
        const Exact excess = Exact::whole(invoiced) - e.amount;
        fill.add({to_iso(k.week), k.account, k.sku, k.kind == 0 ? "sell_in" : "sell_out",
                  e.anything_applies ? "exceeds_entitlement" : "no_entitlement",
                  std::to_string(row.units), format_minor(row.gross_cents), format_minor(invoiced),
                  format_hundredths(e.amount, true), format_hundredths(excess, true)},
                 {Exact::whole(row.gross_cents), Exact::whole(invoiced), e.amount, excess,
                  Exact::whole(row.units)});
    }
    SourceTable t = fill.finish();
    if (column == "rows" || column == "invoiced_discount" || column == "entitled_discount" ||
        column == "excess") {
        t.figure_column = column;
    }
    return {std::move(t)};
}

std::vector<SourceTable> target_tables(db::Connection& conn, const TargetSource& src,
                                       const std::string& column, std::size_t limit,
                                       const std::atomic<bool>* cancel) {
    SourceFill targets("targets", "Targets", {"period", "account", "brand", "units", "value"}, 3,
                       {"value"}, {"units"}, limit, cancel);
    SourceFill sell_in("sell-in-rows", "Sell-in rows",
                       {"period", "account", "brand", "week", "sku", "units", "gross_amount"}, 5,
                       {"gross_amount"}, {"units"}, limit, cancel);
    db::Statement t(conn,
                    "SELECT a.id, b.id, t.units, t.value FROM accounts a CROSS JOIN brands b "
                    "CROSS JOIN targets t WHERE a.code = ?2 AND b.name = ?3 AND t.period = ?1 "
                    "AND t.account_id = a.id AND t.brand_id = b.id");
    // The sell-in of weeks whose Monday lies in the period, as the targets report sums it.
    db::Statement x(conn,
                    "SELECT x.week, p.sku, x.units, x.gross_amount FROM products p CROSS JOIN "
                    "actuals x WHERE p.brand_id = ?1 AND x.account_id = ?2 AND x.product_id = "
                    "p.id AND x.kind = 0 AND x.week BETWEEN ?3 AND ?4 ORDER BY x.week, p.sku");
    for (const auto& [period, account, brand] : src.targets) {
        t.reset();
        t.bind_all(period, account, brand);
        if (!t.step()) {
            continue;  // removed since the report ran
        }
        const std::int64_t units = t.get_int(2);
        const std::int64_t value = t.get_int(3);
        targets.add({period, account, brand, std::to_string(units), format_minor(value)},
                    {Exact::whole(value), Exact::whole(units)});
        const Period range = parse_target_period(period);
        x.reset();
        x.bind_all(t.get_int(1), t.get_int(0), first_week_in(range), day_number(range.last));
        while (x.step()) {
            const std::int64_t u = x.get_int(2);
            const std::int64_t g = x.get_int(3);
            sell_in.add({period, account, brand, to_iso(from_day_number(x.get_int(0))),
                         x.get_text(1), std::to_string(u), format_minor(g)},
                        {Exact::whole(g), Exact::whole(u)});
        }
    }
    const bool actual = column == "actual_units" || column == "actual_value";
    const bool target = column == "target_units" || column == "target_value" ||
                        column == "topdown_units" || column == "topdown_value";
    std::vector<SourceTable> out;
    if (!actual) {
        out.push_back(targets.finish());
        out.back().figure_column = column == "target_units"   ? "units"
                                   : column == "target_value" ? "value"
                                                              : "";
    }
    if (!target) {
        out.push_back(sell_in.finish());
        out.back().figure_column = column == "actual_units"   ? "units"
                                   : column == "actual_value" ? "gross_amount"
                                                              : "";
    }
    return out;
}

}  // namespace uplift::source_rows_detail
