#pragma once
// `rep merge`: bring a rep's target edits back into the main file (SPEC §6.1).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {

struct TargetValues {
    std::int64_t units = 0;
    std::int64_t value = 0;  // cents
    bool operator==(const TargetValues&) const = default;
};

// How conflicts are settled: None stops the merge on the first conflict found (after listing
// all of them); Ours keeps the main file's values, Theirs takes the rep's.
enum class MergeResolution { None, Ours, Theirs };
enum class ConflictChoice { Ours, Theirs };

// A key changed both at HQ and by the rep since the export.
struct MergeConflict {
    std::string period;
    std::string account;                    // code
    std::string brand;                      // name
    std::optional<TargetValues> at_export;  // nullopt: the rep added the key
    std::optional<TargetValues> hq;         // nullopt: the main file no longer has the key
    TargetValues rep;
    std::optional<ConflictChoice> choice;  // how it was settled; nullopt when the merge stopped
};

struct MergedTarget {
    std::string period;
    std::string account;
    std::string brand;
    std::optional<TargetValues> before;  // the main file's value before the merge
    TargetValues after;
};

struct RepMergeResult {
    std::string export_id;
    std::string rep;
    std::vector<MergedTarget> applied;     // written to the main file, by period, account, brand
    std::int64_t skipped = 0;              // changes the main file held already
    std::vector<MergeConflict> conflicts;  // every conflict met, by period, account, brand
    // Conflicts and no resolution: nothing was applied or recorded (CLI exit code 3).
    bool stopped = false;
    // Nothing to apply: the main file holds everything the rep file brings (nothing recorded).
    bool nothing_new() const { return !stopped && applied.empty(); }
};

// Called once per conflict, in the order of RepMergeResult::conflicts, inside the merge's
// transaction; throwing (e.g. Cancelled) abandons the whole merge.
using ConflictDecider = std::function<ConflictChoice(const MergeConflict&)>;

// Merges the rep file at `path` into `main` (needs reps.merge). The file must pass SQLite's
// integrity check and name this main file and an export it recorded for that rep; only target
// inserts and updates of that rep's partners (in the main file), with valid values, may travel
// — anything else refuses the whole file (UserError or PermissionDenied, nothing changed).
// Conflicts are settled by `resolution`, else one by one by `decide`, else the merge stops
// (result.stopped). One transaction: the targets written (history source "rep"), the merge
// and its values in rep_merges / rep_merge_values, and the audit. Top-down versions are left
// as they are. Merging the same file again finds nothing new.
RepMergeResult merge_rep_file(db::Connection& main, const ActionContext& ctx,
                              const std::filesystem::path& path,
                              MergeResolution resolution = MergeResolution::None,
                              const ConflictDecider& decide = {});

std::string resolution_name(MergeResolution r);  // "", "ours", "theirs"

}  // namespace uplift
