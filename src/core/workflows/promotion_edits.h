#pragma once
// Editing a promotion: depth changes as new term versions (a change during a running promotion
// keeps the old version visible), manual forecasts, scenarios. Each call is one transaction,
// checked against the actor's rights and the promotion's state, and audited.
#include <optional>
#include <string>
#include <vector>

#include "promotions/planning.h"
#include "promotions/promotion_store.h"
#include "security/action_context.h"

namespace uplift {

// Sets the % discount of the given skus (empty: every line) of the chosen scenario from `from`
// (nullopt: the whole in-store period) to its end. Earlier days keep their depth.
void change_depth(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                  const std::vector<std::string>& skus, std::int64_t percent_units,
                  std::optional<Date> from);

// Adds a tactic of any kind to the chosen scenario over its whole period (the ship period for
// off-invoice and bill-back, else the in-store period): % kinds
// take Percent units, per-unit kinds cents per unit, fixed_fee cents once; `lift_ppm` is the
// display/feature multiplier (1,000,000 = none).
void add_tactic(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                TacticKind kind, std::int64_t value, const std::string& fund,
                std::int64_t lift_ppm = 1'000'000);

// The manual volume forecast of a line for the whole period; nullopt returns it to the model.
void set_planned_units(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                       const std::string& sku, std::optional<std::int64_t> units);

// A new scenario copying the chosen one's tactics; it becomes chosen when `choose` is set.
void add_scenario(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                  const std::string& name);
void choose_scenario(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                     const std::string& name);

struct ScenarioPnl {
    ScenarioInfo scenario;
    PlannedPnl pnl;
};
// Every scenario's planned P&L side by side.
std::vector<ScenarioPnl> compare_scenarios(db::Connection& conn, const std::string& code);

}  // namespace uplift
