#pragma once
// Accrual funds accrue a % of gross sales (or an amount per unit) of every sell-in actual in
// their scope and period, whenever it was imported: one ledger entry per fund and import
// batch, rounded once; rolling a batch back books its exact negative (SPEC §4).
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "io/row_importer.h"
#include "money/rounding.h"
#include "security/action_context.h"

namespace uplift {

// Collects the changes of one actuals import and books each accrual fund's entry at the end.
class BatchAccruals {
  public:
    BatchAccruals(db::Connection& conn, std::int64_t batch_id);
    void on_change(const VolumeChange& c);
    // Books one entry per accrual fund that anything accrued on (inside the import's
    // transaction). Returns the number of entries.
    int book_all(const ActionContext& ctx);

  private:
    struct Scope {
        std::int64_t fund_id;
        std::optional<std::int64_t> rate, per_unit, brand_id, channel_id, region_id;
        std::vector<std::int64_t> accounts;  // the account and those below it; empty: any
        std::optional<std::int64_t> from_week, to_week;
        Wide gross = 0;
        Wide units = 0;
    };
    db::Connection& conn_;
    std::int64_t batch_id_;
    std::vector<Scope> funds_;
    std::unordered_map<std::int64_t, std::int64_t> brand_of_;    // by product id
    std::unordered_map<std::int64_t, std::int64_t> channel_of_;  // by account id
    std::unordered_map<std::int64_t, std::int64_t> region_of_;   // by account id
};

// Books the exact negative of every accrual entry of `batch_id` (its rollback).
void reverse_batch_accruals(db::Connection& conn, const ActionContext& ctx, std::int64_t batch_id);

// A new accrual fund accrues on every actual already stored in its scope: one entry per batch
// that owns such rows.
void accrue_existing(db::Connection& conn, const ActionContext& ctx, std::int64_t fund_id);

}  // namespace uplift
