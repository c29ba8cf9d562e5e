#pragma once
// Rep-file work of the core (SPEC §6.1) as it runs on a worker thread: each job opens its own
// connection to the open file (one connection per thread, never the GUI's), polls a cancel flag
// and turns every exception into an outcome the dialogs show.
#include <QString>

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "security/action_context.h"
#include "sync/rep_export.h"
#include "sync/rep_merge.h"

namespace uplift::app {

enum class RepJobStatus {
    Done,       // the core returned a result
    Refused,    // UserError / PermissionDenied: nothing changed, `message` says why
    Failed,     // anything else (I/O, a damaged main file)
    Cancelled,  // the user cancelled before the core committed: nothing changed
    Stale,      // the conflicts met are not those the user settled: nothing changed
};

struct RepExportOutcome {
    RepJobStatus status = RepJobStatus::Failed;
    RepExport result;
    QString message;
};

struct RepMergeOutcome {
    RepJobStatus status = RepJobStatus::Failed;
    RepMergeResult result;
    QString message;
};

RepExportOutcome runRepExport(const std::filesystem::path& database, const ActionContext& actor,
                              const std::string& rep, const std::filesystem::path& file,
                              const std::atomic<bool>* cancel);

// Without `settled`, merges as far as it can without a resolution: a result that stopped on
// conflicts applied nothing. With `settled` (the conflicts of such a result, each with the
// user's choice), merges again and answers each conflict with that choice; a conflict the user
// has not seen — the main file changed in between — makes the outcome Stale.
RepMergeOutcome runRepMerge(const std::filesystem::path& database, const ActionContext& actor,
                            const std::filesystem::path& file,
                            const std::vector<MergeConflict>* settled,
                            const std::atomic<bool>* cancel);

}  // namespace uplift::app
