#include "workflows/promotion_workflows.h"

#include <fmt/format.h>

#include "analytics/elasticity.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "funds/commitments.h"
#include "funds/fund.h"
#include "masterdata/account_store.h"
#include "masterdata/product_store.h"
#include "promotions/promotion_content.h"
#include "security/audit.h"

namespace uplift {

namespace {

Promotion require_promotion(db::Connection& conn, const std::string& code) {
    auto p = load_promotion(conn, code);
    if (!p) {
        throw UserError(fmt::format("unknown promotion '{}'", code));
    }
    return std::move(*p);
}

std::optional<std::int64_t> campaign_id_of(db::Connection& conn, const Promotion& p) {
    db::Statement s(conn, "SELECT campaign_id FROM promotions WHERE id = ?");
    s.bind(1, p.id);
    return s.step() ? s.get_opt_int(0) : std::nullopt;
}

}  // namespace

PlannedPnl simulate_promotion(db::Connection& conn, const Promotion& p) {
    return plan_promotion(conn, p, [&](std::int64_t product_id) {
        return elasticity_for_planning(conn, product_id);
    });
}

namespace {

// Each tactic's planned spend in cents with the fund it draws on. Tactics without a fund
// commit nothing (imported history often has none).
std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> planned_by_tactic(
    db::Connection& conn, const Promotion& p) {
    const PlannedPnl pnl = simulate_promotion(conn, p);
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> out;
    for (const auto& t : p.tactics) {
        if (t.fund.empty()) {
            continue;
        }
        const auto fund = find_fund(conn, t.fund);
        if (!fund) {
            throw UserError(
                fmt::format("promotion {}: the {} tactic draws on fund '{}', which "
                            "does not exist",
                            p.code, tactic_kind_name(t.kind), t.fund));
        }
        const auto it = pnl.tactic_spend.find(t.id);
        out[t.id] = {fund->id, it == pnl.tactic_spend.end() ? 0 : round_whole(it->second)};
    }
    return out;
}

void guard_funds(db::Connection& conn, const ActionContext& ctx,
                 const std::vector<std::int64_t>& funds, const std::string& code,
                 const std::optional<std::string>& overspend_reason) {
    std::optional<OverspendOverride> ovr;
    if (overspend_reason) {
        ovr = OverspendOverride{*overspend_reason};
    }
    for (const auto f : funds) {
        guard_overspend(conn, ctx, f, ovr, fmt::format("committing promotion {}", code));
    }
}

}  // namespace

PromotionStatus change_promotion_status(db::Connection& conn, const ActionContext& ctx,
                                        const std::string& code, TransitionRequest request,
                                        const std::optional<std::string>& overspend_reason) {
    db::Transaction tx(conn);
    const Promotion p = require_promotion(conn, code);
    if (request.action == PromotionAction::Approve) {
        request.planned_spend_cents = round_whole(simulate_promotion(conn, p).spend);
    }
    const PromotionStatus to = apply_transition(conn, ctx, p, request);
    if (request.action == PromotionAction::Approve) {
        guard_funds(conn, ctx, commit_planned(conn, ctx, p.id, planned_by_tactic(conn, p)), code,
                    overspend_reason);
    } else if (request.action == PromotionAction::Cancel ||
               request.action == PromotionAction::Close) {
        release_promotion(
            conn, ctx, p.id,
            fmt::format("promotion {} {}", code,
                        request.action == PromotionAction::Cancel ? "cancelled" : "closed"));
    }
    tx.commit();
    return to;
}

void recommit_promotion(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                        const std::optional<std::string>& overspend_reason) {
    const Promotion p = require_promotion(conn, code);
    if (p.status != PromotionStatus::Approved) {
        return;
    }
    guard_funds(conn, ctx, commit_planned(conn, ctx, p.id, planned_by_tactic(conn, p)), code,
                overspend_reason);
}

std::vector<PromotionOverlap> create_promotion(db::Connection& conn, const ActionContext& ctx,
                                               const PromotionDraft& d) {
    if (d.code.empty()) {
        throw UserError("a promotion needs an id");
    }
    if (d.instore.last < d.instore.first) {
        throw UserError(fmt::format("promotion {}: the end {} is before the start {}", d.code,
                                    to_iso(d.instore.last), to_iso(d.instore.first)));
    }
    if (d.skus.empty()) {
        throw UserError(fmt::format("promotion {} needs at least one sku", d.code));
    }
    if (d.discount_pct_units < 0 || d.discount_pct_units > 1'000'000) {
        throw UserError("the discount must be between 0 and 100 %");
    }
    db::Transaction tx(conn);
    if (load_promotion(conn, d.code)) {
        throw UserError(fmt::format("promotion '{}' exists already", d.code));
    }
    NewPromotion n;
    n.code = d.code;
    n.name = d.name.empty() ? d.code : d.name;
    const auto account = find_account_id(conn, d.account);
    if (!account) {
        throw UserError(fmt::format("unknown account '{}'", d.account));
    }
    n.account_id = *account;
    n.instore = d.instore;
    n.ship = default_ship_period(d.instore);
    if (!d.campaign.empty()) {
        n.campaign_id = ensure_campaign(conn, d.campaign, nullptr);
    }
    NewTactic discount{TacticKind::DiscountPct, d.fund, 1'000'000, {}};
    for (const auto& sku : d.skus) {
        const auto product = find_product_record(conn, sku);
        if (!product) {
            throw UserError(fmt::format("unknown sku '{}'", sku));
        }
        n.lines.push_back({product->id, std::nullopt});
    }
    if (d.discount_pct_units > 0) {
        discount.terms.push_back({std::nullopt, d.instore, d.discount_pct_units});
        n.tactics.push_back(discount);
    }
    if (d.fixed_cost_cents > 0) {
        n.tactics.push_back({TacticKind::FixedFee,
                             d.fund,
                             1'000'000,
                             {{std::nullopt, d.instore, d.fixed_cost_cents}}});
    }
    const std::int64_t id = insert_promotion(conn, n, ctx.now, ctx.user_name);
    const Promotion created = require_promotion(conn, d.code);
    if (!may_edit_promotion(conn, ctx, created)) {
        throw PermissionDenied(fmt::format(
            "user '{}' may not create promotion {} (needs 'promotions.edit' for its brands or "
            "account)",
            ctx.user_name, d.code));
    }
    db::Statement req(conn, "UPDATE promotions SET requested_by = ? WHERE id = ?");
    req.bind_all(ctx.user_id, id);
    req.exec();
    write_audit(
        conn, ctx,
        {"create", "promotion", d.code, std::nullopt, new_promotion_json(n), "", std::nullopt});
    auto overlaps = find_overlaps(conn, created);
    tx.commit();
    return overlaps;
}

std::vector<std::string> copy_promotion(db::Connection& conn, const ActionContext& ctx,
                                        const std::string& code,
                                        const std::vector<std::string>& to_accounts,
                                        std::int64_t shift_days) {
    db::Transaction tx(conn);
    const Promotion src = require_promotion(conn, code);
    const NewPromotion base = promotion_as_new(src, campaign_id_of(conn, src));
    const auto shift = [&](const Period& p) {
        return Period{p.first + boost::gregorian::days(shift_days),
                      p.last + boost::gregorian::days(shift_days)};
    };
    std::vector<std::string> targets = to_accounts;
    if (targets.empty()) {
        targets.push_back(src.account);
    }
    std::vector<std::string> created;
    for (const auto& account : targets) {
        const auto account_id = find_account_id(conn, account);
        if (!account_id) {
            throw UserError(fmt::format("unknown account '{}'", account));
        }
        NewPromotion n = base;
        n.account_id = *account_id;
        n.status = PromotionStatus::Draft;
        n.instore = shift(base.instore);
        n.ship = shift(base.ship);
        for (auto& t : n.tactics) {
            for (auto& term : t.terms) {
                term.period = shift(term.period);
            }
        }
        // A readable, unique id: the source id, the target account and the new start year.
        std::string new_code = fmt::format("{}-{}-{}", code, account, n.instore.first.year());
        for (int k = 2; load_promotion(conn, new_code); ++k) {
            new_code = fmt::format("{}-{}-{}-{}", code, account, n.instore.first.year(), k);
        }
        n.code = new_code;
        n.name = src.name;
        const std::int64_t id = insert_promotion(conn, n, ctx.now, ctx.user_name);
        const Promotion made = require_promotion(conn, new_code);
        if (!may_edit_promotion(conn, ctx, made)) {
            throw PermissionDenied(
                fmt::format("user '{}' may not create promotions for account "
                            "'{}'",
                            ctx.user_name, account));
        }
        db::Statement req(conn, "UPDATE promotions SET requested_by = ? WHERE id = ?");
        req.bind_all(ctx.user_id, id);
        req.exec();
        write_audit(conn, ctx,
                    {"copy", "promotion", new_code, code, new_promotion_json(n), "", std::nullopt});
        created.push_back(new_code);
    }
    tx.commit();
    return created;
}

}  // namespace uplift
