#pragma once
// Bottom-up review (SPEC §6): a merged rep value becomes the current target at once; the
// top-down value it replaced stays as the key's top-down version. A manager sees both side by
// side and decides each gap: accept (keep the rep's value), reject (restore the top-down value)
// or edit (a third value). A decision closes the gap: both versions then agree.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "security/action_context.h"
#include "targets/target_store.h"

namespace uplift {

struct TargetGap {
    Target current;  // the current target (a rep's value, typically)
    std::int64_t topdown_units = 0;
    std::int64_t topdown_value = 0;
    std::string rep;
    std::string changed_by;  // who set the current value, and how
    std::string source;
    std::string changed_at;
    std::int64_t gap_units() const { return current.units - topdown_units; }
    std::int64_t gap_value() const { return current.value - topdown_value; }
};

// Every key whose current target differs from its top-down version, ordered by period,
// account, brand.
std::vector<TargetGap> target_gaps(db::Connection& conn, const TargetFilter& filter = {});

enum class GapDecision { Accept, Reject, Edit };
std::optional<GapDecision> parse_gap_decision(std::string_view text);

// Decides one gap (own transaction, audited, history source accept / reject / edit). Needs
// targets.edit. `units` and `value` are required for Edit. Throws UserError when the key has no
// gap.
void decide_gap(db::Connection& conn, const ActionContext& ctx, const TargetKey& key,
                GapDecision decision, std::optional<std::int64_t> units = std::nullopt,
                std::optional<std::int64_t> value = std::nullopt);

}  // namespace uplift
