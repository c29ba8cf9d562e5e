#pragma once
// Commitments of promotions on funds (SPEC §4): approving commits each tactic's planned spend
// on the tactic's fund; a change to an approved promotion books the delta; cancelling or
// closing releases what is still open. Entries are keyed by promotion and tactic.
#include <cstdint>
#include <map>

#include "security/action_context.h"

namespace uplift {

// What is committed on (fund, tactic) for a promotion so far: commitment + changes.
std::int64_t committed_basis(db::Connection& conn, std::int64_t promotion_id, std::int64_t fund_id,
                             std::int64_t tactic_id);

// Brings the commitment of each tactic to `planned` (cents): the first time a commitment,
// later a commitment change of the difference. Returns the funds touched.
std::vector<std::int64_t> commit_planned(
    db::Connection& conn, const ActionContext& ctx, std::int64_t promotion_id,
    const std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>>& fund_and_cents_by_tactic);

// Releases every open commitment of the promotion (cancel, close). Returns the funds touched
// with the amount released on each.
std::map<std::int64_t, std::int64_t> release_promotion(db::Connection& conn,
                                                       const ActionContext& ctx,
                                                       std::int64_t promotion_id,
                                                       const std::string& reason);

// Open commitment of a promotion over all its tactics.
std::int64_t promotion_open_commitment(db::Connection& conn, std::int64_t promotion_id);

}  // namespace uplift
