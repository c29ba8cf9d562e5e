#include "funds/claims.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "discounts/reason_codes.h"
#include "errors.h"
#include "funds/commitments.h"
#include "funds/fund.h"
#include "funds/ledger.h"
#include "money/money.h"
#include "promotions/promotion_store.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr const char* kClaimSelect =
    "SELECT c.id, c.claim_id, p.code, c.amount, c.claim_date, c.reason, "
    "(SELECT ifnull(sum(amount), 0) FROM claim_settlements s WHERE s.claim_id = c.id AND "
    " s.kind = 'settled' AND s.reversed_at IS NULL), "
    "(SELECT ifnull(sum(amount), 0) FROM claim_settlements s WHERE s.claim_id = c.id AND "
    " s.kind = 'written_off' AND s.reversed_at IS NULL) "
    "FROM claims c JOIN promotions p ON p.id = c.promotion_id ";

Claim read_claim(const db::Statement& s) {
    return {
        s.get_int(0),  s.get_text(1), s.get_text(2), s.get_int(3), parse_date(s.get_text_view(4)),
        s.get_text(5), s.get_int(6),  s.get_int(7)};
}

// Funded tactics of a promotion with their open commitment, variable ones first, then fixed.
struct OpenTactic {
    std::int64_t tactic_id;
    std::int64_t fund_id;
    bool fixed;
    std::int64_t open;
};
std::vector<OpenTactic> open_tactics(db::Connection& conn, std::int64_t promotion_id) {
    db::Statement s(conn,
                    "SELECT DISTINCT l.tactic_id, l.fund_id, t.kind = 'fixed_fee' FROM fund_ledger "
                    "l JOIN tactics t ON t.id = l.tactic_id WHERE l.source_type = 'promotion' AND "
                    "l.source_id = ? AND l.kind = 'commitment' ORDER BY t.kind = 'fixed_fee', "
                    "l.tactic_id");
    s.bind(1, promotion_id);
    std::vector<OpenTactic> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_int(1), s.get_int(2) != 0, 0});
    }
    for (auto& t : out) {
        t.open = open_commitment(conn, t.fund_id, t.tactic_id);
    }
    return out;
}

}  // namespace

std::vector<Claim> list_claims(db::Connection& conn) {
    db::Statement s(conn, std::string(kClaimSelect) + "ORDER BY c.claim_id");
    std::vector<Claim> out;
    while (s.step()) {
        out.push_back(read_claim(s));
    }
    return out;
}

std::optional<Claim> find_claim(db::Connection& conn, const std::string& claim_id) {
    db::Statement s(conn, std::string(kClaimSelect) + "WHERE c.claim_id = ?");
    s.bind(1, claim_id);
    if (!s.step()) {
        return std::nullopt;
    }
    return read_claim(s);
}

std::optional<ClaimProblem> validate_claim(db::Connection& conn, const NewClaim& c) {
    if (c.amount <= 0) {
        return ClaimProblem{"amount", "a claim must be a positive amount"};
    }
    const auto p = load_promotion(conn, c.promo_id);
    if (!p) {
        return ClaimProblem{"promo_id", fmt::format("unknown promotion '{}'", c.promo_id)};
    }
    if (p->status != PromotionStatus::Approved && p->status != PromotionStatus::Settled &&
        p->status != PromotionStatus::Closed) {
        return ClaimProblem{"promo_id", fmt::format("promotion {} is {}; claims need an approved "
                                                    "promotion",
                                                    c.promo_id, status_name(p->status))};
    }
    const auto grace = std::stoll(db::get_setting(conn, "claim_grace_days"));
    const Date last = p->instore.last + boost::gregorian::days(grace);
    if (c.date < p->instore.first || c.date > last) {
        return ClaimProblem{"date",
                            fmt::format("{} is outside promotion {} ({} to {} plus {} "
                                        "days' grace, until {})",
                                        to_iso(c.date), c.promo_id, to_iso(p->instore.first),
                                        to_iso(p->instore.last), grace, to_iso(last))};
    }
    const std::int64_t tolerance = std::stoll(db::get_setting(conn, "claim_tolerance"));
    // Claims entered but not yet settled already spoken for part of the commitment.
    const std::int64_t open = promotion_open_commitment(conn, p->id);
    db::Statement pending(
        conn,
        "SELECT ifnull(sum(c.amount - (SELECT ifnull(sum(s.amount), 0) FROM "
        "claim_settlements s WHERE s.claim_id = c.id AND s.reversed_at IS NULL)), 0) FROM claims c "
        "WHERE c.promotion_id = ? AND c.claim_id <> ?");
    pending.bind_all(p->id, c.claim_id);
    pending.step();
    const std::int64_t claimed = pending.get_int(0);
    if (c.amount > open - claimed + tolerance) {
        return ClaimProblem{"amount",
                            fmt::format("{} is more than promotion {}'s open commitment of {}{}",
                                        format_minor(c.amount), c.promo_id, format_minor(open),
                                        claimed > 0 ? fmt::format(" less {} claimed and not yet "
                                                                  "settled",
                                                                  format_minor(claimed))
                                                    : std::string())};
    }
    db::Statement twin(conn,
                       "SELECT c.claim_id FROM claims c WHERE c.promotion_id = ? AND c.amount = ? "
                       "AND c.claim_date = ? AND c.claim_id <> ?");
    twin.bind_all(p->id, c.amount, to_iso(c.date), c.claim_id);
    if (twin.step() && c.reason.empty()) {
        return ClaimProblem{"claim_id",
                            fmt::format("looks like claim {} (same promotion, amount and date); "
                                        "give a reason to enter it anyway",
                                        twin.get_text(0))};
    }
    return std::nullopt;
}

namespace {

// Inserts a validated claim; the caller holds the transaction.
void insert_claim(db::Connection& conn, const ActionContext& ctx, const NewClaim& c,
                  std::optional<std::int64_t> batch_id) {
    const auto p = load_promotion(conn, c.promo_id);
    db::Statement ins(conn,
                      "INSERT INTO claims(claim_id, promotion_id, amount, claim_date, reason, "
                      "batch_id, entered_by, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind_all(c.claim_id, p->id, c.amount, to_iso(c.date), c.reason, batch_id, ctx.user_name,
                 ctx.now);
    ins.exec();
    write_audit(conn, ctx,
                {"enter", "claim", c.claim_id, std::nullopt,
                 fmt::format("{} {} on {}", c.promo_id, format_minor(c.amount), to_iso(c.date)),
                 c.reason, batch_id});
}

}  // namespace

void enter_claim(db::Connection& conn, const ActionContext& ctx, const NewClaim& c) {
    require_right(conn, ctx, "claims.enter", "enter claims");
    db::Transaction tx(conn);
    if (find_claim(conn, c.claim_id)) {
        throw UserError(fmt::format("claim {} exists already", c.claim_id));
    }
    if (const auto problem = validate_claim(conn, c)) {
        throw UserError(fmt::format("claim {}: {}", c.claim_id, problem->message));
    }
    insert_claim(conn, ctx, c, std::nullopt);
    tx.commit();
}

SettlementResult settle_claim(db::Connection& conn, const ActionContext& ctx,
                              const std::string& claim_id, const Settlement& s) {
    require_right(conn, ctx, "claims.settle", "settle claims");
    db::Transaction tx(conn);
    const auto claim = find_claim(conn, claim_id);
    if (!claim) {
        throw UserError(fmt::format("unknown claim '{}'", claim_id));
    }
    SettlementResult result;
    if (claim->open() == 0) {
        result.nothing_left = true;  // settling twice adds nothing
        return result;
    }
    if (s.write_off < 0 || (s.amount && *s.amount < 0)) {
        throw UserError("settled and written-off amounts must not be negative");
    }
    if (s.write_off > 0 && s.reason.empty()) {
        throw UserError("a write-off needs a reason");
    }
    std::optional<std::string> code;
    if (s.write_off > 0 && !s.reason_code.empty()) {
        code = require_reason_code(conn, s.reason_code, "write-off reason code");
    } else if (s.write_off > 0) {
        code = active_reason_code(conn, s.reason);
    }
    const std::int64_t amount = s.amount.value_or(claim->open() - s.write_off);
    if (amount + s.write_off > claim->open() || amount + s.write_off == 0) {
        throw UserError(
            fmt::format("claim {} has {} open; settling {} and writing off {} does "
                        "not fit",
                        claim_id, format_minor(claim->open()), format_minor(amount),
                        format_minor(s.write_off)));
    }
    const auto promo = load_promotion(conn, claim->promo_id);
    auto tactics = open_tactics(conn, promo->id);
    if (tactics.empty()) {
        throw UserError(
            fmt::format("promotion {} has no commitment on any fund to settle "
                        "claim {} against",
                        claim->promo_id, claim_id));
    }
    std::vector<std::int64_t> touched;
    // Drawing a commitment down leaves available as it was; only what lowers it (a write-off,
    // spend above the commitment) may be refused, so a fund a finance user let go below zero
    // can still settle its claims.
    std::map<std::int64_t, std::int64_t> available_before;
    for (const auto& t : tactics) {
        available_before.try_emplace(t.fund_id, fund_figures(conn, t.fund_id).available());
    }
    std::int64_t first_entry = 0;
    std::int64_t last_entry = 0;
    const auto booked = [&](std::int64_t id) {
        first_entry = first_entry == 0 ? id : first_entry;
        last_entry = std::max(last_entry, id);
    };
    std::int64_t left = amount;
    for (const auto& t : tactics) {
        const std::int64_t take = std::min(left, t.open);
        if (take <= 0) {
            continue;
        }
        if (t.fixed) {
            // Lump sums are paid as cash: the fund's cash limit caps them.
            db::Statement lim(conn, "SELECT cash_limit, name FROM funds WHERE id = ?");
            lim.bind(1, t.fund_id);
            lim.step();
            if (!lim.is_null(0)) {
                std::int64_t paid = 0;
                db::Statement fixed(conn,
                                    "SELECT ifnull(sum(l.amount), 0) FROM fund_ledger l JOIN "
                                    "tactics t ON t.id = l.tactic_id WHERE l.fund_id = ? AND "
                                    "l.kind = 'actual' AND t.kind = 'fixed_fee'");
                fixed.bind(1, t.fund_id);
                fixed.step();
                paid = fixed.get_int(0);
                if (paid + take > lim.get_int(0)) {
                    throw UserError(fmt::format(
                        "settling {} of lump sums would pass fund '{}''s cash limit of {} "
                        "({} paid already)",
                        format_minor(take), lim.get_text(1), format_minor(lim.get_int(0)),
                        format_minor(paid)));
                }
            }
        }
        booked(book(conn, ctx,
                    {0, t.fund_id, LedgerKind::Actual, take, ctx.today, "claim", claim->id,
                     t.tactic_id, ctx.user_name, fmt::format("claim {}", claim_id)}));
        touched.push_back(t.fund_id);
        left -= take;
    }
    if (left > 0) {
        // Beyond the open commitment (within the tolerance): actual spend of the last fund,
        // not drawn from any commitment.
        booked(book(
            conn, ctx,
            {0, tactics.back().fund_id, LedgerKind::Actual, left, ctx.today, "claim", claim->id,
             std::nullopt, ctx.user_name, fmt::format("claim {} above commitment", claim_id)}));
        touched.push_back(tactics.back().fund_id);
    }
    if (s.write_off > 0) {
        booked(book(conn, ctx,
                    {0, tactics.front().fund_id, LedgerKind::WriteOff, s.write_off, ctx.today,
                     "claim", claim->id, std::nullopt, ctx.user_name, s.reason}));
        touched.push_back(tactics.front().fund_id);
    }
    std::optional<OverspendOverride> ovr;
    if (s.overspend) {
        ovr = OverspendOverride{*s.overspend};
    }
    for (const auto f : touched) {
        if (fund_figures(conn, f).available() < available_before.at(f)) {
            guard_overspend(conn, ctx, f, ovr, fmt::format("settling claim {}", claim_id));
        }
    }
    db::Statement rec(conn,
                      "INSERT INTO claim_settlements(claim_id, kind, amount, reason, user_name, "
                      "created_at, first_entry, last_entry) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (amount > 0) {
        rec.bind_all(claim->id, "settled", amount, s.reason, ctx.user_name, ctx.now, first_entry,
                     last_entry);
        rec.exec();
        result.settlement_id = conn.last_insert_id();
    }
    if (s.write_off > 0) {
        rec.reset();
        rec.bind_all(claim->id, "written_off", s.write_off, s.reason, ctx.user_name, ctx.now,
                     first_entry, last_entry);
        rec.exec();
        if (code) {
            db::Statement tag(conn, "UPDATE claim_settlements SET reason_code = ? WHERE id = ?");
            tag.bind_all(*code, conn.last_insert_id());
            tag.exec();
        }
        if (result.settlement_id == 0) {
            result.settlement_id = conn.last_insert_id();
        }
    }
    write_audit(
        conn, ctx,
        {"settle", "claim", claim_id, format_minor(claim->open()),
         fmt::format("settled {}, written off {}", format_minor(amount), format_minor(s.write_off)),
         s.reason, std::nullopt});
    tx.commit();
    result.settled = amount;
    result.written_off = s.write_off;
    return result;
}

void reverse_settlement(db::Connection& conn, const ActionContext& ctx, std::int64_t settlement_id,
                        const std::string& reason) {
    require_right(conn, ctx, "claims.settle", "reverse claim settlements");
    db::Transaction tx(conn);
    db::Statement s(conn,
                    "SELECT s.claim_id, c.claim_id, s.first_entry, s.last_entry, s.reversed_at "
                    "FROM claim_settlements s JOIN claims c ON c.id = s.claim_id WHERE s.id = ?");
    s.bind(1, settlement_id);
    if (!s.step()) {
        throw UserError(fmt::format("there is no claim settlement {}", settlement_id));
    }
    const std::int64_t claim = s.get_int(0);
    const std::string code = s.get_text(1);
    if (!s.is_null(4)) {
        throw UserError(
            fmt::format("settlement {} of claim {} was reversed already", settlement_id, code));
    }
    if (s.is_null(2)) {
        throw UserError(
            fmt::format("settlement {} of claim {} was made by an older Uplift and "
                        "cannot be reversed automatically",
                        settlement_id, code));
    }
    const std::int64_t first = s.get_int(2);
    const std::int64_t last = s.get_int(3);
    s.reset();
    std::vector<std::int64_t> entries;
    db::Statement e(conn,
                    "SELECT id FROM fund_ledger WHERE id BETWEEN ? AND ? AND source_type = 'claim' "
                    "AND source_id = ? AND reverses IS NULL ORDER BY id");
    e.bind_all(first, last, claim);
    while (e.step()) {
        entries.push_back(e.get_int(0));
    }
    std::int64_t settled = 0;
    std::int64_t written_off = 0;
    for (const auto id : entries) {
        const LedgerEntry r = book_reversal(conn, ctx, id, reason);
        (r.kind == LedgerKind::WriteOff ? written_off : settled) += r.amount;
    }
    db::Statement mark(conn,
                       "UPDATE claim_settlements SET reversed_at = ?, reversed_by = ? WHERE "
                       "claim_id = ? AND first_entry = ? AND reversed_at IS NULL");
    mark.bind_all(ctx.now, ctx.user_name, claim, first);
    mark.exec();
    write_audit(conn, ctx,
                {"reverse settlement", "claim", code,
                 fmt::format("settled {}, written off {}", format_minor(settled),
                             format_minor(written_off)),
                 std::nullopt, reason, std::nullopt});
    tx.commit();
}

namespace {

class ClaimImporter final : public RowImporter {
  public:
    explicit ClaimImporter(ImportContext& ctx) : ctx_(ctx) {}

    void row(RowFields& f) override {
        auto id = f.required_text("claim_id", 64);
        auto promo = f.required_text("promo_id", 64);
        const auto amount = f.money_minor("amount", ctx_.decimal_mark, false);
        const auto date = f.date("date", false);
        const std::string reason(f.text("reason").value_or(""));
        if (!id || !promo || !amount || !date) {
            return;
        }
        if (const auto [it, fresh] = lines_.emplace(*id, f.line()); !fresh) {
            f.problem("claim_id", fmt::format("claim {} appears twice in the file (first on line "
                                              "{})",
                                              *id, it->second));
            return;
        }
        const NewClaim c{*id, *promo, *amount, *date, reason};
        if (const auto existing = find_claim(ctx_.conn, *id)) {
            // Importing the same claim again adds nothing; a different one with its id is wrong.
            if (existing->promo_id == c.promo_id && existing->amount == c.amount &&
                existing->date == c.date) {
                ++ctx_.counts.unchanged;
            } else {
                f.problem("claim_id",
                          fmt::format("claim {} exists already with other values", *id));
            }
            return;
        }
        if (const auto problem = validate_claim(ctx_.conn, c)) {
            f.problem(problem->column, problem->message);
            return;
        }
        if (!ctx_.issues.empty()) {
            return;
        }
        insert_claim(ctx_.conn, ctx_.actor, c, ctx_.batch_id);
        ++ctx_.counts.inserted;
    }

  private:
    ImportContext& ctx_;
    std::unordered_map<std::string, std::int64_t> lines_;
};

}  // namespace

std::unique_ptr<RowImporter> make_claim_importer(ImportContext& ctx) {
    return std::make_unique<ClaimImporter>(ctx);
}

}  // namespace uplift
