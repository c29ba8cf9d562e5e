#pragma once
// The rows behind a figure of a report (SCREENS "Reports": double-click any figure): a
// non-modal window titled with what was clicked, one tab per source table (the core's
// source_rows: ledger entries, actuals rows, claims, requests …), each with a line saying how
// many rows it shows of how many and what they add up to — and that this is the report's
// figure. A tab exports like a report (CSV dialects, PDF). The query runs off the UI thread on
// its own connection, with a busy bar and a cancel.
#include <QDialog>
#include <QFutureWatcher>

#include <atomic>

#include "report_runner.h"
#include "reports/source_rows.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace uplift::app {

class AppSession;
class ReportTableModel;

struct SourceRowsRun {
    SourceRows rows;
    bool cancelled = false;
    QString error;
};

class SourceRowsDialog : public QDialog {
    Q_OBJECT
  public:
    // The rows shown per table; the totals are over all of them.
    static constexpr std::size_t kRowLimit = 1000;

    SourceRowsDialog(AppSession& session, SourceRef ref, QWidget* parent = nullptr);
    // Cancels a running query and waits for it: the thread never outlives the dialog.
    ~SourceRowsDialog() override;

    bool isRunning() const { return running_; }
    QTabWidget* tabs() const { return tabs_; }
    // The table of tab `i` and the line under it ("first 1,000 of 52,340 rows · total …").
    ReportTableModel* model(int i) const;
    QLabel* summaryLabel(int i) const;
    const SourceRows& result() const { return rows_; }

    // Writes the table of the current tab, whole or not at all; false with the reason.
    bool exportTo(const QString& path, ReportFileFormat format, QString* error) const;

  signals:
    void finished();

  private:
    void done();
    void chooseExportFile();
    QString summaryText(const SourceTable& t) const;

    AppSession& session_;
    SourceRef ref_;
    QTabWidget* tabs_;
    QProgressBar* busy_;
    QLabel* status_;
    QPushButton* cancel_;
    QPushButton* export_;
    QFutureWatcher<SourceRowsRun> watcher_;
    std::atomic<bool> cancelFlag_{false};
    SourceRows rows_;
    QList<ReportTableModel*> models_;
    QList<QLabel*> summaries_;
    bool running_ = false;
};

}  // namespace uplift::app
