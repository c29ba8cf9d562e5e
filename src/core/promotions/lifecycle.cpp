#include "promotions/lifecycle.h"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "money/money.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr std::array<std::pair<PromotionAction, const char*>, 8> kActions{{
    {PromotionAction::Plan, "plan"},
    {PromotionAction::Submit, "submit"},
    {PromotionAction::Approve, "approve"},
    {PromotionAction::Reject, "reject"},
    {PromotionAction::Cancel, "cancel"},
    {PromotionAction::Settle, "settle"},
    {PromotionAction::Close, "close"},
    {PromotionAction::Reopen, "reopen"},
}};

using S = PromotionStatus;

[[noreturn]] void refuse_state(const Promotion& p, PromotionStatus shown, PromotionAction a) {
    throw UserError(fmt::format("promotion {} is {}; it cannot be {}", p.code, status_name(shown),
                                a == PromotionAction::Plan      ? "planned"
                                : a == PromotionAction::Submit  ? "submitted"
                                : a == PromotionAction::Approve ? "approved"
                                : a == PromotionAction::Reject  ? "rejected"
                                : a == PromotionAction::Cancel  ? "cancelled"
                                : a == PromotionAction::Settle  ? "settled"
                                : a == PromotionAction::Close   ? "closed"
                                                                : "reopened"));
}

std::optional<std::int64_t> requester_of(db::Connection& conn, std::int64_t id) {
    db::Statement s(conn, "SELECT requested_by FROM promotions WHERE id = ?");
    s.bind(1, id);
    return s.step() ? s.get_opt_int(0) : std::nullopt;
}

}  // namespace

std::optional<PromotionAction> parse_promotion_action(const std::string& text) {
    for (const auto& [a, name] : kActions) {
        if (text == name) {
            return a;
        }
    }
    return std::nullopt;
}

std::string promotion_action_name(PromotionAction a) {
    for (const auto& [x, name] : kActions) {
        if (x == a) {
            return name;
        }
    }
    return "?";
}

std::vector<PromotionOverlap> find_overlaps(db::Connection& conn, const Promotion& p) {
    db::Statement s(conn,
                    "SELECT o.code, pr.sku, o.instore_from, o.instore_to FROM promotions o "
                    "JOIN promotion_lines ol ON ol.promotion_id = o.id "
                    "JOIN promotion_lines me ON me.product_id = ol.product_id AND "
                    " me.promotion_id = ?1 "
                    "JOIN products pr ON pr.id = ol.product_id "
                    "WHERE o.id <> ?1 AND o.account_id = ?2 AND o.status NOT IN "
                    "('cancelled', 'rejected') AND o.instore_from <= ?4 AND o.instore_to >= ?3 "
                    "ORDER BY o.code, pr.sku");
    s.bind_all(p.id, p.account_id, to_iso(p.instore.first), to_iso(p.instore.last));
    std::vector<PromotionOverlap> out;
    while (s.step()) {
        out.push_back({s.get_text(0),
                       s.get_text(1),
                       {parse_date(s.get_text_view(2)), parse_date(s.get_text_view(3))}});
    }
    return out;
}

bool may_edit_promotion(db::Connection& conn, const ActionContext& ctx, const Promotion& p) {
    if (!has_right(conn, ctx, "promotions.edit")) {
        return false;
    }
    if (ctx.is_admin() || ctx.has_role(Role::SalesManager)) {
        return true;
    }
    if (ctx.has_role(Role::KeyAccountManager)) {
        db::Statement s(conn, "SELECT kam_id FROM accounts WHERE id = ?");
        s.bind(1, p.account_id);
        if (s.step() && s.get_opt_int(0) == ctx.user_id) {
            return true;
        }
    }
    if (ctx.has_role(Role::BrandManager) && !p.lines.empty()) {
        db::Statement s(conn,
                        "SELECT count(*) FROM promotion_lines l JOIN products pr ON "
                        "pr.id = l.product_id JOIN brands b ON b.id = pr.brand_id WHERE "
                        "l.promotion_id = ? AND b.manager_id IS NOT ?");
        s.bind_all(p.id, ctx.user_id);
        if (s.step() && s.get_int(0) == 0) {
            return true;
        }
    }
    return false;
}

PromotionStatus apply_transition(db::Connection& conn, const ActionContext& ctx, const Promotion& p,
                                 const TransitionRequest& r) {
    const PromotionStatus shown = displayed_status(p.status, p.instore, ctx.today);
    PromotionStatus to = p.status;
    const auto need_edit = [&] {
        if (!may_edit_promotion(conn, ctx, p)) {
            throw PermissionDenied(fmt::format(
                "user '{}' may not change promotion {} (needs 'promotions.edit' for its "
                "brands or account)",
                ctx.user_name, p.code));
        }
    };
    const auto need_right = [&](const char* right, const char* what) {
        require_right(conn, ctx, right, fmt::format("{} promotion {}", what, p.code));
    };
    const auto need_reason = [&] {
        if (r.reason.empty()) {
            throw UserError(fmt::format("a reason is needed to {} promotion {}",
                                        promotion_action_name(r.action), p.code));
        }
    };
    switch (r.action) {
        case PromotionAction::Plan:
            if (shown != S::Draft) {
                refuse_state(p, shown, r.action);
            }
            need_edit();
            to = S::Planned;
            break;
        case PromotionAction::Submit:
            if (shown != S::Draft && shown != S::Planned) {
                refuse_state(p, shown, r.action);
            }
            need_edit();
            if (p.lines.empty()) {
                throw UserError(fmt::format("promotion {} has no lines to submit", p.code));
            }
            to = S::Submitted;
            break;
        case PromotionAction::Approve: {
            if (p.status != S::Submitted) {
                refuse_state(p, shown, r.action);
            }
            need_right("promotions.approve", "approve");
            if (requester_of(conn, p.id) == ctx.user_id) {
                throw PermissionDenied(
                    fmt::format("user '{}' submitted promotion {} and may not approve it",
                                ctx.user_name, p.code));
            }
            const bool unlimited = ctx.is_admin() || ctx.has_role(Role::Finance);
            const std::int64_t limit = std::stoll(db::get_setting(conn, "sm_approval_limit"));
            if (!unlimited && r.planned_spend_cents > limit) {
                throw PermissionDenied(fmt::format(
                    "promotion {} plans a spend of {}, above the sales manager's approval limit "
                    "of {}; finance approves it",
                    p.code, format_minor(r.planned_spend_cents), format_minor(limit)));
            }
            const auto overlaps = find_overlaps(conn, p);
            if (!overlaps.empty() && (!r.overlap_reason || r.overlap_reason->empty())) {
                throw UserError(fmt::format(
                    "promotion {} overlaps promotion {} on sku {} ({} to {}); approve with an "
                    "override reason to accept it",
                    p.code, overlaps.front().other_code, overlaps.front().sku,
                    to_iso(overlaps.front().other_instore.first),
                    to_iso(overlaps.front().other_instore.last)));
            }
            if (!overlaps.empty()) {
                db::Statement s(conn, "UPDATE promotions SET overlap_reason = ? WHERE id = ?");
                s.bind_all(*r.overlap_reason, p.id);
                s.exec();
            }
            to = S::Approved;
            break;
        }
        case PromotionAction::Reject:
            if (p.status != S::Submitted) {
                refuse_state(p, shown, r.action);
            }
            need_right("promotions.approve", "reject");
            need_reason();
            to = S::Rejected;
            break;
        case PromotionAction::Cancel:
            // Cancelled from any state before Active.
            if (shown != S::Draft && shown != S::Planned && shown != S::Submitted &&
                shown != S::Approved && shown != S::Rejected) {
                refuse_state(p, shown, r.action);
            }
            if (!has_right(conn, ctx, "promotions.approve")) {
                need_edit();
            }
            need_reason();
            to = S::Cancelled;
            break;
        case PromotionAction::Settle:
            if (shown != S::Ended && shown != S::Active) {
                refuse_state(p, shown, r.action);
            }
            need_right("promotions.close", "settle");
            to = S::Settled;
            break;
        case PromotionAction::Close:
            if (shown != S::Ended && shown != S::Settled) {
                refuse_state(p, shown, r.action);
            }
            need_right("promotions.close", "close");
            to = S::Closed;
            break;
        case PromotionAction::Reopen:
            if (shown != S::Rejected) {
                refuse_state(p, shown, r.action);
            }
            need_edit();
            to = S::Draft;
            break;
    }
    db::Statement upd(conn, "UPDATE promotions SET status = ? WHERE id = ?");
    upd.bind_all(status_name(to), p.id);
    upd.exec();
    if (r.action == PromotionAction::Submit) {
        db::Statement req(conn, "UPDATE promotions SET requested_by = ? WHERE id = ?");
        req.bind_all(ctx.user_id, p.id);
        req.exec();
    }
    db::Statement log(conn,
                      "INSERT INTO promotion_status_log(promotion_id, at, user_name, from_status, "
                      "to_status, reason) VALUES(?, ?, ?, ?, ?, ?)");
    log.bind_all(p.id, ctx.now, ctx.user_name, status_name(p.status), status_name(to), r.reason);
    log.exec();
    write_audit(conn, ctx,
                {promotion_action_name(r.action), "promotion", p.code, status_name(p.status),
                 status_name(to), r.reason, std::nullopt});
    return to;
}

}  // namespace uplift
