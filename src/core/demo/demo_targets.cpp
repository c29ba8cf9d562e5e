// Targets and inventory of the demo (SPEC §6): every month from January of the last actual
// year to half a year beyond the actuals gets top-down targets, an HQ total of last year's
// sell-in plus growth split over the account x brand pairs in proportion to last year (the
// disaggregation rule); a few reps' partners carry bottom-up values beside the top-down ones;
// weekly inventory snapshots of the last weeks give the planned promotions a stock-out risk
// where stock runs short.
#include <fmt/format.h>

#include <cmath>
#include <map>
#include <tuple>
#include <vector>

#include "calendar/calendar.h"
#include "db/statement.h"
#include "demo/demo_data.h"
#include "demo/demo_plan.h"
#include "demo/demo_random.h"
#include "targets/disaggregation.h"
#include "targets/sell_in.h"
#include "targets/target_store.h"

namespace uplift::demo {

namespace {

enum : std::uint64_t { kTagTargets = 50, kTagInventory = 51 };

constexpr int kFirstTargetYear = 2025;  // the last year with actuals
constexpr int kTargetMonths = 18;       // 2025-01 .. 2026-06
constexpr double kGrowth = 1.04;        // HQ asks 4 % more than last year
constexpr int kInventoryWeeks = 8;      // weekly snapshots at the end of the actuals

struct Sales {
    std::int64_t units = 0;
    std::int64_t gross = 0;
};
// (year, month) -> (account id, brand id) -> sell-in, for the weeks whose Monday is in it.
using MonthSales =
    std::map<std::pair<int, int>, std::map<std::pair<std::int64_t, std::int64_t>, Sales>>;

MonthSales monthly_sales(db::Connection& conn, Date from, Date to) {
    MonthSales out;
    for_each_weekly_sell_in(conn, from, to, std::nullopt, [&](const WeeklySellIn& w) {
        const Date monday = from_day_number(w.week);
        Sales& m = out[{static_cast<int>(monday.year()), static_cast<int>(monday.month())}]
                      [{w.account_id, w.brand_id}];
        m.units += w.units;
        m.gross += w.gross;
    });
    return out;
}

}  // namespace

TargetCounts write_targets(db::Connection& conn, const DemoPlan& plan, const ActionContext& ctx) {
    TargetCounts counts;
    const MonthSales sales =
        monthly_sales(conn, Date(kFirstTargetYear - 1, 1, 1), Date(kFirstTargetYear, 6, 30));
    db::Statement topdown(conn,
                          "INSERT INTO target_topdown(period, account_id, brand_id, units, value) "
                          "VALUES(?, ?, ?, ?, ?)");
    db::Statement total(conn,
                        "INSERT INTO target_totals(period, level, key, units, value, set_by, "
                        "set_at) VALUES(?, 'hq', '', ?, ?, 'sm', ?)");
    for (int k = 0; k < kTargetMonths; ++k) {
        const int year = kFirstTargetYear + k / 12;
        const int month = k % 12 + 1;
        const auto basis = sales.find({year - 1, month});
        if (basis == sales.end()) {
            continue;
        }
        std::vector<std::pair<std::int64_t, std::int64_t>> keys;
        std::vector<std::int64_t> units_w, value_w;
        std::int64_t units_ly = 0;
        std::int64_t value_ly = 0;
        for (const auto& [key, s] : basis->second) {
            keys.push_back(key);
            units_w.push_back(s.units);
            value_w.push_back(s.gross);
            units_ly += s.units;
            value_ly += s.gross;
        }
        // HQ's totals in round figures: whole 100 units and whole 1,000.00.
        const auto round_to = [](double v, std::int64_t step) {
            return static_cast<std::int64_t>(std::llround(v / static_cast<double>(step))) * step;
        };
        const std::int64_t units = round_to(static_cast<double>(units_ly) * kGrowth, 100);
        const std::int64_t value = round_to(static_cast<double>(value_ly) * kGrowth, 100'000);
        const std::vector<std::int64_t> u = split_target(units, units_w);
        const std::vector<std::int64_t> v = split_target(value, value_w);
        const std::string period = fmt::format("{}-{:02}", year, month);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (u[i] == 0 && v[i] == 0) {
                continue;
            }
            const TargetKey key{period, keys[i].first, keys[i].second};
            write_target(conn, ctx, key, u[i], v[i], "topdown");
            topdown.bind_all(period, key.account_id, key.brand_id, u[i], v[i]);
            topdown.exec();
            topdown.reset();
            ++counts.targets;
        }
        total.bind_all(period, units, value, ctx.now);
        total.exec();
        total.reset();
        ++counts.periods;
    }

    // Bottom-up: the first rep's partners asked for other values in the first plan month.
    Rng rng = Rng::stream(plan.seed, kTagTargets);
    const std::string first_plan_month = fmt::format("{}-01", kFirstTargetYear + 1);
    db::Statement rep_targets(conn,
                              "SELECT t.account_id, t.brand_id, t.units, t.value FROM targets t "
                              "JOIN accounts a ON a.id = t.account_id WHERE t.period = ? AND "
                              "a.rep_id = (SELECT min(rep_id) FROM accounts) "
                              "ORDER BY t.account_id, t.brand_id");
    rep_targets.bind(1, first_plan_month);
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t>> own;
    while (rep_targets.step()) {
        own.emplace_back(rep_targets.get_int(0), rep_targets.get_int(1), rep_targets.get_int(2),
                         rep_targets.get_int(3));
    }
    ActionContext rep_ctx = ctx;
    {
        db::Statement who(conn,
                          "SELECT name FROM users WHERE id = (SELECT min(rep_id) FROM accounts)");
        if (who.step()) {
            rep_ctx.user_name = who.get_text(0);
        }
    }
    for (const auto& [account, brand, units, value] : own) {
        if (!rng.chance(0.3)) {
            continue;
        }
        // The rep knows better: between 15 % less and 20 % more.
        const double f = rng.uniform(0.85, 1.2);
        const auto units_asked =
            static_cast<std::int64_t>(std::llround(static_cast<double>(units) * f));
        const auto value_asked =
            static_cast<std::int64_t>(std::llround(static_cast<double>(value) * f / 100.0)) * 100;
        // A value equal to the top-down one is written as nothing and makes no gap.
        if (write_target(conn, rep_ctx, {first_plan_month, account, brand}, units_asked,
                         value_asked, "rep", std::nullopt, "merged from the rep's file")) {
            ++counts.bottom_up;
        }
    }

    // Inventory: each sku's stock covers about three weeks of its sell-in, some much less.
    db::Statement weekly(conn,
                         "SELECT product_id, sum(units) FROM actuals WHERE kind = 0 AND week = ? "
                         "GROUP BY product_id ORDER BY product_id");
    db::Statement put(conn, "INSERT INTO inventory(date, product_id, units) VALUES(?, ?, ?)");
    const Date last_monday = kDemoFirstMonday + boost::gregorian::weeks(kDemoWeeks - 1);
    for (int w = kInventoryWeeks - 1; w >= 0; --w) {
        const Date monday = last_monday - boost::gregorian::weeks(w);
        weekly.bind(1, day_number(monday));
        while (weekly.step()) {
            const std::int64_t product = weekly.get_int(0);
            Rng r = Rng::stream(plan.seed, kTagInventory, static_cast<std::uint64_t>(product),
                                static_cast<std::uint64_t>(w));
            // A sku short of stock stays short: its cover is drawn per sku, not per week.
            Rng sku = Rng::stream(plan.seed, kTagInventory, static_cast<std::uint64_t>(product));
            const double cover = sku.chance(0.06) ? 0.3 : r.uniform(2.0, 4.0);
            put.bind_all(to_iso(monday), product,
                         static_cast<std::int64_t>(
                             std::llround(static_cast<double>(weekly.get_int(1)) * cover)));
            put.exec();
            put.reset();
            ++counts.inventory_rows;
        }
        weekly.reset();
    }
    return counts;
}

}  // namespace uplift::demo
