#pragma once
// Use cases of discount requests that span areas: raising one (approved at once when the
// matrix says so) and deciding one. An approval turns the request into a central condition
// named "REQ-<id>" for the account and its skus over its dates, or, when it belongs to a
// promotion, into a discount_pct tactic of that promotion's chosen scenario on those lines
// (re-committing its funds when the promotion is approved). Each call is one transaction.
#include <cstdint>
#include <string>

#include "discounts/discount_request.h"

namespace uplift {

struct RequestOutcome {
    std::int64_t id = 0;
    RequestStatus status = RequestStatus::Pending;
    ApproverLevel level = ApproverLevel::SalesManager;
    std::string condition;  // the condition it became, when approved at once
};

RequestOutcome request_discount(db::Connection& conn, const ActionContext& ctx,
                                const NewDiscountRequest& in);

// Approves or rejects a pending request. Refused for the requester, for a role below the
// request's level, and for a request that is not pending.
void approve_discount_request(db::Connection& conn, const ActionContext& ctx, std::int64_t id,
                              const std::string& reason);
void reject_discount_request(db::Connection& conn, const ActionContext& ctx, std::int64_t id,
                             const std::string& reason);

}  // namespace uplift
