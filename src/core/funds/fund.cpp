#include "funds/fund.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "funds/accruals.h"
#include "masterdata/account_store.h"
#include "masterdata/product_store.h"
#include "money/money.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr const char* kFundSelect =
    "SELECT f.id, f.name, ifnull(pf.name, ''), f.parent_id, f.type = 'accrual', f.rate, "
    "f.per_unit, ifnull(b.name, ''), ifnull(a.code, ''), ifnull(c.name, ''), "
    "ifnull(r.name, ''), f.valid_from, f.valid_to, f.cash_limit, ifnull(u.name, ''), "
    "f.warning_pct FROM funds f LEFT JOIN funds pf ON pf.id = f.parent_id "
    "LEFT JOIN brands b ON b.id = f.brand_id LEFT JOIN accounts a ON a.id = f.account_id "
    "LEFT JOIN channels c ON c.id = f.channel_id LEFT JOIN regions r ON r.id = f.region_id "
    "LEFT JOIN users u ON u.id = f.owner_id ";

Fund read_fund(const db::Statement& s) {
    Fund f;
    f.id = s.get_int(0);
    f.name = s.get_text(1);
    f.parent = s.get_text(2);
    f.parent_id = s.get_opt_int(3);
    f.accrual = s.get_int(4) != 0;
    f.rate = s.get_opt_int(5);
    f.per_unit = s.get_opt_int(6);
    f.brand = s.get_text(7);
    f.account = s.get_text(8);
    f.channel = s.get_text(9);
    f.region = s.get_text(10);
    if (!s.is_null(11)) {
        f.valid_from = parse_date(s.get_text_view(11));
    }
    if (!s.is_null(12)) {
        f.valid_to = parse_date(s.get_text_view(12));
    }
    f.cash_limit = s.get_opt_int(13);
    f.owner = s.get_text(14);
    f.warning_pct = s.get_int(15);
    return f;
}

Fund require_fund(db::Connection& conn, const std::string& name) {
    auto f = find_fund(conn, name);
    if (!f) {
        throw UserError(fmt::format("unknown fund '{}'", name));
    }
    return std::move(*f);
}

std::optional<std::int64_t> id_by_name(db::Connection& conn, const char* sql,
                                       const std::string& name, const char* what) {
    if (name.empty()) {
        return std::nullopt;
    }
    db::Statement s(conn, sql);
    s.bind(1, name);
    if (!s.step()) {
        throw UserError(fmt::format("unknown {} '{}'", what, name));
    }
    return s.get_int(0);
}

// A BM may create and fund only what belongs to brands they manage (or sits below a fund they
// own); FIN and Admin may do it for any fund.
void require_fund_rights(db::Connection& conn, const ActionContext& ctx,
                         std::optional<std::int64_t> brand_id,
                         std::optional<std::int64_t> parent_id, const std::string& what) {
    require_right(conn, ctx, "funds.create", what);
    if (ctx.is_admin() || ctx.has_role(Role::Finance)) {
        return;
    }
    if (parent_id && owns_fund(conn, ctx, *parent_id)) {
        return;
    }
    if (brand_id) {
        db::Statement s(conn, "SELECT manager_id FROM brands WHERE id = ?");
        s.bind(1, *brand_id);
        if (s.step() && s.get_opt_int(0) == ctx.user_id) {
            return;
        }
    }
    throw PermissionDenied(fmt::format(
        "user '{}' may not {}: a brand manager funds only their own brands", ctx.user_name, what));
}

}  // namespace

std::vector<Fund> list_funds(db::Connection& conn) {
    db::Statement s(conn, std::string(kFundSelect) + "ORDER BY f.name");
    std::vector<Fund> out;
    while (s.step()) {
        out.push_back(read_fund(s));
    }
    return out;
}

std::optional<Fund> find_fund(db::Connection& conn, const std::string& name) {
    db::Statement s(conn, std::string(kFundSelect) + "WHERE f.name = ?");
    s.bind(1, name);
    if (!s.step()) {
        return std::nullopt;
    }
    return read_fund(s);
}

bool owns_fund(db::Connection& conn, const ActionContext& ctx, std::int64_t fund_id) {
    db::Statement s(conn,
                    "WITH RECURSIVE up(id, parent_id, owner_id) AS (SELECT id, parent_id, owner_id "
                    "FROM funds WHERE id = ? UNION ALL SELECT f.id, f.parent_id, f.owner_id FROM "
                    "funds f JOIN up ON f.id = up.parent_id) "
                    "SELECT count(*) FROM up WHERE owner_id = ?");
    s.bind_all(fund_id, ctx.user_id);
    s.step();
    return s.get_int(0) > 0;
}

std::int64_t create_fund(db::Connection& conn, const ActionContext& ctx, const FundSpec& spec) {
    if (spec.name.empty() || spec.name.size() > 100) {
        throw UserError("a fund needs a name of 1 to 100 characters");
    }
    if (spec.accrual == !(spec.rate || spec.per_unit)) {
        throw UserError(
            spec.accrual
                ? fmt::format("accrual fund '{}' needs --rate PCT or --per-unit AMOUNT", spec.name)
                : fmt::format("fund '{}': a rate makes sense for accrual funds only", spec.name));
    }
    if (spec.rate && spec.per_unit) {
        throw UserError(
            fmt::format("fund '{}': give a rate or an amount per unit, not both", spec.name));
    }
    if (spec.valid_from && spec.valid_to && *spec.valid_to < *spec.valid_from) {
        throw UserError(fmt::format("fund '{}': the period ends before it starts", spec.name));
    }
    db::Transaction tx(conn);
    if (find_fund(conn, spec.name)) {
        throw UserError(fmt::format("fund '{}' exists already", spec.name));
    }
    std::optional<std::int64_t> parent_id;
    if (!spec.parent.empty()) {
        parent_id = require_fund(conn, spec.parent).id;
    }
    const auto brand_id =
        id_by_name(conn, "SELECT id FROM brands WHERE name = ?", spec.brand, "brand");
    require_fund_rights(conn, ctx, brand_id, parent_id, fmt::format("create fund '{}'", spec.name));
    const auto account_id =
        id_by_name(conn, "SELECT id FROM accounts WHERE code = ?", spec.account, "account");
    const auto channel_id =
        id_by_name(conn, "SELECT id FROM channels WHERE name = ?", spec.channel, "channel");
    const auto region_id =
        id_by_name(conn, "SELECT id FROM regions WHERE name = ?", spec.region, "region");
    const auto owner_id =
        spec.owner.empty()
            ? std::optional<std::int64_t>(ctx.user_id)
            : id_by_name(conn, "SELECT id FROM users WHERE name = ?", spec.owner, "user");
    const auto iso = [](const std::optional<Date>& d) {
        return d ? std::optional<std::string>(to_iso(*d)) : std::nullopt;
    };
    db::Statement ins(conn,
                      "INSERT INTO funds(name, parent_id, type, rate, per_unit, brand_id, "
                      "account_id, channel_id, region_id, valid_from, valid_to, cash_limit, "
                      "owner_id, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind_all(spec.name, parent_id, spec.accrual ? "accrual" : "fixed", spec.rate, spec.per_unit,
                 brand_id, account_id, channel_id, region_id, iso(spec.valid_from),
                 iso(spec.valid_to), spec.cash_limit, owner_id, ctx.now);
    ins.exec();
    const std::int64_t id = conn.last_insert_id();
    if (spec.accrual) {
        accrue_existing(conn, ctx, id);
    }
    const nlohmann::json j{{"name", spec.name},
                           {"parent", spec.parent},
                           {"type", spec.accrual ? "accrual" : "fixed"},
                           {"brand", spec.brand},
                           {"account", spec.account},
                           {"channel", spec.channel},
                           {"region", spec.region}};
    write_audit(conn, ctx, {"create", "fund", spec.name, std::nullopt, j.dump(), "", std::nullopt});
    tx.commit();
    return id;
}

void guard_overspend(db::Connection& conn, const ActionContext& ctx, std::int64_t fund_id,
                     const std::optional<OverspendOverride>& override_, const std::string& what) {
    const FundFigures f = fund_figures(conn, fund_id);
    if (f.available() >= 0) {
        return;
    }
    db::Statement n(conn, "SELECT name FROM funds WHERE id = ?");
    n.bind(1, fund_id);
    n.step();
    const std::string name = n.get_text(0);
    if (!override_) {
        throw UserError(fmt::format(
            "{} would leave fund '{}' with {} available; refused (a finance user may override "
            "with a reason)",
            what, name, format_minor(f.available())));
    }
    if (!has_right(conn, ctx, "funds.override")) {
        throw PermissionDenied(fmt::format("user '{}' may not override an overspend of fund '{}'",
                                           ctx.user_name, name));
    }
    if (override_->reason.empty()) {
        throw UserError("an overspend override needs a reason");
    }
    write_audit(conn, ctx,
                {"override overspend", "fund", name, std::nullopt, format_minor(f.available()),
                 override_->reason, std::nullopt});
}

std::int64_t allocate(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                      std::int64_t cents, const std::string& reason) {
    if (cents <= 0) {
        throw UserError("an allocation must be a positive amount");
    }
    db::Transaction tx(conn);
    const Fund f = require_fund(conn, name);
    std::optional<std::int64_t> brand_id;
    if (!f.brand.empty()) {
        brand_id = find_brand_id(conn, f.brand);
    }
    require_fund_rights(conn, ctx, brand_id, f.parent_id,
                        fmt::format("allocate to fund '{}'", name));
    const std::int64_t entry = book(conn, ctx,
                                    {0, f.id, LedgerKind::Allocation, cents, ctx.today, "manual",
                                     std::nullopt, std::nullopt, ctx.user_name, reason});
    if (f.parent_id) {
        // Carve-out: the parent distributes what the child receives, never more than it has.
        book(conn, ctx,
             {0, *f.parent_id, LedgerKind::Distribution, cents, ctx.today, "manual", f.id,
              std::nullopt, ctx.user_name, reason});
        const FundFigures p = fund_figures(conn, *f.parent_id);
        if (p.available() < 0) {
            throw UserError(
                fmt::format("fund '{}' has only {} available; it cannot give {} to '{}'", f.parent,
                            format_minor(p.available() + cents), format_minor(cents), name));
        }
    }
    write_audit(
        conn, ctx,
        {"allocate", "fund", name, std::nullopt, format_minor(cents), reason, std::nullopt});
    tx.commit();
    return entry;
}

namespace {

Fund fund_by_id(db::Connection& conn, std::int64_t id) {
    db::Statement s(conn, std::string(kFundSelect) + "WHERE f.id = ?");
    s.bind(1, id);
    if (!s.step()) {
        throw UserError(fmt::format("unknown fund #{}", id));
    }
    return read_fund(s);
}

// The entry `id` when it is of `kind` from `source_type`; a UserError naming `what` otherwise.
LedgerEntry entry_of(db::Connection& conn, std::int64_t id, LedgerKind kind,
                     const char* source_type, const char* what) {
    auto e = find_entry(conn, id);
    if (!e || e->kind != kind || e->source_type != source_type) {
        throw UserError(fmt::format("ledger entry {} is not {}", id, what));
    }
    return std::move(*e);
}

// The entry booked right after `first` in the same action, checked to be its counterpart.
LedgerEntry counterpart_of(db::Connection& conn, const LedgerEntry& first, std::int64_t fund_id,
                           LedgerKind kind, std::int64_t source_id) {
    const auto e = find_entry(conn, first.id + 1);
    if (!e || e->kind != kind || e->fund_id != fund_id || e->source_id != source_id ||
        e->amount != first.amount) {
        throw DatabaseError(
            fmt::format("ledger entry {} has no counterpart {}", first.id, ledger_kind_name(kind)));
    }
    return *e;
}

}  // namespace

void reverse_allocation(db::Connection& conn, const ActionContext& ctx,
                        std::int64_t allocation_entry, const std::string& reason) {
    db::Transaction tx(conn);
    const LedgerEntry a =
        entry_of(conn, allocation_entry, LedgerKind::Allocation, "manual", "an allocation");
    const Fund f = fund_by_id(conn, a.fund_id);
    std::optional<std::int64_t> brand_id;
    if (!f.brand.empty()) {
        brand_id = find_brand_id(conn, f.brand);
    }
    require_fund_rights(conn, ctx, brand_id, f.parent_id,
                        fmt::format("take back an allocation to fund '{}'", f.name));
    book_reversal(conn, ctx, a.id, reason);
    if (f.parent_id) {
        book_reversal(conn, ctx,
                      counterpart_of(conn, a, *f.parent_id, LedgerKind::Distribution, f.id).id,
                      reason);
    }
    const FundFigures after = fund_figures(conn, f.id);
    if (after.available() < 0) {
        throw UserError(fmt::format(
            "fund '{}' has only {} available; the allocation of {} cannot be taken back", f.name,
            format_minor(after.available() + a.amount), format_minor(a.amount)));
    }
    write_audit(conn, ctx,
                {"reverse allocation", "fund", f.name, format_minor(a.amount), std::nullopt, reason,
                 std::nullopt});
    tx.commit();
}

namespace {

// Checks rights and books the two entries of a transfer; the caller holds the transaction.
std::int64_t book_transfer(db::Connection& conn, const ActionContext& ctx, const Fund& a,
                           const Fund& b, std::int64_t cents, const std::string& reason,
                           const std::optional<OverspendOverride>& override_) {
    const std::int64_t out = book(conn, ctx,
                                  {0, a.id, LedgerKind::TransferOut, cents, ctx.today, "transfer",
                                   b.id, std::nullopt, ctx.user_name, reason});
    book(conn, ctx,
         {0, b.id, LedgerKind::TransferIn, cents, ctx.today, "transfer", a.id, std::nullopt,
          ctx.user_name, reason});
    guard_overspend(conn, ctx, a.id, override_,
                    fmt::format("transferring {}", format_minor(cents)));
    write_audit(conn, ctx,
                {"transfer", "fund", a.name + " -> " + b.name, std::nullopt, format_minor(cents),
                 reason, std::nullopt});
    return out;
}

// Who may move money out of fund `a` into `b` (the rights of check_transfer).
void require_transfer_rights(db::Connection& conn, const ActionContext& ctx, const Fund& a,
                             const Fund& b) {
    require_right(conn, ctx, "funds.transfer", fmt::format("transfer from fund '{}'", a.name));
    const bool any = ctx.is_admin() || ctx.has_role(Role::Finance);
    const bool partners = ctx.has_role(Role::SalesManager) &&
                          (!a.account.empty() || !a.region.empty()) &&
                          (!b.account.empty() || !b.region.empty());
    if (!any && !partners && !owns_fund(conn, ctx, a.id)) {
        throw PermissionDenied(fmt::format(
            "user '{}' may not transfer from fund '{}': it is not theirs", ctx.user_name, a.name));
    }
}

void check_transfer(db::Connection& conn, const ActionContext& ctx, const Fund& a, const Fund& b,
                    std::int64_t cents, const std::string& reason) {
    if (cents <= 0) {
        throw UserError("a transfer must be a positive amount");
    }
    if (reason.empty()) {
        throw UserError("a transfer needs a reason");
    }
    if (a.id == b.id) {
        throw UserError("a transfer needs two different funds");
    }
    require_transfer_rights(conn, ctx, a, b);
}

std::optional<std::int64_t> approval_limit(db::Connection& conn) {
    const std::string limit = db::get_setting(conn, "transfer_approval_limit");
    if (limit.empty()) {
        return std::nullopt;
    }
    return std::stoll(limit);
}

}  // namespace

std::int64_t transfer(db::Connection& conn, const ActionContext& ctx, const std::string& from,
                      const std::string& to, std::int64_t cents, const std::string& reason,
                      const std::optional<OverspendOverride>& override_) {
    db::Transaction tx(conn);
    const Fund a = require_fund(conn, from);
    const Fund b = require_fund(conn, to);
    check_transfer(conn, ctx, a, b, cents, reason);
    if (const auto limit = approval_limit(conn); limit && cents > *limit) {
        throw UserError(
            fmt::format("a transfer of {} is above the approval limit of {}: request it with "
                        "'fund transfer-request' for someone else to approve",
                        format_minor(cents), format_minor(*limit)));
    }
    const std::int64_t out = book_transfer(conn, ctx, a, b, cents, reason, override_);
    tx.commit();
    return out;
}

void reverse_transfer(db::Connection& conn, const ActionContext& ctx, std::int64_t out_entry,
                      const std::string& reason) {
    db::Transaction tx(conn);
    const LedgerEntry out =
        entry_of(conn, out_entry, LedgerKind::TransferOut, "transfer", "a transfer out");
    const Fund a = fund_by_id(conn, out.fund_id);
    const Fund b = fund_by_id(conn, out.source_id.value_or(0));
    require_transfer_rights(conn, ctx, a, b);
    book_reversal(conn, ctx, out.id, reason);
    book_reversal(conn, ctx, counterpart_of(conn, out, b.id, LedgerKind::TransferIn, a.id).id,
                  reason);
    const FundFigures after = fund_figures(conn, b.id);
    if (after.available() < 0) {
        throw UserError(fmt::format(
            "fund '{}' has only {} available; the transfer of {} from '{}' cannot be taken back",
            b.name, format_minor(after.available() + out.amount), format_minor(out.amount),
            a.name));
    }
    write_audit(conn, ctx,
                {"reverse transfer", "fund", a.name + " -> " + b.name, format_minor(out.amount),
                 std::nullopt, reason, std::nullopt});
    tx.commit();
}

std::int64_t request_transfer(db::Connection& conn, const ActionContext& ctx,
                              const std::string& from, const std::string& to, std::int64_t cents,
                              const std::string& reason) {
    db::Transaction tx(conn);
    const Fund a = require_fund(conn, from);
    const Fund b = require_fund(conn, to);
    check_transfer(conn, ctx, a, b, cents, reason);
    db::Statement ins(conn,
                      "INSERT INTO pending_transfers(from_fund_id, to_fund_id, amount, reason, "
                      "requested_by, requested_at) VALUES(?, ?, ?, ?, ?, ?)");
    ins.bind_all(a.id, b.id, cents, reason, ctx.user_name, ctx.now);
    ins.exec();
    const std::int64_t id = conn.last_insert_id();
    write_audit(conn, ctx,
                {"request transfer", "fund", from + " -> " + to, std::nullopt, format_minor(cents),
                 reason, std::nullopt});
    tx.commit();
    return id;
}

void approve_transfer(db::Connection& conn, const ActionContext& ctx, std::int64_t request_id) {
    db::Transaction tx(conn);
    db::Statement s(conn,
                    "SELECT f.name, t.name, r.amount, r.reason, r.requested_by, r.status FROM "
                    "pending_transfers r JOIN funds f ON f.id = r.from_fund_id JOIN funds t ON "
                    "t.id = r.to_fund_id WHERE r.id = ?");
    s.bind(1, request_id);
    if (!s.step()) {
        throw UserError(fmt::format("there is no transfer request {}", request_id));
    }
    const std::string from = s.get_text(0);
    const std::string to = s.get_text(1);
    const std::int64_t cents = s.get_int(2);
    const std::string reason = s.get_text(3);
    const std::string requester = s.get_text(4);
    if (s.get_text_view(5) != "pending") {
        throw UserError(
            fmt::format("transfer request {} is {} already", request_id, s.get_text_view(5)));
    }
    s.reset();
    if (requester == ctx.user_name) {
        throw PermissionDenied(fmt::format("user '{}' requested transfer {} and may not approve it",
                                           ctx.user_name, request_id));
    }
    require_right(conn, ctx, "funds.override", "approve transfers above the limit");
    book_transfer(conn, ctx, require_fund(conn, from), require_fund(conn, to), cents, reason,
                  std::nullopt);
    db::Statement done(conn,
                       "UPDATE pending_transfers SET status = 'approved', decided_by = ?, "
                       "decided_at = ? WHERE id = ?");
    done.bind_all(ctx.user_name, ctx.now, request_id);
    done.exec();
    tx.commit();
}

std::vector<PendingTransfer> list_transfer_requests(db::Connection& conn) {
    db::Statement s(conn,
                    "SELECT r.id, f.name, t.name, r.amount, r.reason, r.requested_by, r.status, "
                    "ifnull(r.decided_by, '') FROM pending_transfers r JOIN funds f ON f.id = "
                    "r.from_fund_id JOIN funds t ON t.id = r.to_fund_id ORDER BY r.id");
    std::vector<PendingTransfer> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_text(1), s.get_text(2), s.get_int(3), s.get_text(4),
                       s.get_text(5), s.get_text(6), s.get_text(7)});
    }
    return out;
}

}  // namespace uplift
