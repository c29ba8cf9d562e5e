#include "import_worker.h"

#include <QtConcurrent/QtConcurrentRun>

#include "background_jobs.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "io/import_errors.h"
#include "text_conversions.h"

namespace uplift::app {

ImportWorker::ImportWorker(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<ImportOutcome>::finished, this, [this] {
        outcome_ = watcher_.result();
        running_ = false;
        emit finished();
    });
}

ImportWorker::~ImportWorker() {
    cancel_.store(true);
    watcher_.waitForFinished();
}

void ImportWorker::start(ImportJob job) {
    if (running_) {
        return;
    }
    running_ = true;
    cancel_.store(false);
    outcome_ = {};
    fileName_ = fromPath(job.file.filename());
    emit started();
    // Signals emitted on the worker thread reach GUI-thread receivers queued.
    auto onProgress = [this](int permille) { emit progressChanged(permille); };
    watcher_.setFuture(QtConcurrent::run(
        backgroundJobPool(),
        [job = std::move(job), this, onProgress] { return run(job, &cancel_, onProgress); }));
}

void ImportWorker::cancel() {
    cancel_.store(true);
}

ImportOutcome ImportWorker::run(const ImportJob& job, const std::atomic<bool>* cancel,
                                const std::function<void(int)>& onProgress) {
    ImportOutcome out;
    try {
        // One connection per thread: never the GUI's.
        db::Connection conn = db::open_file(job.database);
        ImportProgress progress;
        progress.cancel = cancel;
        progress.on_progress = [&onProgress](std::uint64_t done, std::uint64_t total) {
            if (onProgress && total > 0) {
                onProgress(static_cast<int>(done * 1000 / total));
            }
        };
        out.result = import_file(conn, job.actor, job.kind, job.file, job.options, progress);
        out.status = ImportOutcome::Status::Imported;
    } catch (const ImportFailed& e) {
        out.status = ImportOutcome::Status::Refused;
        out.issues = e.issues();
        out.totalIssues = e.total();
        out.message = qs(e.what());
    } catch (const Cancelled&) {
        out.status = ImportOutcome::Status::Cancelled;
    } catch (const UserError& e) {
        out.status = ImportOutcome::Status::Refused;
        out.message = qs(e.what());
    } catch (const std::exception& e) {
        out.status = ImportOutcome::Status::Failed;
        out.message = qs(e.what());
    } catch (...) {
        out.status = ImportOutcome::Status::Failed;
        out.message = tr("unexpected error");
    }
    return out;
}

}  // namespace uplift::app
