#include "discounts/discount_request.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "discounts/reason_codes.h"
#include "errors.h"
#include "money/money.h"
#include "money/percent.h"
#include "pricing/prices.h"
#include "promotions/baseline.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr std::string_view kRequestRight = "discounts.request";
constexpr std::string_view kApproveRight = "discounts.approve";
constexpr std::string_view kApproveAnyRight = "discounts.approve_any";

std::optional<std::int64_t> setting_cents(db::Connection& conn, std::string_view key) {
    const std::string v = db::get_setting(conn, key);
    if (v.empty()) {
        return std::nullopt;
    }
    return std::stoll(v);
}

std::string pct_text(std::int64_t units) {
    return Percent::from_units(units).to_string() + " %";
}

std::string describe(const DiscountRequest& r) {
    return fmt::format("{} on {} × {} from {} to {}, reason {}, value {}{}", pct_text(r.pct_units),
                       r.account, fmt::join(r.skus, ","), to_iso(r.period.first),
                       to_iso(r.period.last), r.reason, format_minor(r.value_cents),
                       r.promo_id.empty() ? "" : ", promotion " + r.promo_id);
}

// ISO weeks the period touches.
std::int64_t weeks_touched(const Period& p) {
    return (monday_of(p.last) - monday_of(p.first)) / kWeek + 1;
}

}  // namespace

std::string request_status_name(RequestStatus s) {
    switch (s) {
        case RequestStatus::Pending:
            return "pending";
        case RequestStatus::Approved:
            return "approved";
        case RequestStatus::Rejected:
            return "rejected";
        case RequestStatus::Withdrawn:
            return "withdrawn";
    }
    return "pending";
}

std::optional<RequestStatus> parse_request_status(std::string_view text) {
    for (const auto s : {RequestStatus::Pending, RequestStatus::Approved, RequestStatus::Rejected,
                         RequestStatus::Withdrawn}) {
        if (request_status_name(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

std::string approver_level_code(ApproverLevel l) {
    switch (l) {
        case ApproverLevel::Auto:
            return "auto";
        case ApproverLevel::SalesManager:
            return "SM";
        case ApproverLevel::Finance:
            return "FIN";
    }
    return "FIN";
}

std::optional<ApproverLevel> parse_approver_level(std::string_view text) {
    for (const auto l :
         {ApproverLevel::Auto, ApproverLevel::SalesManager, ApproverLevel::Finance}) {
        if (approver_level_code(l) == text) {
            return l;
        }
    }
    return std::nullopt;
}

ApprovalMatrix load_approval_matrix(db::Connection& conn) {
    ApprovalMatrix m;
    m.auto_max_pct = setting_cents(conn, "discount_auto_max_pct").value_or(m.auto_max_pct);
    m.sm_max_pct = setting_cents(conn, "discount_sm_max_pct").value_or(m.sm_max_pct);
    m.auto_max_value = setting_cents(conn, "discount_auto_max_value");
    m.sm_max_value = setting_cents(conn, "discount_sm_max_value");
    return m;
}

void set_approval_matrix(db::Connection& conn, const ActionContext& ctx, const ApprovalMatrix& m) {
    require_right(conn, ctx, rights::kEditSettings, "change the discount approval matrix");
    if (m.auto_max_pct < 0 || m.sm_max_pct < m.auto_max_pct || m.sm_max_pct > Percent::kWhole) {
        throw UserError(
            "the approval matrix needs 0 ≤ automatic depth ≤ sales-manager depth ≤ 100 %");
    }
    if ((m.auto_max_value && *m.auto_max_value < 0) || (m.sm_max_value && *m.sm_max_value < 0) ||
        (m.auto_max_value && m.sm_max_value && *m.sm_max_value < *m.auto_max_value)) {
        throw UserError(
            "the approval matrix's value limits must not be negative, and the "
            "sales manager's must not be below the automatic one");
    }
    db::Transaction tx(conn);
    const ApprovalMatrix old = load_approval_matrix(conn);
    const auto text = [](const ApprovalMatrix& x) {
        const auto v = [](const std::optional<std::int64_t>& c) {
            return c ? format_minor(*c) : std::string("off");
        };
        return fmt::format("auto ≤ {} and ≤ {}; SM ≤ {} and ≤ {}; above: FIN",
                           pct_text(x.auto_max_pct), v(x.auto_max_value), pct_text(x.sm_max_pct),
                           v(x.sm_max_value));
    };
    const auto opt = [](const std::optional<std::int64_t>& c) {
        return c ? std::to_string(*c) : std::string();
    };
    db::set_setting(conn, "discount_auto_max_pct", std::to_string(m.auto_max_pct));
    db::set_setting(conn, "discount_sm_max_pct", std::to_string(m.sm_max_pct));
    db::set_setting(conn, "discount_auto_max_value", opt(m.auto_max_value));
    db::set_setting(conn, "discount_sm_max_value", opt(m.sm_max_value));
    write_audit(
        conn, ctx,
        {"update", "setting", "discount approval matrix", text(old), text(m), "", std::nullopt});
    tx.commit();
}

ApproverLevel route_request(const ApprovalMatrix& m, std::int64_t pct_units,
                            std::int64_t value_cents) {
    const auto within = [&](std::int64_t max_pct, const std::optional<std::int64_t>& max_value) {
        return pct_units <= max_pct && (!max_value || value_cents <= *max_value);
    };
    if (within(m.auto_max_pct, m.auto_max_value)) {
        return ApproverLevel::Auto;
    }
    if (within(m.sm_max_pct, m.sm_max_value)) {
        return ApproverLevel::SalesManager;
    }
    return ApproverLevel::Finance;
}

namespace {

// The requests of a status, or the one of an id, or all, with their skus: one query each, so
// finding one request costs one request's rows.
std::vector<DiscountRequest> load_requests(db::Connection& conn,
                                           std::optional<RequestStatus> status,
                                           std::optional<std::int64_t> id) {
    db::Statement s(conn,
                    "SELECT r.id, r.account_id, a.code, a.name, r.pct, r.valid_from, r.valid_to, "
                    "r.reason, r.expected_units, r.value, ifnull(p.code, ''), r.note, r.status, "
                    "r.approver_level, r.requested_by, u.name, r.requested_at, "
                    "ifnull(r.decided_by, ''), ifnull(r.decided_at, ''), r.decision_reason "
                    "FROM discount_requests r JOIN accounts a ON a.id = r.account_id "
                    "JOIN users u ON u.id = r.requested_by "
                    "LEFT JOIN promotions p ON p.id = r.promotion_id "
                    "WHERE (?1 IS NULL OR r.status = ?1) AND (?2 IS NULL OR r.id = ?2) "
                    "ORDER BY r.id");
    const std::optional<std::string> status_text =
        status ? std::optional<std::string>(request_status_name(*status)) : std::nullopt;
    s.bind_all(status_text, id);
    std::vector<DiscountRequest> out;
    std::map<std::int64_t, std::size_t> at;
    while (s.step()) {
        DiscountRequest r;
        r.id = s.get_int(0);
        r.account_id = s.get_int(1);
        r.account = s.get_text(2);
        r.account_name = s.get_text(3);
        r.pct_units = s.get_int(4);
        r.period = {parse_date(s.get_text_view(5)), parse_date(s.get_text_view(6))};
        r.reason = s.get_text(7);
        r.expected_units = s.get_opt_int(8);
        r.value_cents = s.get_int(9);
        r.promo_id = s.get_text(10);
        r.note = s.get_text(11);
        r.status = parse_request_status(s.get_text_view(12)).value_or(RequestStatus::Pending);
        r.level = parse_approver_level(s.get_text_view(13)).value_or(ApproverLevel::Finance);
        r.requested_by_id = s.get_int(14);
        r.requested_by = s.get_text(15);
        r.requested_at = s.get_text(16);
        r.decided_by = s.get_text(17);
        r.decided_at = s.get_text(18);
        r.decision_reason = s.get_text(19);
        at[r.id] = out.size();
        out.push_back(std::move(r));
    }
    db::Statement k(conn,
                    "SELECT s.request_id, p.id, p.sku FROM discount_request_skus s "
                    "JOIN products p ON p.id = s.product_id "
                    "JOIN discount_requests r ON r.id = s.request_id "
                    "WHERE (?1 IS NULL OR r.status = ?1) AND (?2 IS NULL OR r.id = ?2) "
                    "ORDER BY s.request_id, p.sku");
    k.bind_all(status_text, id);
    while (k.step()) {
        const auto it = at.find(k.get_int(0));
        if (it != at.end()) {
            out[it->second].product_ids.push_back(k.get_int(1));
            out[it->second].skus.push_back(k.get_text(2));
        }
    }
    return out;
}

}  // namespace

std::vector<DiscountRequest> list_requests(db::Connection& conn,
                                           std::optional<RequestStatus> status) {
    return load_requests(conn, status, std::nullopt);
}

std::optional<DiscountRequest> find_request(db::Connection& conn, std::int64_t id) {
    auto found = load_requests(conn, std::nullopt, id);
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

std::vector<Exact> expected_units_by_sku(const std::vector<Baseline>& baselines,
                                         const Period& period,
                                         std::optional<std::int64_t> expected_units) {
    std::vector<Exact> out;
    if (!expected_units) {
        const std::int64_t weeks = weeks_touched(period);
        for (const Baseline& b : baselines) {
            out.push_back({b.per_week.num * weeks});
        }
        return out;
    }
    std::vector<std::int64_t> weights;
    bool any = false;
    for (const Baseline& b : baselines) {
        weights.push_back(static_cast<std::int64_t>(b.per_week.num / (kExactDen / 1'000'000)));
        any = any || weights.back() > 0;
    }
    if (!any) {
        std::fill(weights.begin(), weights.end(), 1);
    }
    for (const std::int64_t units : largest_remainder(*expected_units, weights)) {
        out.push_back(Exact::whole(units));
    }
    return out;
}

std::int64_t estimate_request_value(db::Connection& conn, std::int64_t account_id,
                                    const std::vector<std::int64_t>& product_ids,
                                    std::int64_t pct_units, const Period& period,
                                    std::optional<std::int64_t> expected_units) {
    std::vector<std::int64_t> prices;
    std::vector<Baseline> baselines;
    for (const std::int64_t p : product_ids) {
        prices.push_back(effective_price(conn, account_id, p, period.first).list_price.minor());
        baselines.push_back(baseline_before(conn, account_id, p, period.first));
    }
    const std::vector<Exact> units = expected_units_by_sku(baselines, period, expected_units);
    // Units are exact over kExactDen; the depth is over a whole of 1,000,000 Percent units.
    Wide num = 0;
    for (std::size_t i = 0; i < prices.size(); ++i) {
        num += units[i].num * prices[i] * pct_units;
    }
    return round_half_away(num, kExactDen * Percent::kWhole);
}

std::int64_t insert_request(db::Connection& conn, const ActionContext& ctx,
                            const NewDiscountRequest& in) {
    require_right(conn, ctx, kRequestRight, "request discounts");
    db::Statement acc(conn, "SELECT id FROM accounts WHERE code = ?");
    acc.bind(1, in.account);
    if (!acc.step()) {
        throw UserError(fmt::format("unknown account '{}'", in.account));
    }
    const std::int64_t account_id = acc.get_int(0);
    if (in.skus.empty()) {
        throw UserError("a discount request needs at least one sku");
    }
    std::map<std::string, std::int64_t> products;
    db::Statement prod(conn, "SELECT id FROM products WHERE sku = ?");
    for (const auto& sku : in.skus) {
        prod.reset();
        prod.bind(1, sku);
        if (!prod.step()) {
            throw UserError(fmt::format("unknown sku '{}'", sku));
        }
        products[sku] = prod.get_int(0);
    }
    if (in.pct_units <= 0 || in.pct_units > Percent::kWhole) {
        throw UserError("a requested depth must be above 0 and at most 100 %");
    }
    if (in.period.last < in.period.first) {
        throw UserError(fmt::format("--to {} is before --from {}", to_iso(in.period.last),
                                    to_iso(in.period.first)));
    }
    if (in.expected_units && *in.expected_units < 0) {
        throw UserError("expected units must not be negative");
    }
    const std::string reason = require_reason_code(conn, in.reason);
    std::optional<std::int64_t> promotion_id;
    if (!in.promo_id.empty()) {
        db::Statement p(conn, "SELECT id, account_id, status FROM promotions WHERE code = ?");
        p.bind(1, in.promo_id);
        if (!p.step()) {
            throw UserError(fmt::format("unknown promotion '{}'", in.promo_id));
        }
        if (p.get_int(1) != account_id) {
            throw UserError(
                fmt::format("promotion {} is not for account {}", in.promo_id, in.account));
        }
        const std::string status = p.get_text(2);
        if (status == "cancelled" || status == "rejected" || status == "settled" ||
            status == "closed") {
            throw UserError(fmt::format("promotion {} is {}: a discount cannot be added to it",
                                        in.promo_id, status));
        }
        promotion_id = p.get_int(0);
        db::Statement line(
            conn, "SELECT 1 FROM promotion_lines WHERE promotion_id = ? AND product_id = ?");
        for (const auto& [sku, id] : products) {
            line.reset();
            line.bind_all(*promotion_id, id);
            if (!line.step()) {
                throw UserError(
                    fmt::format("sku {} is not a line of promotion {}", sku, in.promo_id));
            }
        }
    }
    std::vector<std::int64_t> ids;
    ids.reserve(products.size());
    for (const auto& [sku, id] : products) {
        ids.push_back(id);
    }
    const std::int64_t value =
        estimate_request_value(conn, account_id, ids, in.pct_units, in.period, in.expected_units);
    const ApproverLevel level = route_request(load_approval_matrix(conn), in.pct_units, value);
    db::Statement ins(conn,
                      "INSERT INTO discount_requests(account_id, pct, valid_from, valid_to, "
                      "reason, expected_units, value, promotion_id, note, approver_level, "
                      "requested_by, requested_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind_all(account_id, in.pct_units, to_iso(in.period.first), to_iso(in.period.last), reason,
                 in.expected_units, value, promotion_id, in.note, approver_level_code(level),
                 ctx.user_id, ctx.now);
    ins.exec();
    const std::int64_t id = conn.last_insert_id();
    db::Statement sku_ins(conn,
                          "INSERT INTO discount_request_skus(request_id, product_id) VALUES(?, ?)");
    for (const std::int64_t p : ids) {
        sku_ins.reset();
        sku_ins.bind_all(id, p);
        sku_ins.exec();
    }
    const auto stored = find_request(conn, id);
    write_audit(
        conn, ctx,
        {"request", "discount request", std::to_string(id), std::nullopt,
         describe(*stored) + ", approver " + approver_level_code(level), in.note, std::nullopt});
    return id;
}

std::string why_may_not_decide(db::Connection& conn, const ActionContext& ctx,
                               const DiscountRequest& r) {
    if (r.status != RequestStatus::Pending) {
        return fmt::format("request {} is {} already", r.id, request_status_name(r.status));
    }
    if (r.requested_by_id == ctx.user_id) {
        return fmt::format("nobody decides a discount request of their own (request {} is {}'s)",
                           r.id, r.requested_by);
    }
    if (has_right(conn, ctx, kApproveAnyRight)) {
        return {};
    }
    if (!has_right(conn, ctx, kApproveRight)) {
        return fmt::format("user '{}' may not decide discount requests", ctx.user_name);
    }
    if (r.level == ApproverLevel::Finance) {
        return fmt::format(
            "request {} ({}, value {}) is above the sales manager's limit: "
            "finance decides it",
            r.id, pct_text(r.pct_units), format_minor(r.value_cents));
    }
    return {};
}

void record_decision(db::Connection& conn, const ActionContext& ctx, const DiscountRequest& r,
                     RequestStatus to, const std::string& reason, bool automatic) {
    if (r.status != RequestStatus::Pending) {
        throw UserError(
            fmt::format("request {} is {} already", r.id, request_status_name(r.status)));
    }
    if (!automatic) {
        const std::string why = why_may_not_decide(conn, ctx, r);
        if (!why.empty()) {
            throw PermissionDenied(why);
        }
    }
    const std::string by = automatic ? std::string("auto") : ctx.user_name;
    db::Statement up(conn,
                     "UPDATE discount_requests SET status = ?, decided_by = ?, decided_at = ?, "
                     "decision_reason = ? WHERE id = ? AND status = 'pending'");
    up.bind_all(request_status_name(to), by, ctx.now, reason, r.id);
    up.exec();
    write_audit(
        conn, ctx,
        {automatic ? "auto-approve" : (to == RequestStatus::Approved ? "approve" : "reject"),
         "discount request", std::to_string(r.id), "pending",
         request_status_name(to) + (automatic ? " (auto)" : ""), reason, std::nullopt});
}

void withdraw_request(db::Connection& conn, const ActionContext& ctx, std::int64_t id,
                      const std::string& reason) {
    db::Transaction tx(conn);
    const auto r = find_request(conn, id);
    if (!r) {
        throw UserError(fmt::format("no discount request {}", id));
    }
    if (r->requested_by_id != ctx.user_id) {
        throw PermissionDenied(
            fmt::format("only {} who raised request {} may withdraw it", r->requested_by, id));
    }
    if (r->status != RequestStatus::Pending) {
        throw UserError(
            fmt::format("request {} is {} already", id, request_status_name(r->status)));
    }
    db::Statement up(conn,
                     "UPDATE discount_requests SET status = 'withdrawn', decided_by = ?, "
                     "decided_at = ?, decision_reason = ? WHERE id = ?");
    up.bind_all(ctx.user_name, ctx.now, reason, id);
    up.exec();
    write_audit(conn, ctx,
                {"withdraw", "discount request", std::to_string(id), "pending", "withdrawn", reason,
                 std::nullopt});
    tx.commit();
}

}  // namespace uplift
