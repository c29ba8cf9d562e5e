#pragma once
// Runs one core import off the UI thread (QtConcurrent on backgroundJobPool()) on its own
// connection to the file. Progress comes back as signals, cancel is an atomic flag the core
// polls, and every exception is caught on the worker thread and turned into an ImportOutcome
// (after Zeal's registry).
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

#include "security/action_context.h"
#include "workflows/imports.h"

namespace uplift::app {

struct ImportJob {
    std::filesystem::path database;  // the open Uplift file
    ActionContext actor;
    ImportKind kind = ImportKind::Products;
    std::filesystem::path file;
    ImportOptions options;
};

struct ImportOutcome {
    enum class Status { Imported, Refused, Failed, Cancelled };
    Status status = Status::Failed;
    ImportResult result;              // Imported
    std::vector<ImportIssue> issues;  // Refused: the problems by line and column
    std::int64_t totalIssues = 0;     // Refused: all problems, also those not kept
    QString message;                  // Refused / Failed: the core's message
};

class ImportWorker : public QObject {
    Q_OBJECT
  public:
    explicit ImportWorker(QObject* parent = nullptr);
    // Cancels a running import and waits for it: the thread never outlives its owner.
    ~ImportWorker() override;

    void start(ImportJob job);
    bool isRunning() const { return running_; }
    const ImportOutcome& outcome() const { return outcome_; }
    QString fileName() const { return fileName_; }

    // Runs the import on the calling thread; what the worker thread executes.
    static ImportOutcome run(const ImportJob& job, const std::atomic<bool>* cancel,
                             const std::function<void(int permille)>& onProgress);

  public slots:
    void cancel();

  signals:
    void started();
    // Per mille of the file read (0..1000).
    void progressChanged(int permille);
    void finished();

  private:
    std::atomic<bool> cancel_{false};
    QFutureWatcher<ImportOutcome> watcher_;
    ImportOutcome outcome_;
    QString fileName_;
    bool running_ = false;
};

}  // namespace uplift::app
