#pragma once
// What-if modelling of a promotion (SPEC §3): predicted units per line = baseline × lift with
// lift = (1 − d)^(−e) × Π(tactic multipliers), unless the line has a manual forecast; and the
// planned P&L from the formulas of §7 with planned instead of actual units.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "money/exact.h"
#include "promotions/baseline.h"
#include "promotions/promotion.h"

namespace uplift {
namespace db {
class Connection;
}

struct PlannedLine {
    std::int64_t line_id = 0;
    std::string sku;
    Baseline baseline;
    std::int64_t lift_ppm = 1'000'000;  // the model's lift, fixed to 6 decimals
    bool manual = false;                // planned units from the line's manual forecast
    Exact planned_units;
    Exact baseline_units;
    Exact gross_sales;  // cents
    Exact spend;        // cents, variable part plus the line's share of fixed fees
    Exact cogs;         // cents
    Exact incremental_units;
    Exact incremental_profit;     // cents
    std::int64_t list_price = 0;  // cents, on the first in-store Monday
    std::int64_t unit_cost = 0;
    std::int64_t depth = 0;  // Percent units in force at the start (0 when not a % tactic)
    // List price less every per-unit discount in force at the start (% and amounts), exact.
    Exact promoted_price;
};

struct PlannedPnl {
    std::vector<PlannedLine> lines;
    Exact gross_sales, spend, variable_spend, fixed_spend, net_sales, cogs, gross_margin;
    Exact baseline_units, planned_units, incremental_units, incremental_profit;
    // Planned spend per tactic id (what approval commits on each tactic's fund).
    std::map<std::int64_t, Exact> tactic_spend;
    // The lift at which incremental profit is 0; nullopt when no lift can pay the discount.
    std::optional<double> break_even_lift;
};

// `elasticity(product_id)` gives e for a line (positive; see analytics/elasticity.h).
PlannedPnl plan_promotion(db::Connection& conn, const Promotion& p,
                          const std::function<double(std::int64_t)>& elasticity);

}  // namespace uplift
