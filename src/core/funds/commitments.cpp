#include "funds/commitments.h"

#include <fmt/format.h>

#include <vector>

#include "db/statement.h"
#include "funds/ledger.h"

namespace uplift {

std::int64_t committed_basis(db::Connection& conn, std::int64_t promotion_id, std::int64_t fund_id,
                             std::int64_t tactic_id) {
    db::Statement s(conn,
                    "SELECT ifnull(sum(amount), 0) FROM fund_ledger WHERE source_type = "
                    "'promotion' AND source_id = ? AND fund_id = ? AND tactic_id = ? AND kind IN "
                    "('commitment', 'commitment_change')");
    s.bind_all(promotion_id, fund_id, tactic_id);
    s.step();
    return s.get_int(0);
}

std::vector<std::int64_t> commit_planned(
    db::Connection& conn, const ActionContext& ctx, std::int64_t promotion_id,
    const std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>>& planned) {
    std::vector<std::int64_t> touched;
    for (const auto& [tactic_id, fund_and_cents] : planned) {
        const auto [fund_id, cents] = fund_and_cents;
        const std::int64_t basis = committed_basis(conn, promotion_id, fund_id, tactic_id);
        db::Statement any(conn,
                          "SELECT count(*) FROM fund_ledger WHERE source_type = 'promotion' AND "
                          "source_id = ? AND tactic_id = ? AND kind = 'commitment'");
        any.bind_all(promotion_id, tactic_id);
        any.step();
        const bool first = any.get_int(0) == 0;
        if (cents == basis && !first) {
            continue;
        }
        book(conn, ctx,
             {0, fund_id, first ? LedgerKind::Commitment : LedgerKind::CommitmentChange,
              first ? cents : cents - basis, ctx.today, "promotion", promotion_id, tactic_id,
              ctx.user_name, first ? "approved" : "approved promotion changed"});
        touched.push_back(fund_id);
    }
    return touched;
}

std::map<std::int64_t, std::int64_t> release_promotion(db::Connection& conn,
                                                       const ActionContext& ctx,
                                                       std::int64_t promotion_id,
                                                       const std::string& reason) {
    db::Statement s(conn,
                    "SELECT DISTINCT fund_id, tactic_id FROM fund_ledger WHERE source_type = "
                    "'promotion' AND source_id = ? AND tactic_id IS NOT NULL");
    s.bind(1, promotion_id);
    std::vector<std::pair<std::int64_t, std::int64_t>> keys;
    while (s.step()) {
        keys.emplace_back(s.get_int(0), s.get_int(1));
    }
    std::map<std::int64_t, std::int64_t> released;
    for (const auto& [fund_id, tactic_id] : keys) {
        const std::int64_t open = open_commitment(conn, fund_id, tactic_id);
        if (open > 0) {
            book(conn, ctx,
                 {0, fund_id, LedgerKind::Release, open, ctx.today, "promotion", promotion_id,
                  tactic_id, ctx.user_name, reason});
            released[fund_id] += open;
        }
    }
    return released;
}

std::int64_t promotion_open_commitment(db::Connection& conn, std::int64_t promotion_id) {
    db::Statement s(conn,
                    "SELECT DISTINCT fund_id, tactic_id FROM fund_ledger WHERE source_type = "
                    "'promotion' AND source_id = ? AND tactic_id IS NOT NULL");
    s.bind(1, promotion_id);
    std::vector<std::pair<std::int64_t, std::int64_t>> keys;
    while (s.step()) {
        keys.emplace_back(s.get_int(0), s.get_int(1));
    }
    std::int64_t total = 0;
    for (const auto& [fund_id, tactic_id] : keys) {
        total += open_commitment(conn, fund_id, tactic_id);
    }
    return total;
}

}  // namespace uplift
