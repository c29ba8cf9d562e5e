#include "workflows/discount_decisions.h"

#include <fmt/format.h>

#include <algorithm>

#include "db/statement.h"
#include "db/transaction.h"
#include "discounts/condition.h"
#include "errors.h"
#include "money/percent.h"
#include "promotions/promotion_store.h"
#include "security/audit.h"
#include "workflows/promotion_workflows.h"

namespace uplift {

namespace {

// The approved request as a discount_pct tactic of its promotion's chosen scenario, on the
// request's skus over the days its period shares with the in-store period.
void add_promotion_tactic(db::Connection& conn, const ActionContext& ctx,
                          const DiscountRequest& r) {
    const auto p = load_promotion(conn, r.promo_id);
    if (!p) {
        throw UserError(
            fmt::format("promotion {} of request {} no longer exists", r.promo_id, r.id));
    }
    if (p->status == PromotionStatus::Cancelled || p->status == PromotionStatus::Rejected ||
        p->status == PromotionStatus::Settled || p->status == PromotionStatus::Closed) {
        throw UserError(fmt::format("promotion {} is {}: request {} cannot be added to it",
                                    r.promo_id, status_name(p->status), r.id));
    }
    if (!r.period.overlaps(p->instore)) {
        throw UserError(fmt::format(
            "request {} ({} to {}) does not overlap the in-store period of promotion {} ({} to {})",
            r.id, to_iso(r.period.first), to_iso(r.period.last), r.promo_id,
            to_iso(p->instore.first), to_iso(p->instore.last)));
    }
    const Period period{std::max(r.period.first, p->instore.first),
                        std::min(r.period.last, p->instore.last)};
    std::string fund;
    for (const auto& t : p->tactics) {
        if (!t.fund.empty() && is_percent_kind(t.kind)) {
            fund = t.fund;
            break;
        }
    }
    std::vector<TacticTerm> terms;
    for (const auto& line : p->lines) {
        if (std::find(r.product_ids.begin(), r.product_ids.end(), line.product_id) !=
            r.product_ids.end()) {
            terms.push_back({line.id, period, r.pct_units});
        }
    }
    if (terms.empty()) {
        throw UserError(
            fmt::format("none of request {}'s skus is a line of promotion {}", r.id, r.promo_id));
    }
    db::Statement ins(conn,
                      "INSERT INTO tactics(scenario_id, kind, fund, label) "
                      "VALUES(?, 'discount_pct', ?, ?)");
    ins.bind_all(p->scenario_id, fund.empty() ? std::optional<std::string>() : fund,
                 fmt::format("REQ-{}", r.id));
    ins.exec();
    write_term_version(conn, conn.last_insert_id(), terms, ctx.now, ctx.user_name);
    write_audit(
        conn, ctx,
        {"add tactic", "promotion", r.promo_id, std::nullopt,
         fmt::format("discount_pct {} % on {} from request {}",
                     Percent::from_units(r.pct_units).to_string(), fmt::join(r.skus, ","), r.id),
         "", std::nullopt});
    recommit_promotion(conn, ctx, r.promo_id);
}

// What an approval turns the request into. Returns the condition's name ("" for a tactic).
std::string carry_out(db::Connection& conn, const ActionContext& ctx, const DiscountRequest& r) {
    if (!r.promo_id.empty()) {
        add_promotion_tactic(conn, ctx, r);
        return {};
    }
    ConditionInput c;
    c.name = fmt::format("REQ-{}", r.id);
    c.pct_units = r.pct_units;
    c.period = r.period;
    c.account = r.account;
    c.skus = r.skus;
    c.reason = r.reason;
    c.request_id = r.id;
    insert_condition(conn, ctx, c);
    return c.name;
}

}  // namespace

RequestOutcome request_discount(db::Connection& conn, const ActionContext& ctx,
                                const NewDiscountRequest& in) {
    db::Transaction tx(conn);
    RequestOutcome out;
    out.id = insert_request(conn, ctx, in);
    const auto r = find_request(conn, out.id);
    out.level = r->level;
    if (r->level == ApproverLevel::Auto) {
        record_decision(conn, ctx, *r, RequestStatus::Approved, "within the automatic limit", true);
        out.condition = carry_out(conn, ctx, *r);
        out.status = RequestStatus::Approved;
    }
    tx.commit();
    return out;
}

void approve_discount_request(db::Connection& conn, const ActionContext& ctx, std::int64_t id,
                              const std::string& reason) {
    db::Transaction tx(conn);
    const auto r = find_request(conn, id);
    if (!r) {
        throw UserError(fmt::format("no discount request {}", id));
    }
    record_decision(conn, ctx, *r, RequestStatus::Approved, reason);
    carry_out(conn, ctx, *r);
    tx.commit();
}

void reject_discount_request(db::Connection& conn, const ActionContext& ctx, std::int64_t id,
                             const std::string& reason) {
    db::Transaction tx(conn);
    const auto r = find_request(conn, id);
    if (!r) {
        throw UserError(fmt::format("no discount request {}", id));
    }
    record_decision(conn, ctx, *r, RequestStatus::Rejected, reason);
    tx.commit();
}

}  // namespace uplift
