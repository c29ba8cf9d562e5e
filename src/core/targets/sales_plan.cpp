#include "targets/sales_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "analytics/elasticity.h"
#include "db/statement.h"
#include "errors.h"
#include "promotions/baseline.h"
#include "promotions/planning.h"
#include "promotions/promotion_store.h"
#include "targets/sell_in.h"
#include "targets/target_store.h"

namespace uplift {

std::optional<TargetGrouping> parse_target_grouping(std::string_view text) {
    if (text == "key" || text == "target") {
        return TargetGrouping::Key;
    }
    if (text == "period") {
        return TargetGrouping::Period;
    }
    if (text == "account") {
        return TargetGrouping::Account;
    }
    if (text == "brand") {
        return TargetGrouping::Brand;
    }
    if (text == "rep") {
        return TargetGrouping::Rep;
    }
    return std::nullopt;
}

namespace {

using boost::gregorian::days;

struct Row {
    std::string period;
    Period range;
    std::int64_t account_id = 0, brand_id = 0;
    std::string account, brand, rep;
    std::int64_t units = 0, value = 0, topdown_units = 0, topdown_value = 0;
    Exact incremental_units;
    std::int64_t stockouts = 0;
};

struct WeekSales {
    std::int64_t units = 0;
    std::int64_t gross = 0;
};
using Series = std::map<std::int64_t, WeekSales>;       // Monday's day number -> sell-in
using PairKey = std::pair<std::int64_t, std::int64_t>;  // account, brand

// The first Monday on or after the period's first day: its first week.
Date first_monday_in(const Period& p) {
    return week_monday(p.first + days(6));
}

std::vector<Row> load_rows(db::Connection& conn, const TargetReportFilter& f) {
    db::Statement s(
        conn,
        "SELECT t.period, t.account_id, t.brand_id, a.code, b.name, ifnull(u.name, ''), "
        "t.units, t.value, ifnull(d.units, t.units), ifnull(d.value, t.value) "
        "FROM targets t JOIN accounts a ON a.id = t.account_id "
        "JOIN brands b ON b.id = t.brand_id LEFT JOIN users u ON u.id = a.rep_id "
        "LEFT JOIN target_topdown d ON d.period = t.period AND "
        "d.account_id = t.account_id AND d.brand_id = t.brand_id "
        "WHERE (?1 IS NULL OR t.period = ?1) AND (?2 IS NULL OR a.code = ?2) AND "
        "(?3 IS NULL OR b.name = ?3) AND (?4 IS NULL OR u.name = ?4) "
        "ORDER BY t.period, a.code, b.name");
    std::optional<std::string> period;
    if (f.period) {
        period = normalise_target_period(*f.period);
    }
    s.bind_all(period, f.account, f.brand, f.rep);
    std::vector<Row> out;
    while (s.step()) {
        Row r;
        r.period = s.get_text(0);
        r.range = parse_target_period(r.period);
        if ((f.within_from && r.range.first < *f.within_from) ||
            (f.within_to && r.range.last > *f.within_to)) {
            continue;
        }
        r.account_id = s.get_int(1);
        r.brand_id = s.get_int(2);
        r.account = s.get_text(3);
        r.brand = s.get_text(4);
        r.rep = s.get_text(5);
        r.units = s.get_int(6);
        r.value = s.get_int(7);
        r.topdown_units = s.get_int(8);
        r.topdown_value = s.get_int(9);
        out.push_back(std::move(r));
    }
    return out;
}

// Weekly sell-in per (account, brand) from `from` to `to` (Mondays), for the accounts asked.
std::map<PairKey, Series> load_series(db::Connection& conn, const std::set<std::int64_t>& accounts,
                                      Date from, Date to) {
    std::map<PairKey, Series> out;
    for (const std::int64_t account : accounts) {
        for_each_weekly_sell_in(conn, from, to, account, [&](const WeeklySellIn& w) {
            out[{w.account_id, w.brand_id}][w.week] = {w.units, w.gross};
        });
    }
    return out;
}

std::map<std::int64_t, std::int64_t> brand_of_products(db::Connection& conn) {
    db::Statement s(conn, "SELECT id, brand_id FROM products");
    std::map<std::int64_t, std::int64_t> out;
    while (s.step()) {
        out[s.get_int(0)] = s.get_int(1);
    }
    return out;
}

bool counts_for_plan(PromotionStatus s) {
    return s == PromotionStatus::Approved || s == PromotionStatus::Active ||
           s == PromotionStatus::Ended || s == PromotionStatus::Settled ||
           s == PromotionStatus::Closed;
}

std::int64_t overlap_days(const Period& a, const Period& b) {
    if (!a.overlaps(b)) {
        return 0;
    }
    return (std::min(a.last, b.last) - std::max(a.first, b.first)).days() + 1;
}

// Inventory of a sku for a ship period: the latest snapshot on or before its first day, else
// the first one within it.
std::optional<std::pair<std::string, std::int64_t>> inventory_for(db::Connection& conn,
                                                                  std::int64_t product_id,
                                                                  const Period& ship) {
    db::Statement before(conn,
                         "SELECT date, units FROM inventory WHERE product_id = ? AND date <= ? "
                         "ORDER BY date DESC LIMIT 1");
    before.bind_all(product_id, to_iso(ship.first));
    if (before.step()) {
        return std::pair{before.get_text(0), before.get_int(1)};
    }
    db::Statement within(conn,
                         "SELECT date, units FROM inventory WHERE product_id = ? AND date BETWEEN "
                         "? AND ? ORDER BY date LIMIT 1");
    within.bind_all(product_id, to_iso(ship.first), to_iso(ship.last));
    if (within.step()) {
        return std::pair{within.get_text(0), within.get_int(1)};
    }
    return std::nullopt;
}

std::vector<StockOutRisk> risks_of(db::Connection& conn, const Promotion& p,
                                   const PlannedPnl& pnl) {
    std::vector<StockOutRisk> out;
    for (std::size_t i = 0; i < p.lines.size() && i < pnl.lines.size(); ++i) {
        const auto stock = inventory_for(conn, p.lines[i].product_id, p.ship);
        if (!stock) {
            continue;
        }
        if (pnl.lines[i].planned_units.num > static_cast<Wide>(stock->second) * kExactDen) {
            out.push_back({p.code, p.account, p.lines[i].sku, p.ship, pnl.lines[i].planned_units,
                           stock->second, stock->first});
        }
    }
    return out;
}

// Approved is stored; active and ended are only how an approved promotion is shown.
bool at_risk_status(PromotionStatus stored) {
    return stored == PromotionStatus::Approved;
}

PlannedPnl plan_of(db::Connection& conn, const Promotion& p) {
    return plan_promotion(conn, p, [&](std::int64_t product_id) {
        return elasticity_for_planning(conn, product_id);
    });
}

}  // namespace

void TargetFigures::add(const TargetFigures& o, bool with_keys) {
    target_units += o.target_units;
    target_value += o.target_value;
    topdown_units += o.topdown_units;
    topdown_value += o.topdown_value;
    plan_units += o.plan_units;
    plan_value += o.plan_value;
    actual_units += o.actual_units;
    actual_value += o.actual_value;
    abs_error += o.abs_error;
    error += o.error;
    stockout_promotions += o.stockout_promotions;
    if (with_keys) {
        keys.insert(keys.end(), o.keys.begin(), o.keys.end());
    }
}

std::vector<TargetFigures> target_report(db::Connection& conn, const TargetReportFilter& filter,
                                         TargetGrouping grouping) {
    std::vector<Row> rows = load_rows(conn, filter);
    if (rows.empty()) {
        return {};
    }
    std::set<std::int64_t> accounts;
    Date from = rows.front().range.first;
    Date to = rows.front().range.last;
    for (const Row& r : rows) {
        accounts.insert(r.account_id);
        from = std::min(from, r.range.first);
        to = std::max(to, r.range.last);
    }
    // A period after the last actuals is forecast from the last 13 weeks that have them.
    const Date data_end = [&] {
        const std::int64_t last =
            db::query_int(conn, "SELECT ifnull(max(week), 0) FROM actuals WHERE kind = 0");
        return last == 0 ? to : from_day_number(last) + days(7);
    }();
    const auto baseline_end = [&](const Period& range) {
        return std::min(first_monday_in(range), data_end);
    };
    const Date window_start =
        std::min(first_monday_in({from, to}), data_end) - days(7 * kBaselineWeeks);
    const auto series = load_series(conn, accounts, window_start, to);
    const auto brand_of = brand_of_products(conn);

    // Promoted weeks per (account, brand), and each approved promotion's incremental units
    // apportioned to the targets it overlaps by days of its in-store period.
    std::set<std::tuple<std::int64_t, std::int64_t, std::int64_t>> promoted;
    std::map<PairKey, std::vector<std::size_t>> rows_of;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows_of[{rows[i].account_id, rows[i].brand_id}].push_back(i);
    }
    for (const Promotion& p : load_promotions(conn)) {
        if (!accounts.contains(p.account_id) || p.status == PromotionStatus::Cancelled ||
            p.status == PromotionStatus::Rejected || p.instore.last < window_start ||
            p.instore.first > to) {
            continue;
        }
        for (const PromotionLine& l : p.lines) {
            const std::int64_t brand = brand_of.at(l.product_id);
            for (Date d = first_monday_in({p.instore.first - days(6), p.instore.last});
                 d <= p.instore.last; d += days(7)) {
                promoted.insert({p.account_id, brand, day_number(d)});
            }
        }
        if (!counts_for_plan(p.status)) {
            continue;
        }
        const PlannedPnl pnl = plan_of(conn, p);
        const bool risky = at_risk_status(p.status) && !risks_of(conn, p, pnl).empty();
        std::set<std::size_t> flagged;
        for (std::size_t k = 0; k < p.lines.size() && k < pnl.lines.size(); ++k) {
            const auto it = rows_of.find({p.account_id, brand_of.at(p.lines[k].product_id)});
            if (it == rows_of.end()) {
                continue;
            }
            for (const std::size_t i : it->second) {
                const std::int64_t shared = overlap_days(p.instore, rows[i].range);
                if (shared == 0) {
                    continue;
                }
                rows[i].incremental_units.num +=
                    pnl.lines[k].incremental_units.num * shared / p.instore.days();
                if (risky && flagged.insert(i).second) {
                    ++rows[i].stockouts;
                }
            }
        }
    }

    std::map<std::tuple<std::string, std::string, std::string, std::string>, TargetFigures> groups;
    for (const Row& r : rows) {
        const auto found = series.find({r.account_id, r.brand_id});
        const Series empty;
        const Series& weeks = found == series.end() ? empty : found->second;
        const Date first = first_monday_in(r.range);
        // The baseline of the 13 weeks before the period's first week.
        std::vector<WeekUnits> window;
        std::int64_t window_units = 0;
        std::int64_t window_gross = 0;
        const Date end = baseline_end(r.range);
        for (auto it = weeks.lower_bound(day_number(end - days(7 * kBaselineWeeks)));
             it != weeks.end() && it->first < day_number(end); ++it) {
            window.push_back({it->first, it->second.units,
                              promoted.contains({r.account_id, r.brand_id, it->first})});
            window_units += it->second.units;
            window_gross += it->second.gross;
        }
        const Baseline baseline = compute_baseline(window);
        std::int64_t period_weeks = 0;
        for (Date d = first; d <= r.range.last; d += days(7)) {
            ++period_weeks;
        }
        TargetFigures f;
        f.plan_units.num = baseline.per_week.num * period_weeks + r.incremental_units.num;
        // Valued at the recent average gross price per unit of the account and brand.
        if (window_units != 0) {
            f.plan_value.num = f.plan_units.num * window_gross / window_units;
        }
        for (auto it = weeks.lower_bound(day_number(first));
             it != weeks.end() && it->first <= day_number(r.range.last); ++it) {
            f.actual_units += it->second.units;
            f.actual_value += it->second.gross;
        }
        const Exact diff{f.plan_units.num - Exact::whole(f.actual_units).num};
        f.error = diff;
        f.abs_error.num = diff.num < 0 ? -diff.num : diff.num;
        f.target_units = r.units;
        f.target_value = r.value;
        f.topdown_units = r.topdown_units;
        f.topdown_value = r.topdown_value;
        f.stockout_promotions = r.stockouts;
        const auto key = std::tuple{
            grouping == TargetGrouping::Key || grouping == TargetGrouping::Period ? r.period : "",
            grouping == TargetGrouping::Key || grouping == TargetGrouping::Account ? r.account : "",
            grouping == TargetGrouping::Key || grouping == TargetGrouping::Brand ? r.brand : "",
            grouping == TargetGrouping::Key || grouping == TargetGrouping::Rep ? r.rep : ""};
        TargetFigures& g = groups[key];
        std::tie(g.period, g.account, g.brand, g.rep) = key;
        g.add(f);
        g.keys.emplace_back(r.period, r.account, r.brand);
    }
    std::vector<TargetFigures> out;
    out.reserve(groups.size());
    for (auto& [key, g] : groups) {
        out.push_back(std::move(g));
    }
    return out;
}

Attainment account_attainment(db::Connection& conn, const std::string& account,
                              const std::string& period) {
    const std::string p = normalise_target_period(period);
    const Period range = parse_target_period(p);
    Attainment a;
    db::Statement t(conn,
                    "SELECT ifnull(sum(t.value), 0) FROM targets t JOIN accounts a ON "
                    "a.id = t.account_id WHERE a.code = ? AND t.period = ?");
    t.bind_all(account, p);
    t.step();
    a.target_value = t.get_int(0);
    db::Statement x(
        conn,
        "SELECT ifnull(sum(x.gross_amount), 0) FROM actuals x JOIN accounts a ON "
        "a.id = x.account_id WHERE a.code = ? AND x.kind = 0 AND x.week BETWEEN ? AND ?");
    x.bind_all(account, day_number(range.first), day_number(range.last));
    x.step();
    a.actual_value = x.get_int(0);
    return a;
}

std::vector<StockOutRisk> stockout_risks(db::Connection& conn) {
    std::vector<StockOutRisk> out;
    for (const Promotion& p : load_promotions(conn)) {
        if (!at_risk_status(p.status)) {
            continue;
        }
        for (auto& r : risks_of(conn, p, plan_of(conn, p))) {
            out.push_back(std::move(r));
        }
    }
    return out;
}

}  // namespace uplift
