#include "funds/ledger.h"

#include <fmt/format.h>

#include <array>
#include <map>

#include "db/statement.h"
#include "errors.h"

namespace uplift {

namespace {

constexpr std::array<std::pair<LedgerKind, const char*>, 11> kKinds{{
    {LedgerKind::Allocation, "allocation"},
    {LedgerKind::Distribution, "distribution"},
    {LedgerKind::Accrual, "accrual"},
    {LedgerKind::Commitment, "commitment"},
    {LedgerKind::CommitmentChange, "commitment_change"},
    {LedgerKind::Release, "release"},
    {LedgerKind::Actual, "actual"},
    {LedgerKind::WriteOff, "write_off"},
    {LedgerKind::TransferIn, "transfer_in"},
    {LedgerKind::TransferOut, "transfer_out"},
    {LedgerKind::Adjustment, "adjustment"},
}};

// The open commitment of each (fund, tactic): commitment + changes − releases − settled.
constexpr const char* kOpenByTactic =
    "SELECT fund_id, max(0, sum(CASE kind WHEN 'commitment' THEN amount "
    "WHEN 'commitment_change' THEN amount WHEN 'release' THEN -amount "
    "WHEN 'actual' THEN -amount ELSE 0 END)) FROM fund_ledger "
    "WHERE tactic_id IS NOT NULL AND kind IN ('commitment', 'commitment_change', 'release', "
    "'actual') AND (?1 IS NULL OR fund_id = ?1) AND (?2 IS NULL OR booked_on <= ?2) "
    "GROUP BY fund_id, tactic_id";

void add_kind(FundFigures& f, std::string_view kind, std::int64_t sum) {
    const auto k = parse_ledger_kind(kind);
    if (!k) {
        return;
    }
    switch (*k) {
        case LedgerKind::Allocation:
        case LedgerKind::Adjustment:
            f.allocated += sum;
            break;
        case LedgerKind::Distribution:
            f.distributed += sum;
            break;
        case LedgerKind::Accrual:
            f.accrued += sum;
            break;
        case LedgerKind::Actual:
        case LedgerKind::WriteOff:
            f.actual += sum;
            break;
        case LedgerKind::TransferIn:
            f.transfers_in += sum;
            break;
        case LedgerKind::TransferOut:
            f.transfers_out += sum;
            break;
        case LedgerKind::Commitment:
        case LedgerKind::CommitmentChange:
        case LedgerKind::Release:
            break;  // open commitments are summed per tactic
    }
}

}  // namespace

std::string ledger_kind_name(LedgerKind k) {
    for (const auto& [kind, name] : kKinds) {
        if (kind == k) {
            return name;
        }
    }
    return "?";
}

std::optional<LedgerKind> parse_ledger_kind(std::string_view text) {
    for (const auto& [kind, name] : kKinds) {
        if (text == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::int64_t book(db::Connection& conn, const ActionContext& ctx, LedgerEntry e) {
    if (e.amount == 0) {
        return 0;
    }
    db::Statement s(conn,
                    "INSERT INTO fund_ledger(fund_id, kind, amount, booked_on, source_type, "
                    "source_id, tactic_id, user_name, reason, created_at) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind_all(e.fund_id, ledger_kind_name(e.kind), e.amount, to_iso(ctx.today), e.source_type,
               e.source_id, e.tactic_id, ctx.user_name, e.reason, ctx.now);
    s.exec();
    return conn.last_insert_id();
}

namespace {

constexpr const char* kEntryColumns =
    "SELECT id, kind, amount, booked_on, source_type, source_id, tactic_id, user_name, reason, "
    "fund_id FROM fund_ledger ";

LedgerEntry read_entry(const db::Statement& s) {
    LedgerEntry e;
    e.id = s.get_int(0);
    e.kind = parse_ledger_kind(s.get_text_view(1)).value_or(LedgerKind::Adjustment);
    e.amount = s.get_int(2);
    e.booked_on = parse_date(s.get_text_view(3));
    e.source_type = s.get_text(4);
    e.source_id = s.get_opt_int(5);
    e.tactic_id = s.get_opt_int(6);
    e.user_name = s.get_text(7);
    e.reason = s.get_text(8);
    e.fund_id = s.get_int(9);
    return e;
}

}  // namespace

std::optional<LedgerEntry> find_entry(db::Connection& conn, std::int64_t entry_id) {
    db::Statement s(conn, std::string(kEntryColumns) + "WHERE id = ?");
    s.bind(1, entry_id);
    if (!s.step()) {
        return std::nullopt;
    }
    return read_entry(s);
}

LedgerEntry book_reversal(db::Connection& conn, const ActionContext& ctx, std::int64_t entry_id,
                          const std::string& reason) {
    const auto e = find_entry(conn, entry_id);
    if (!e) {
        throw UserError(fmt::format("there is no ledger entry {}", entry_id));
    }
    db::Statement state(conn,
                        "SELECT (SELECT reverses FROM fund_ledger WHERE id = ?1), "
                        "(SELECT id FROM fund_ledger WHERE reverses = ?1)");
    state.bind(1, entry_id);
    state.step();
    if (!state.is_null(0)) {
        throw UserError(fmt::format("ledger entry {} is itself a reversal", entry_id));
    }
    if (!state.is_null(1)) {
        throw UserError(fmt::format("ledger entry {} was reversed already (by entry {})", entry_id,
                                    state.get_int(1)));
    }
    db::Statement s(conn,
                    "INSERT INTO fund_ledger(fund_id, kind, amount, booked_on, source_type, "
                    "source_id, tactic_id, user_name, reason, created_at, reverses) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind_all(e->fund_id, ledger_kind_name(e->kind), -e->amount, to_iso(ctx.today), e->source_type,
               e->source_id, e->tactic_id, ctx.user_name, reason, ctx.now, entry_id);
    s.exec();
    return *e;
}

std::vector<LedgerEntry> fund_entries(db::Connection& conn, std::int64_t fund_id) {
    db::Statement s(conn,
                    "SELECT id, kind, amount, booked_on, source_type, source_id, tactic_id, "
                    "user_name, reason FROM fund_ledger WHERE fund_id = ? ORDER BY id");
    s.bind(1, fund_id);
    std::vector<LedgerEntry> out;
    while (s.step()) {
        LedgerEntry e;
        e.id = s.get_int(0);
        e.fund_id = fund_id;
        e.kind = parse_ledger_kind(s.get_text_view(1)).value_or(LedgerKind::Adjustment);
        e.amount = s.get_int(2);
        e.booked_on = parse_date(s.get_text_view(3));
        e.source_type = s.get_text(4);
        e.source_id = s.get_opt_int(5);
        e.tactic_id = s.get_opt_int(6);
        e.user_name = s.get_text(7);
        e.reason = s.get_text(8);
        out.push_back(std::move(e));
    }
    return out;
}

FundFigures fund_figures(db::Connection& conn, std::int64_t fund_id) {
    FundFigures f;
    db::Statement s(conn,
                    "SELECT kind, sum(amount) FROM fund_ledger WHERE fund_id = ? GROUP BY kind");
    s.bind(1, fund_id);
    while (s.step()) {
        add_kind(f, s.get_text_view(0), s.get_int(1));
    }
    db::Statement open(conn, kOpenByTactic);
    open.bind(1, fund_id);
    while (open.step()) {
        f.committed += open.get_int(1);
    }
    return f;
}

std::vector<std::pair<std::int64_t, FundFigures>> all_fund_figures(db::Connection& conn,
                                                                   std::optional<Date> as_of) {
    const std::optional<std::string> day =
        as_of ? std::optional<std::string>(to_iso(*as_of)) : std::nullopt;
    std::map<std::int64_t, FundFigures> by_fund;
    db::Statement ids(conn, "SELECT id FROM funds");
    while (ids.step()) {
        by_fund[ids.get_int(0)];
    }
    db::Statement s(conn,
                    "SELECT fund_id, kind, sum(amount) FROM fund_ledger GROUP BY fund_id, kind");
    while (s.step()) {
        add_kind(by_fund[s.get_int(0)], s.get_text_view(1), s.get_int(2));
    }
    db::Statement open(conn, kOpenByTactic);
    open.bind_null(1);
    open.bind(2, day);
    while (open.step()) {
        by_fund[open.get_int(0)].committed += open.get_int(1);
    }
    return {by_fund.begin(), by_fund.end()};
}

std::int64_t open_commitment(db::Connection& conn, std::int64_t fund_id, std::int64_t tactic_id) {
    db::Statement s(conn,
                    "SELECT max(0, ifnull(sum(CASE kind WHEN 'commitment' THEN amount "
                    "WHEN 'commitment_change' THEN amount WHEN 'release' THEN -amount "
                    "WHEN 'actual' THEN -amount ELSE 0 END), 0)) FROM fund_ledger "
                    "WHERE fund_id = ? AND tactic_id = ?");
    s.bind_all(fund_id, tactic_id);
    s.step();
    return s.get_int(0);
}

}  // namespace uplift
