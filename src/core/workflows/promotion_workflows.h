#pragma once
// Use cases on promotions that span areas: a life-cycle step with its planned spend (planning
// with the elasticity estimates), the what-if P&L, creating and copying promotions.
#include <optional>
#include <string>
#include <vector>

#include "promotions/lifecycle.h"
#include "promotions/planning.h"
#include "promotions/promotion_store.h"

namespace uplift {

// The planned P&L with each line's elasticity from analytics (brand, else category, else the
// default).
PlannedPnl simulate_promotion(db::Connection& conn, const Promotion& p);

// One life-cycle step in its own transaction. The approval limit uses the planned spend.
// Approving commits each tactic's planned spend on its fund (refused when a fund's available
// would go negative, unless `overspend_reason` is given by a finance user); cancelling and
// closing release what is still committed.
PromotionStatus change_promotion_status(
    db::Connection& conn, const ActionContext& ctx, const std::string& code,
    TransitionRequest request, const std::optional<std::string>& overspend_reason = std::nullopt);

// Re-commits an approved promotion after a change (depth, volume, tactics): books the delta
// of each tactic's planned spend. No transaction of its own.
void recommit_promotion(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                        const std::optional<std::string>& overspend_reason = std::nullopt);

// Creates a draft promotion (lines with one % discount for all, optional fixed fee) in its own
// transaction. Returns the overlaps found (a warning while planning).
struct PromotionDraft {
    std::string code;
    std::string name;
    std::string campaign;
    std::string account;
    Period instore;
    std::vector<std::string> skus;
    std::int64_t discount_pct_units = 0;  // Percent units
    std::int64_t fixed_cost_cents = 0;
    std::string fund;
};
std::vector<PromotionOverlap> create_promotion(db::Connection& conn, const ActionContext& ctx,
                                               const PromotionDraft& draft);

// Copies a promotion as a new draft: to other accounts and/or shifted by whole days (e.g.
// 364 days = the same weekdays next year). Tactics and terms move with the dates.
std::vector<std::string> copy_promotion(db::Connection& conn, const ActionContext& ctx,
                                        const std::string& code,
                                        const std::vector<std::string>& to_accounts,
                                        std::int64_t shift_days);

}  // namespace uplift
