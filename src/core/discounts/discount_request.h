#pragma once
// Discount requests (SPEC §5): a KAM (or BM) asks for a depth on an account's skus over a
// period with a reason code. The approval matrix routes it by depth and value: approved at
// once (approver "auto"), by a sales manager, or by finance. Nobody decides a request of their
// own that needs a decision. The states are pending, approved, rejected and withdrawn.
//
// This file holds the data, the routing and the checks; workflows/discount_decisions.h turns
// an approval into a central condition or a promotion tactic.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "money/exact.h"
#include "promotions/baseline.h"
#include "security/action_context.h"

namespace uplift {

enum class RequestStatus { Pending, Approved, Rejected, Withdrawn };
std::string request_status_name(RequestStatus s);  // "pending", ...
std::optional<RequestStatus> parse_request_status(std::string_view text);

enum class ApproverLevel { Auto, SalesManager, Finance };
std::string approver_level_code(ApproverLevel l);  // "auto", "SM", "FIN"
std::optional<ApproverLevel> parse_approver_level(std::string_view text);

// Depth thresholds in Percent units; value thresholds in cents (nullopt: off, the default).
struct ApprovalMatrix {
    std::int64_t auto_max_pct = 50'000;  // 5 %
    std::int64_t sm_max_pct = 150'000;   // 15 %
    std::optional<std::int64_t> auto_max_value;
    std::optional<std::int64_t> sm_max_value;
};
ApprovalMatrix load_approval_matrix(db::Connection& conn);
// Own transaction, audited; needs settings.edit. Refuses sm_max_pct < auto_max_pct.
void set_approval_matrix(db::Connection& conn, const ActionContext& ctx, const ApprovalMatrix& m);
// Who must decide a request of this depth and value.
ApproverLevel route_request(const ApprovalMatrix& m, std::int64_t pct_units,
                            std::int64_t value_cents);

struct DiscountRequest {
    std::int64_t id = 0;
    std::int64_t account_id = 0;
    std::string account;
    std::string account_name;
    std::vector<std::int64_t> product_ids;  // ordered by sku
    std::vector<std::string> skus;          // sorted
    std::int64_t pct_units = 0;
    Period period;
    std::string reason;
    std::optional<std::int64_t> expected_units;
    std::int64_t value_cents = 0;
    std::string promo_id;  // empty: a central condition when approved
    std::string note;
    RequestStatus status = RequestStatus::Pending;
    ApproverLevel level = ApproverLevel::SalesManager;
    std::int64_t requested_by_id = 0;
    std::string requested_by;
    std::string requested_at;
    std::string decided_by;  // user name or "auto"; empty while pending
    std::string decided_at;
    std::string decision_reason;
};

std::vector<DiscountRequest> list_requests(db::Connection& conn,
                                           std::optional<RequestStatus> status = {});  // by id
std::optional<DiscountRequest> find_request(db::Connection& conn, std::int64_t id);

struct NewDiscountRequest {
    std::string account;
    std::vector<std::string> skus;
    std::int64_t pct_units = 0;
    Period period;
    std::string reason;
    std::optional<std::int64_t> expected_units;  // for the whole request; else estimated
    std::string promo_id;                        // optional: the promotion it belongs to
    std::string note;
};

// The estimated value of a request in cents: depth × the effective list price on the first
// day × expected units per sku. Expected units are the request's, split over the skus in
// proportion to their baselines (largest remainder, ties to the first sku), or, when not
// given, each sku's §7 baseline × the ISO weeks the period touches.
// The expected units of each sku (in the order of `baselines`), exact: the request's own
// figure split in proportion to the skus' baselines (largest remainder on millionths of a unit
// per week, ties to the first sku; evenly when no sku has a baseline), or, without one, each
// sku's baseline × the ISO weeks the period touches.
std::vector<Exact> expected_units_by_sku(const std::vector<Baseline>& baselines,
                                         const Period& period,
                                         std::optional<std::int64_t> expected_units);
std::int64_t estimate_request_value(db::Connection& conn, std::int64_t account_id,
                                    const std::vector<std::int64_t>& product_ids,
                                    std::int64_t pct_units, const Period& period,
                                    std::optional<std::int64_t> expected_units);

// Checks and stores a new pending request with its value and approver level, audited, inside
// the caller's transaction. Needs discounts.request. Returns the id.
std::int64_t insert_request(db::Connection& conn, const ActionContext& ctx,
                            const NewDiscountRequest& in);

// Empty when the actor may approve or reject this request; otherwise why not (for the
// refusal and for a disabled button's tooltip).
std::string why_may_not_decide(db::Connection& conn, const ActionContext& ctx,
                               const DiscountRequest& r);

// Marks a pending request decided (approved or rejected) by the actor ("auto" when
// `automatic`), audited, inside the caller's transaction. Checks the state and the rights.
void record_decision(db::Connection& conn, const ActionContext& ctx, const DiscountRequest& r,
                     RequestStatus to, const std::string& reason, bool automatic = false);

// The requester withdraws a pending request. Own transaction, audited.
void withdraw_request(db::Connection& conn, const ActionContext& ctx, std::int64_t id,
                      const std::string& reason);

}  // namespace uplift
