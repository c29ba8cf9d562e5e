#pragma once
// Reading a rep file for a merge: check it is sound and whose it is, then what the rep changed
// in its targets since the export (a session-extension changeset against the untouched copy).
#include <filesystem>
#include <optional>
#include <vector>

#include "sync/rep_file_info.h"
#include "sync/rep_merge.h"
#include "sync/table_diff.h"
#include "targets/target_store.h"

namespace uplift::sync_detail {

struct RepTargetChange {
    ChangeOp op = ChangeOp::Insert;
    TargetKey key;
    std::optional<TargetValues> at_export;  // UPDATE, DELETE
    std::optional<TargetValues> rep;        // INSERT, UPDATE
};

struct RepFileChanges {
    RepFileInfo info;
    std::vector<RepTargetChange> changes;
};

// Opens the file read-only; refuses (UserError naming the file) one that cannot be read, fails
// the integrity check, is not a rep file, or holds values of the wrong type.
RepFileChanges read_rep_changes(const std::filesystem::path& path);

}  // namespace uplift::sync_detail
