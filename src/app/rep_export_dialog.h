#pragma once
// Exporting a rep file (SPEC §6.1): pick a rep who has partners and a file name, export on a
// worker thread (own connection, Cancel), then show what went into the file. Export is offered
// only with the right reps.export, in a main file.
#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <filesystem>

#include "rep_file_jobs.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace uplift::app {

class AppSession;

class RepExportDialog : public QDialog {
    Q_OBJECT
  public:
    static constexpr const char* kRight = "reps.export";

    // Lists the reps through the session's connection (GUI thread); the export itself runs on
    // a worker with its own connection.
    explicit RepExportDialog(AppSession& session, QWidget* parent = nullptr);
    ~RepExportDialog() override;

    // "rep1-2025-06-02.uplift" beside the open file.
    QString defaultFileName(const QString& rep) const;

    bool isRunning() const { return running_; }
    bool exported() const { return exported_; }
    const RepExport& result() const { return result_; }
    QString summaryText() const;
    QComboBox* repCombo() const { return rep_; }
    QLineEdit* fileEdit() const { return file_; }
    QPushButton* exportButton() const { return export_; }

    void reject() override;

  public slots:
    void startExport();
    void browse();

  signals:
    void repFileExported(const QString& path);

  private:
    void repChanged();
    void finished();
    void updateButtons();

    std::filesystem::path database_;
    ActionContext actor_;
    QString directory_;
    QString today_;
    bool mayExport_ = false;
    bool running_ = false;
    bool exported_ = false;
    bool closeWhenDone_ = false;
    QString lastDefault_;  // the file name follows the rep until the user types another
    RepExport result_;

    std::atomic<bool> cancel_{false};
    QFutureWatcher<RepExportOutcome> watcher_;

    QComboBox* rep_;
    QLineEdit* file_;
    QPushButton* browse_;
    QLabel* summary_;
    QProgressBar* busy_;
    QDialogButtonBox* buttons_;
    QPushButton* export_;
    QPushButton* cancelButton_;
    QPushButton* close_;
};

}  // namespace uplift::app
