#pragma once
// The SQL console (SCREENS "Reports"): an editor for one SELECT over the reporting views, the
// views and their columns beside it (double-click puts a name in at the cursor), Run
// (Ctrl+Enter) and Stop, a time limit, and the results grid with the first 10,000 rows.
// Queries run off the UI thread on their own read-only connection with the guarantees of
// `uplift-cli query` (analytics/adhoc_query.h); a refusal shows as a message above the grid.
// Export… runs the query again and writes every row as CSV or the report PDF document.
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <string>

#include "report_runner.h"
#include "reports/report_table.h"
#include "sql_result_model.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace uplift::app {

class AppSession;

// One run's answer, from the worker thread.
struct SqlConsoleRun {
    SqlResult result;
    bool cancelled = false;
    QString error;  // the core's message (a refusal, the time limit)
};

// One export's answer: the table for a PDF is rendered on the UI thread.
struct SqlConsoleExport {
    QString path;
    ReportFileFormat format = ReportFileFormat::Csv;
    ReportTable table;  // for a PDF
    bool cancelled = false;
    QString error;
};

class SqlConsole : public QWidget {
    Q_OBJECT
  public:
    explicit SqlConsole(AppSession& session, QWidget* parent = nullptr);
    // Stops a running query or export and waits for it: no thread outlives the console.
    ~SqlConsole() override;

    QPlainTextEdit* editor() const { return editor_; }
    SqlResultModel* model() const { return model_; }
    QTreeWidget* viewTree() const { return views_; }
    QTableView* resultView() const { return grid_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* stopButton() const { return stop_; }
    QPushButton* exportButton() const { return export_; }
    QSpinBox* timeLimitSpin() const { return limit_; }
    QLabel* statusLabel() const { return status_; }
    // The inline message naming what was refused; hidden while there is none.
    QLabel* messageLabel() const { return message_; }

    bool isRunning() const { return running_ || exporting_; }
    // Reads the views and their columns again (another file, a newer schema).
    void reloadViews() { loadViews(); }
    bool hasResult() const { return hasResult_; }

    // Runs the query of the grid again and writes every row in `format`, whole or not at all,
    // on the calling thread; false with the reason on failure.
    bool exportTo(const QString& path, ReportFileFormat format, QString* error) const;

  public slots:
    // Runs the editor's text; ignored while a query runs.
    void run();
    // Stops a running query or export (within a fraction of a second).
    void cancel();

  signals:
    // A run or an export ended (answered, refused, stopped).
    void finished();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void loadViews();
    void done();
    void exportDone();
    void chooseExportFile();
    void showMessage(const QString& text);
    void setBusy(bool busy);
    std::chrono::milliseconds timeLimit() const;
    QStringList pdfFilters() const;

    AppSession& session_;
    QTreeWidget* views_;
    QPlainTextEdit* editor_;
    QPushButton* run_;
    QPushButton* stop_;
    QSpinBox* limit_;
    QPushButton* export_;
    QLabel* message_;
    QLabel* status_;
    QTableView* grid_;
    SqlResultModel* model_;
    QFutureWatcher<SqlConsoleRun> watcher_;
    QFutureWatcher<SqlConsoleExport> exportWatcher_;
    std::atomic<bool> cancelFlag_{false};
    std::string shownSql_;  // the query whose rows the grid shows
    bool running_ = false;
    bool exporting_ = false;
    bool hasResult_ = false;
};

}  // namespace uplift::app
