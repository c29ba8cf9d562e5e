#pragma once
// The pieces of the decision panel (analytics/discount_decision.h) that look beyond the request
// itself: promotions and conditions on the same skus, the funds that could pay, and the
// account's history. Internal to the analytics area.
#include <cstdint>
#include <string>
#include <vector>

#include "analytics/discount_decision.h"
#include "promotions/promotion.h"

namespace uplift::decision {

// Where the request sits in the master data, for the scope of funds.
struct RequestScope {
    std::vector<std::int64_t> account_and_ancestors;  // the account first
    std::int64_t channel_id = 0;
    std::int64_t region_id = 0;
    std::vector<std::int64_t> brand_ids;  // of the request's skus
    bool in_account_line(std::int64_t account_id) const;
    bool has_brand(std::int64_t brand_id) const;
};
RequestScope load_scope(db::Connection& conn, const DiscountRequest& r);

// "20 % discount_pct, 500.00 fixed_fee": the current terms of each tactic, distinct values.
std::string tactics_depth_text(const std::vector<Tactic>& tactics);

std::vector<DecisionPanel::ActivePromotion> overlapping_promotions(db::Connection& conn,
                                                                   const DiscountRequest& r,
                                                                   Date today);
std::vector<DecisionPanel::ActiveCondition> applying_conditions(db::Connection& conn,
                                                                const DiscountRequest& r);
std::vector<DecisionPanel::FundAvailability> candidate_funds(db::Connection& conn,
                                                             const DiscountRequest& r,
                                                             const RequestScope& scope);
// Fills history, history_spend/profit/roi and past_promotion_lift_pct.
void fill_history(db::Connection& conn, DecisionPanel& panel, Date today);

}  // namespace uplift::decision
