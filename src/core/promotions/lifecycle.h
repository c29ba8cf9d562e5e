#pragma once
// The promotion life cycle (SPEC §3): Draft → Planned → Submitted → Approved | Rejected →
// (Active → Ended, derived from today) → Settled → Closed; Cancelled from any state before
// Active. Every transition is checked (who may, from which state), logged with its reason and
// audited, in one transaction with whatever the caller does alongside (fund commitments).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "promotions/promotion.h"
#include "security/action_context.h"

namespace uplift {

enum class PromotionAction { Plan, Submit, Approve, Reject, Cancel, Settle, Close, Reopen };

std::optional<PromotionAction> parse_promotion_action(const std::string& text);
std::string promotion_action_name(PromotionAction a);

// Promotions of the same account whose in-store period overlaps on a shared sku (not cancelled
// or rejected): a warning while planning, a refusal at approval unless overridden.
struct PromotionOverlap {
    std::string other_code;
    std::string sku;
    Period other_instore;
};
std::vector<PromotionOverlap> find_overlaps(db::Connection& conn, const Promotion& p);

// True when the actor may create or change this promotion: BM for own brands (brand manager),
// KAM for own accounts (key-account manager), SM, Admin.
bool may_edit_promotion(db::Connection& conn, const ActionContext& ctx, const Promotion& p);

struct TransitionRequest {
    PromotionAction action = PromotionAction::Submit;
    std::string reason;                         // required for reject and cancel
    std::optional<std::string> overlap_reason;  // accepts overlaps at approval
    std::int64_t planned_spend_cents = 0;       // for the approval limit (caller computes it)
};

// Checks and applies one transition inside the caller's transaction (no transaction of its
// own). Returns the new stored status. Throws PermissionDenied or UserError.
PromotionStatus apply_transition(db::Connection& conn, const ActionContext& ctx, const Promotion& p,
                                 const TransitionRequest& request);

}  // namespace uplift
