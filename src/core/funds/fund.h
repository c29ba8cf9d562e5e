#pragma once
// Trade funds (SPEC §4): fixed or accrual, a scope, an optional period and cash limit, in a
// tree HQ → brand → account. Creating, allocating and transferring, with the controls.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "funds/ledger.h"
#include "security/action_context.h"

namespace uplift {

struct Fund {
    std::int64_t id = 0;
    std::string name;
    std::string parent;  // parent fund name; empty for a root
    std::optional<std::int64_t> parent_id;
    bool accrual = false;
    std::optional<std::int64_t> rate;             // Percent units of gross sales
    std::optional<std::int64_t> per_unit;         // cents per unit sold
    std::string brand, account, channel, region;  // scope; empty: any
    std::optional<Date> valid_from, valid_to;
    std::optional<std::int64_t> cash_limit;  // cents
    std::string owner;
    std::int64_t warning_pct = 850000;  // Percent units
};

std::vector<Fund> list_funds(db::Connection& conn);  // ordered by name
std::optional<Fund> find_fund(db::Connection& conn, const std::string& name);

struct FundSpec {
    std::string name;
    std::string parent;
    bool accrual = false;
    std::optional<std::int64_t> rate;
    std::optional<std::int64_t> per_unit;
    std::string brand, account, channel, region;
    std::optional<Date> valid_from, valid_to;
    std::optional<std::int64_t> cash_limit;
    std::string owner;
};

// Creates a fund (own transaction, audited). An accrual fund accrues at once on every sell-in
// actual already in its scope and period, one entry per import batch. Needs funds.create
// (a BM only for funds of their own brands or below them).
std::int64_t create_fund(db::Connection& conn, const ActionContext& ctx, const FundSpec& spec);

// Allocates budget: a root fund brings new money in; a child's allocation is carved out of
// its parent (distribution), never more than the parent has available. Returns the id of the
// allocation's ledger entry (what reverse_allocation takes back).
std::int64_t allocate(db::Connection& conn, const ActionContext& ctx, const std::string& fund,
                      std::int64_t cents, const std::string& reason);

// Takes an allocation back (undo): books the exact reverse of the allocation entry and, for a
// sub-fund, of its parent's distribution, so the parent has the amount available again. Needs
// the rights allocate needs; refused when the fund no longer has the amount available
// (committed, spent or passed on since), or when it was taken back already.
void reverse_allocation(db::Connection& conn, const ActionContext& ctx,
                        std::int64_t allocation_entry, const std::string& reason);

struct OverspendOverride {
    std::string reason;  // a FIN user may let available go negative, with a reason
};

// Moves budget between two funds: one transaction, two ledger entries, reason, audit.
// Refused when it would make the source's available negative (unless a FIN override). Returns
// the id of the transfer's outgoing entry (what reverse_transfer takes back).
std::int64_t transfer(db::Connection& conn, const ActionContext& ctx, const std::string& from,
                      const std::string& to, std::int64_t cents, const std::string& reason,
                      const std::optional<OverspendOverride>& override_ = std::nullopt);

// Takes a transfer back (undo): books the exact reverse of both its entries, so both funds'
// transfers in and out are as before. Needs the rights the transfer needed (on its source
// fund) but no approval; refused when the receiving fund no longer has the amount available,
// or when it was taken back already.
void reverse_transfer(db::Connection& conn, const ActionContext& ctx, std::int64_t out_entry,
                      const std::string& reason);

// Transfers above the approval limit (setting transfer_approval_limit) wait for another user
// with funds.override (finance) or Admin to approve them; nobody approves their own.
std::int64_t request_transfer(db::Connection& conn, const ActionContext& ctx,
                              const std::string& from, const std::string& to, std::int64_t cents,
                              const std::string& reason);
void approve_transfer(db::Connection& conn, const ActionContext& ctx, std::int64_t request_id);

struct PendingTransfer {
    std::int64_t id = 0;
    std::string from, to;
    std::int64_t amount = 0;
    std::string reason, requested_by, status, decided_by;
};
std::vector<PendingTransfer> list_transfer_requests(db::Connection& conn);

// Throws UserError naming the fund when its available is negative, unless `override_` is
// given by a user with funds.override (then it is only logged by the caller's audit entry).
void guard_overspend(db::Connection& conn, const ActionContext& ctx, std::int64_t fund_id,
                     const std::optional<OverspendOverride>& override_, const std::string& what);

// True when the actor owns the fund (or one of its ancestors).
bool owns_fund(db::Connection& conn, const ActionContext& ctx, std::int64_t fund_id);

}  // namespace uplift
