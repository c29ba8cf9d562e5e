#pragma once
// Merging a rep file into the open main file (SPEC §6.1). The merge runs on a worker thread
// with its own connection. A first merge without a resolution either applies at once (no
// conflicts: the dialog shows what it applied, before → after) or stops having changed nothing;
// then the conflicts are listed with the value at export, HQ's and the rep's, the user settles
// each (or all at once) and Apply merges again with those choices. Refusals show the core's
// message and change nothing.
#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <filesystem>
#include <optional>
#include <vector>

#include "rep_file_jobs.h"

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace uplift::app {

class AppSession;
class MergeConflictModel;
class MergedTargetModel;

class RepMergeDialog : public QDialog {
    Q_OBJECT
  public:
    enum class State { Ready, Running, Conflicts, Merged, NothingNew, Refused, Cancelled };

    // Keeps the open file's path and the acting user; never uses the session's connection.
    RepMergeDialog(const AppSession& session, const QString& repFile, QWidget* parent = nullptr);
    // Cancels a running merge and waits for it: the worker never outlives the dialog.
    ~RepMergeDialog() override;

    // Runs the first merge (nothing to settle yet).
    void start();

    State state() const { return state_; }
    bool isRunning() const { return state_ == State::Running; }
    const RepMergeResult& result() const { return result_; }
    QString summaryText() const;
    MergeConflictModel* conflictModel() const { return conflicts_; }
    MergedTargetModel* appliedModel() const { return applied_; }
    QTableView* conflictView() const { return conflictView_; }
    QPushButton* applyButton() const { return apply_; }
    QPushButton* keepAllHqButton() const { return allHq_; }
    QPushButton* takeAllRepButton() const { return allRep_; }

    void reject() override;

  signals:
    // The main file's targets changed: views showing them should reload.
    void merged();

  private:
    void run(std::optional<std::vector<MergeConflict>> settled);
    void finished();
    void showOutcome(const RepMergeOutcome& out);
    void showConflicts(const RepMergeResult& r);
    void showApplied(const RepMergeResult& r);
    void setState(State s);
    void updateApply();

    std::filesystem::path database_;
    ActionContext actor_;
    QString repFile_;
    State state_ = State::Ready;
    RepMergeResult result_;
    QString note_;  // shown above the next result (the main file changed while choosing)
    bool closeWhenDone_ = false;

    std::atomic<bool> cancel_{false};
    QFutureWatcher<RepMergeOutcome> watcher_;

    QLabel* summary_;
    QProgressBar* busy_;
    QTableView* conflictView_;
    QTableView* appliedView_;
    QPushButton* allHq_;
    QPushButton* allRep_;
    QPushButton* apply_;
    QPushButton* cancelButton_;
    QPushButton* close_;
    QDialogButtonBox* buttons_;
    MergeConflictModel* conflicts_;
    MergedTargetModel* applied_;
};

}  // namespace uplift::app
