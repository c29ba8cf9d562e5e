#include "rep_file_jobs.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include "db/uplift_file.h"
#include "errors.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

// The merge and the export poll no cancel flag of their own, so SQLite does: a set flag
// interrupts the statement running on this connection and the core's transaction rolls back.
void interruptOnCancel(db::Connection& conn, const std::atomic<bool>* cancel) {
    if (cancel == nullptr) {
        return;
    }
    sqlite3_progress_handler(
        conn.handle(), 1000,
        [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(cancel));
}

// The user's choices no longer match what the core meets.
struct ConflictsChanged {};

bool sameConflict(const MergeConflict& a, const MergeConflict& b) {
    return a.period == b.period && a.account == b.account && a.brand == b.brand &&
           a.at_export == b.at_export && a.hq == b.hq && a.rep == b.rep;
}

// Runs `work` on a fresh connection and sorts its exceptions into an outcome.
template <typename Outcome, typename Work>
Outcome runJob(const std::filesystem::path& database, const std::atomic<bool>* cancel,
               Work&& work) {
    Outcome out;
    const auto cancelled = [cancel] { return cancel != nullptr && cancel->load(); };
    try {
        db::Connection conn = db::open_file(database);
        interruptOnCancel(conn, cancel);
        out.result = work(conn);
        out.status = RepJobStatus::Done;  // committed: shown even when cancel came too late
    } catch (const ConflictsChanged&) {
        out.status = RepJobStatus::Stale;
    } catch (const Cancelled&) {
        out.status = RepJobStatus::Cancelled;
    } catch (const UserError& e) {
        out.status = RepJobStatus::Refused;
        out.message = qs(e.what());
    } catch (const std::exception& e) {
        // An interrupted statement surfaces as a DatabaseError.
        out.status = cancelled() ? RepJobStatus::Cancelled : RepJobStatus::Failed;
        out.message = qs(e.what());
    } catch (...) {
        out.status = RepJobStatus::Failed;
        out.message = QCoreApplication::translate("RepFileJobs", "unexpected error");
    }
    return out;
}

}  // namespace

RepExportOutcome runRepExport(const std::filesystem::path& database, const ActionContext& actor,
                              const std::string& rep, const std::filesystem::path& file,
                              const std::atomic<bool>* cancel) {
    return runJob<RepExportOutcome>(database, cancel, [&](db::Connection& conn) {
        return export_rep_file(conn, actor, rep, file);
    });
}

RepMergeOutcome runRepMerge(const std::filesystem::path& database, const ActionContext& actor,
                            const std::filesystem::path& file,
                            const std::vector<MergeConflict>* settled,
                            const std::atomic<bool>* cancel) {
    return runJob<RepMergeOutcome>(database, cancel, [&](db::Connection& conn) {
        if (settled == nullptr) {
            return merge_rep_file(conn, actor, file, MergeResolution::None);
        }
        // Called inside the merge's transaction: throwing abandons the whole merge.
        const ConflictDecider decide = [&](const MergeConflict& met) {
            if (cancel != nullptr && cancel->load()) {
                throw Cancelled();
            }
            for (const MergeConflict& c : *settled) {
                if (sameConflict(c, met) && c.choice) {
                    return *c.choice;
                }
            }
            throw ConflictsChanged{};
        };
        return merge_rep_file(conn, actor, file, MergeResolution::None, decide);
    });
}

}  // namespace uplift::app
