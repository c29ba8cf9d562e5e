#pragma once
// The fund ledger: immutable entries, one per movement of money. A fund's figures are sums
// over its entries; there is no stored balance (SPEC §4).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "security/action_context.h"

namespace uplift {

enum class LedgerKind {
    Allocation,        // budget brought into the fund (root: new money; child: carved out)
    Distribution,      // budget carved out of a parent for a child
    Accrual,           // % of gross or per unit of sell-in in scope (signed: rollbacks)
    Commitment,        // approved promotion's planned spend, per tactic
    CommitmentChange,  // a change to an approved promotion (signed delta)
    Release,           // what a cancelled or closed promotion did not spend
    Actual,            // a settled claim (draws the tactic's commitment down)
    WriteOff,          // a written-off part of a claim (counts in actual)
    TransferIn,
    TransferOut,
    Adjustment,  // signed correction; counts in allocated
};

std::string ledger_kind_name(LedgerKind k);
std::optional<LedgerKind> parse_ledger_kind(std::string_view text);

struct LedgerEntry {
    std::int64_t id = 0;
    std::int64_t fund_id = 0;
    LedgerKind kind = LedgerKind::Allocation;
    std::int64_t amount = 0;  // cents
    Date booked_on;
    std::string source_type = "manual";  // manual, promotion, claim, batch, transfer, rule
    std::optional<std::int64_t> source_id;
    std::optional<std::int64_t> tactic_id;
    std::string user_name;
    std::string reason;
};

// Appends one entry (no transaction of its own: callers book all entries of one user action
// in one transaction). Zero amounts are not booked. Returns the entry's id (0 when not booked).
std::int64_t book(db::Connection& conn, const ActionContext& ctx, LedgerEntry e);

// Takes entry `entry_id` back: appends its exact reverse (same fund, kind, source and tactic,
// negated amount) pointing at it. An entry is reversed at most once, and a reversal is never
// reversed; both are refused with a UserError. No transaction of its own, no rights checked:
// the use case that calls it does both. Returns the reversed entry.
LedgerEntry book_reversal(db::Connection& conn, const ActionContext& ctx, std::int64_t entry_id,
                          const std::string& reason);

// One entry by id; nullopt when there is none.
std::optional<LedgerEntry> find_entry(db::Connection& conn, std::int64_t entry_id);

// The entries of a fund, oldest first.
std::vector<LedgerEntry> fund_entries(db::Connection& conn, std::int64_t fund_id);

// A fund's figures (SPEC §4), in cents:
//   budget = allocated + accrued + transfers_in − transfers_out − distributed
//   available = budget − open commitments − actual
//   utilisation % = 100 × actual / budget (none when budget is 0)
struct FundFigures {
    std::int64_t allocated = 0;  // allocations + adjustments
    std::int64_t accrued = 0;
    std::int64_t transfers_in = 0;
    std::int64_t transfers_out = 0;
    std::int64_t distributed = 0;
    std::int64_t committed = 0;  // open commitments: Σ tactics max(0, commitment + changes −
                                 // releases − settled)
    std::int64_t actual = 0;     // settled claims + write-offs
    std::int64_t budget() const {
        return allocated + accrued + transfers_in - transfers_out - distributed;
    }
    std::int64_t available() const { return budget() - committed - actual; }
};

FundFigures fund_figures(db::Connection& conn, std::int64_t fund_id);
// Every fund's figures at once (reports), by fund id.
// With `as_of`, only entries booked on or before that day count (figures at a period's end).
std::vector<std::pair<std::int64_t, FundFigures>> all_fund_figures(
    db::Connection& conn, std::optional<Date> as_of = std::nullopt);

// Open commitment of one tactic on one fund (never below 0).
std::int64_t open_commitment(db::Connection& conn, std::int64_t fund_id, std::int64_t tactic_id);

}  // namespace uplift
