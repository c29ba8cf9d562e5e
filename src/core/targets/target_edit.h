#pragma once
// Editing many targets as one user action (the target grid's typing, pasting and undo): several
// keys in one transaction, all or nothing, where a key may also go back to having no target;
// and a snapshot of a period, so that undoing a disaggregation puts back exactly what was there.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "security/action_context.h"
#include "targets/target_store.h"

namespace uplift {

struct TargetAmount {
    std::int64_t units = 0;
    std::int64_t value = 0;  // cents
    bool operator==(const TargetAmount&) const = default;
};

struct TargetEdit {
    TargetKey key;
    std::optional<TargetAmount> amount;  // nullopt: the key has no target (it is removed)
    bool operator==(const TargetEdit&) const = default;
};

// Removes a key's target (no transaction of its own); false when it had none. The history keeps
// the values it had; the caller audits.
bool remove_target(db::Connection& conn, const TargetKey& key);

// Applies every edit in one transaction: the actor needs the right for each key's account
// (require_target_right); a refusal (a right, a negative value, an unknown account or brand)
// rolls all back and names the key ("2025-03 A/Fizz: ..."). Each changed key is written (history
// source "set") and audited. Returns how many keys changed.
std::int64_t set_targets(db::Connection& conn, const ActionContext& ctx,
                         std::span<const TargetEdit> edits);

struct TargetTotalRecord {
    std::string level, key;  // as in target_totals
    TargetAmount amount;
    std::string set_by, set_at;
    bool operator==(const TargetTotalRecord&) const = default;
};

// What a period holds: its current targets, their top-down versions and the totals above them.
struct PeriodTargets {
    std::string period;
    std::vector<TargetEdit> targets;  // every amount set
    std::vector<TargetEdit> topdown;
    std::vector<TargetTotalRecord> totals;
    bool operator==(const PeriodTargets&) const = default;
};

PeriodTargets snapshot_period_targets(db::Connection& conn, const std::string& period);

// Puts a period back as the snapshot holds it, in one transaction: keys the snapshot lacks lose
// their target, the others get its values (history source "rollback"); top-down versions and
// totals are replaced. Needs targets.disaggregate (it undoes a disaggregation); audited.
void restore_period_targets(db::Connection& conn, const ActionContext& ctx,
                            const PeriodTargets& snapshot);

}  // namespace uplift
