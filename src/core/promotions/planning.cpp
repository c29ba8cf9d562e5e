#include "promotions/planning.h"

#include <cmath>
#include <map>

#include "db/statement.h"
#include "money/money.h"
#include "pricing/price_book.h"

namespace uplift {

PlannedPnl plan_promotion(db::Connection& conn, const Promotion& p,
                          const std::function<double(std::int64_t)>& elasticity) {
    const PriceBook prices(conn);
    PlannedPnl pnl;
    const std::int64_t start_w = monday_of(p.instore.first);
    const std::int64_t weeks = (monday_of(p.instore.last) - start_w) / kWeek + 1;
    std::int64_t fixed_cents = 0;
    std::int64_t multiplier_ppm = 1'000'000;
    for (const auto& t : p.tactics) {
        if (t.kind == TacticKind::FixedFee) {
            for (const auto& term : t.terms) {
                fixed_cents += term.value;
            }
        }
        multiplier_ppm = multiplier_ppm * t.lift_ppm / 1'000'000;
    }
    std::vector<std::int64_t> fixed_share(p.lines.size(), 0);
    if (!p.lines.empty() && fixed_cents != 0) {
        fixed_share = largest_remainder(fixed_cents, std::vector<std::int64_t>(p.lines.size(), 1));
    }
    Exact base_margin;    // baseline units × margin, for the break-even lift
    Exact base_discount;  // baseline units × per-unit discount
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        const PromotionLine& line = p.lines[i];
        PlannedLine pl;
        pl.line_id = line.id;
        pl.sku = line.sku;
        pl.baseline = compute_baseline(baseline_window(conn, p.account_id, line.product_id, start_w));
        const UnitPrice up = prices.on(p.account_id, line.product_id, p.instore.first);
        pl.list_price = up.list_price;
        pl.unit_cost = up.unit_cost;
        // Per-unit discount of the line at the start: % tactics on list, per-unit amounts.
        Wide discount_num = 0;  // cents × kExactDen per unit
        std::vector<std::pair<std::int64_t, Wide>> line_tactics;  // tactic id, per unit
        for (const auto& t : p.tactics) {
            if (t.kind == TacticKind::FixedFee) {
                continue;
            }
            const TacticTerm* chosen = nullptr;
            for (const auto& term : t.terms) {
                if (term.period.contains(p.instore.first) &&
                    (!term.line_id || *term.line_id == line.id)) {
                    if (chosen == nullptr || term.line_id) {
                        chosen = &term;
                    }
                }
            }
            if (chosen == nullptr) {
                continue;
            }
            const Wide per_unit = is_percent_kind(t.kind)
                                      ? static_cast<Wide>(up.list_price) * chosen->value * 360360
                                      : static_cast<Wide>(chosen->value) * kExactDen;
            if (is_percent_kind(t.kind)) {
                pl.depth += chosen->value;
            }
            discount_num += per_unit;
            line_tactics.emplace_back(t.id, per_unit);
        }
        pl.promoted_price.num = static_cast<Wide>(up.list_price) * kExactDen - discount_num;
        pl.baseline_units.num = pl.baseline.per_week.num * weeks;
        if (line.planned_units) {
            pl.manual = true;
            pl.planned_units = Exact::whole(*line.planned_units);
        } else {
            const double d = std::min(0.99, static_cast<double>(pl.depth) / 1'000'000.0);
            const double lift = std::pow(1.0 - d, -elasticity(line.product_id)) *
                                static_cast<double>(multiplier_ppm) / 1'000'000.0;
            pl.lift_ppm = std::llround(lift * 1'000'000.0);
            pl.planned_units.num = pl.baseline_units.num * pl.lift_ppm / 1'000'000;
        }
        // Money from exact units: units(×kExactDen) × cents, divided back by kExactDen once.
        pl.gross_sales.num = pl.planned_units.num * up.list_price;
        pl.cogs.num = pl.planned_units.num * up.unit_cost;
        pl.spend.num = pl.planned_units.num * discount_num / kExactDen;
        for (const auto& [tactic_id, per_unit] : line_tactics) {
            pnl.tactic_spend[tactic_id].num += pl.planned_units.num * per_unit / kExactDen;
        }
        pl.spend += Exact::whole(fixed_share[i]);
        pl.incremental_units = pl.planned_units - pl.baseline_units;
        pl.incremental_profit.num =
            pl.incremental_units.num * (up.list_price - up.unit_cost) - pl.spend.num;
        base_margin.num += pl.baseline_units.num * (up.list_price - up.unit_cost);
        base_discount.num += pl.baseline_units.num * discount_num / kExactDen;
        pnl.gross_sales += pl.gross_sales;
        pnl.spend += pl.spend;
        pnl.cogs += pl.cogs;
        pnl.baseline_units += pl.baseline_units;
        pnl.planned_units += pl.planned_units;
        pnl.incremental_units += pl.incremental_units;
        pnl.incremental_profit += pl.incremental_profit;
        pnl.lines.push_back(std::move(pl));
    }
    pnl.fixed_spend = Exact::whole(fixed_cents);
    for (const auto& t : p.tactics) {
        if (t.kind == TacticKind::FixedFee) {
            for (const auto& term : t.terms) {
                pnl.tactic_spend[t.id] += Exact::whole(term.value);
            }
        }
    }
    pnl.variable_spend = pnl.spend - pnl.fixed_spend;
    pnl.net_sales = pnl.gross_sales - pnl.spend;
    pnl.gross_margin = pnl.net_sales - pnl.cogs;
    // Incremental profit at lift L: (L − 1)·B·m − L·B·u − F = 0  ⇒  L = (B·m + F) / (B·m − B·u).
    const Exact denom = base_margin - base_discount;
    if (denom.num > 0) {
        pnl.break_even_lift = ratio(base_margin + pnl.fixed_spend, denom);
    }
    return pnl;
}

}  // namespace uplift
