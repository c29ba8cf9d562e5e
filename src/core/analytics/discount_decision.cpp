#include "analytics/discount_decision.h"

#include <fmt/format.h>

#include <algorithm>

#include "analytics/decision_parts.h"
#include "analytics/decision_verdict.h"
#include "db/statement.h"
#include "errors.h"
#include "money/money.h"
#include "pricing/prices.h"
#include "promotions/baseline.h"

namespace uplift {

std::string verdict_name(DecisionPanel::Verdict v) {
    switch (v) {
        case DecisionPanel::Verdict::Approve:
            return "approve";
        case DecisionPanel::Verdict::Review:
            return "review";
        case DecisionPanel::Verdict::Reject:
            return "reject";
    }
    return "review";
}

namespace {

constexpr int kTrendCompareWeeks = 4;

// The §7 baseline window of each sku (promotions/baseline.h): the 13 weeks before the start
// week, sell-in rows when the account × sku has any there, else sell-out. The trend sums the
// same rows, so chart and baseline never disagree on which kind they read.
std::vector<std::vector<WeekUnits>> load_windows(db::Connection& conn, const DiscountRequest& r,
                                                 std::int64_t start_w) {
    std::vector<std::vector<WeekUnits>> out;
    for (const std::int64_t product : r.product_ids) {
        out.push_back(baseline_window(conn, r.account_id, product, start_w));
    }
    return out;
}

void fill_trend(DecisionPanel& panel, const std::vector<std::vector<WeekUnits>>& windows,
                std::int64_t start_w) {
    const std::int64_t lo = start_w - kBaselineWeeks * kWeek;
    for (std::int64_t w = lo; w < start_w; w += kWeek) {
        panel.trend.push_back({from_day_number(w), 0});
    }
    for (const auto& window : windows) {
        for (const WeekUnits& u : window) {
            panel.trend[static_cast<std::size_t>((u.week - lo) / kWeek)].units += u.units;
        }
    }
    std::int64_t last = 0, before = 0;
    const auto n = static_cast<std::ptrdiff_t>(panel.trend.size());
    for (std::ptrdiff_t i = 0; i < kTrendCompareWeeks; ++i) {
        last += panel.trend[static_cast<std::size_t>(n - 1 - i)].units;
        before += panel.trend[static_cast<std::size_t>(n - 1 - kTrendCompareWeeks - i)].units;
    }
    if (before != 0) {
        panel.trend_change_pct =
            100.0 * static_cast<double>(last - before) / static_cast<double>(before);
    }
}

void fill_economics(db::Connection& conn, DecisionPanel& panel,
                    const std::vector<std::vector<WeekUnits>>& windows) {
    const DiscountRequest& r = panel.request;
    std::vector<Baseline> baselines;
    baselines.reserve(windows.size());
    for (const auto& window : windows) {
        baselines.push_back(compute_baseline(window));
    }
    const std::vector<Exact> expected =
        expected_units_by_sku(baselines, r.period, r.expected_units);
    db::Statement names(conn,
                        "SELECT p.name, b.name FROM products p JOIN brands b ON b.id = p.brand_id "
                        "WHERE p.id = ?");
    // Σ B·u and Σ B·(m − u) for the whole request's break-even lift (B per week; the period's
    // length cancels out). Weighted by expected units when no sku has a baseline.
    Wide lift_num = 0, lift_den = 0;
    Wide expected_num = 0, expected_den = 0;
    const Wide pct = r.pct_units;
    for (std::size_t i = 0; i < r.product_ids.size(); ++i) {
        DecisionPanel::SkuEconomics e;
        e.sku = r.skus[i];
        names.reset();
        names.bind(1, r.product_ids[i]);
        if (names.step()) {
            e.name = names.get_text(0);
            e.brand = names.get_text(1);
        }
        const EffectivePrice price =
            effective_price(conn, r.account_id, r.product_ids[i], r.period.first);
        e.list_price = price.list_price.minor();
        e.unit_cost = price.unit_cost.minor();
        const Wide list = e.list_price;
        const Wide margin = e.list_price - e.unit_cost;
        // list (cents) × pct (1e-6 of a whole) over kExactDen = 360360 × 10^6.
        e.discount_per_unit.num = list * pct * 360360;
        e.margin_before = Exact::whole(e.list_price - e.unit_cost);
        e.margin_after = e.margin_before - e.discount_per_unit;
        e.baseline_units = baselines[i].per_week;
        e.expected_units = expected[i];
        // Expected units are whole units or baselines, so their numerator divides by 10^6.
        e.discount_total.num = expected[i].num / 1'000'000 * list * pct;
        e.margin_after_total.num = expected[i].num * margin - e.discount_total.num;
        // Break-even when (L − 1)·m = L·u per unit: L − 1 = u / (m − u) = depth / (margin % −
        // depth), as planning's L* = m / (m − u) (docs/formulas.md) with no fixed fees.
        const Wide u = list * pct;  // × 10^-6 cents
        const Wide m_minus_u = margin * 1'000'000 - u;
        if (m_minus_u > 0) {
            e.break_even_lift_pct = 100.0 * static_cast<double>(u) / static_cast<double>(m_minus_u);
        }
        const Wide b = baselines[i].per_week.num / 1'000'000;
        lift_num += b * u;
        lift_den += b * m_minus_u;
        const Wide x = expected[i].num / 1'000'000;
        expected_num += x * u;
        expected_den += x * m_minus_u;
        panel.discount_total += e.discount_total;
        panel.margin_after_total += e.margin_after_total;
        panel.skus.push_back(std::move(e));
    }
    if (lift_num == 0 && lift_den == 0) {
        lift_num = expected_num;
        lift_den = expected_den;
    }
    const bool any_below_cost = std::any_of(panel.skus.begin(), panel.skus.end(),
                                            [](const auto& e) { return e.below_cost(); });
    if (lift_den > 0 && !any_below_cost) {
        panel.break_even_lift_pct =
            100.0 * static_cast<double>(lift_num) / static_cast<double>(lift_den);
    }
}

}  // namespace

DecisionPanel build_decision_panel(db::Connection& conn, std::int64_t request_id, Date today) {
    auto request = find_request(conn, request_id);
    if (!request) {
        throw UserError(fmt::format("unknown discount request {}", request_id));
    }
    DecisionPanel panel;
    panel.request = std::move(*request);
    const DiscountRequest& r = panel.request;
    const std::int64_t start_w = monday_of(r.period.first);
    const auto windows = load_windows(conn, r, start_w);
    fill_trend(panel, windows, start_w);
    fill_economics(conn, panel, windows);
    const decision::RequestScope scope = decision::load_scope(conn, r);
    panel.promotions = decision::overlapping_promotions(conn, r, today);
    panel.conditions = decision::applying_conditions(conn, r);
    panel.funds = decision::candidate_funds(conn, r, scope);
    decision::fill_history(conn, panel, today);
    decision::decide(panel);
    return panel;
}

}  // namespace uplift
