#pragma once
// The Reports section (SCREENS "Reports"): the standard reports on the left (Promotion ROI,
// Brand × channel, Discount analysis, Unjustified discounts, Budget vs actual, Post-event
// sheet, Targets, Fund activity), their options above the table (dates, "By", brand, channel,
// account, promotion, fund), the table the core builds for the CLI in the centre with its
// notes and row count, Export… to the CLI's CSV dialects or its PDF document, and Print… of
// that document. A report runs off the UI thread on its own connection; the window stays
// responsive meanwhile.
#include <QFutureWatcher>

#include <atomic>

#include "report_runner.h"
#include "rerunnable_job.h"
#include "section_widget.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrinter;
class QProgressBar;
class QStackedWidget;
class QPushButton;

namespace uplift::app {

class AppSession;
class ReportChartView;
class ReportTableModel;
class PivotBuilder;
class SqlConsole;

// What the list on the left opens: a standard report, or an ad-hoc page.
enum class ReportsPage { Standard, SqlConsole, Pivot };

struct ReportRun {
    ReportRequest request;  // what the table answers
    ReportTable table;
    bool cancelled = false;
    QString error;  // the core's message when the report failed
};

class ReportsSection : public SectionWidget {
    Q_OBJECT
  public:
    explicit ReportsSection(AppSession& session, QWidget* parent = nullptr);
    // Cancels a running report and waits for it: the thread never outlives the section.
    ~ReportsSection() override;

    // Refreshes the brands, channels and accounts offered and runs the report again.
    void reload() override;
    // The table Edit > Copy copies from: the pivot's while it is shown, else the report's.
    FilteredTableView* tableView() const override;

    QListWidget* reportList() const { return list_; }
    ReportTableModel* model() const { return model_; }
    ReportChartView* chartView() const { return chart_; }
    QComboBox* byCombo() const { return by_; }
    QComboBox* brandCombo() const { return brand_; }
    QComboBox* channelCombo() const { return channel_; }
    QComboBox* accountCombo() const { return account_; }
    QComboBox* promotionCombo() const { return promotion_; }
    QComboBox* fundCombo() const { return fund_; }
    QComboBox* regionCombo() const { return region_; }
    QComboBox* categoryCombo() const { return category_; }
    QComboBox* statusCombo() const { return status_filter_; }
    QCheckBox* allDatesCheck() const { return allDates_; }
    QDateEdit* fromEdit() const { return from_; }
    QDateEdit* toEdit() const { return to_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* exportButton() const { return export_; }
    QPushButton* printButton() const { return print_; }
    QLabel* notesLabel() const { return notes_; }
    QLabel* statusLabel() const { return status_; }

    ReportsPage currentPage() const;
    // The SQL console, once it has been shown (made on first use).
    SqlConsole* sqlConsole() const { return sqlConsole_; }
    // The pivot builder, once it has been shown.
    PivotBuilder* pivotBuilder() const { return pivot_; }
    // Lists the saved pivots under Pivot, the user's own (Admin: everyone's).
    void refreshSavedPivots();
    void showSqlConsole();
    // The pivot builder with the first saved pivot opened and run (none saved: empty).
    void showPivot();
    ReportKind currentReport() const;
    void setCurrentReport(ReportKind kind);
    // What the next run asks, from the controls (and the filters showReport pinned).
    ReportRequest request() const;
    // Shows `request`'s report with its options and runs it (a dashboard's drill-down). Filters
    // without a control here (a ROI report's account, a targets period or rep) are kept for this
    // report until another is chosen, and named in the title.
    void showReport(const ReportRequest& request);
    bool isRunning() const { return job_.isRunning(); }
    bool hasResult() const { return hasResult_; }

    // Writes the table shown (the last run's) in `format`, whole or not at all; false with the
    // reason on failure.
    bool exportTo(const QString& path, ReportFileFormat format, QString* error) const;
    // Prints the table shown as its PDF looks; false with the reason on failure.
    bool printTo(QPrinter& printer, QString* error) const;

    // Opens the rows behind the figure at `index` of the table view (a non-modal dialog); a
    // cell without a source says so in the status line. Double-click or Enter on a cell.
    void openSourceRows(const QModelIndex& index);

  public slots:
    // Runs the report with the options shown; while one runs, runs again when it ends.
    void start();
    void cancel();

  signals:
    void finished();

  private:
    void reportChosen();
    void showAdhocPage(ReportsPage page);
    void done();
    void chooseExportFile();
    void choosePrinter();
    void updateDateControls();
    QStringList filterTexts(const ReportRequest& r) const;

    AppSession& session_;
    QListWidget* list_;
    QLabel* title_;
    QDateEdit* from_;
    QDateEdit* to_;
    QCheckBox* allDates_;
    QLabel* byLabel_;
    QComboBox* by_;
    QLabel* brandLabel_;
    QComboBox* brand_;
    QLabel* channelLabel_;
    QComboBox* channel_;
    QLabel* accountLabel_;
    QComboBox* account_ = nullptr;
    QLabel* promotionLabel_;
    QComboBox* promotion_;
    QLabel* fundLabel_ = nullptr;
    QComboBox* fund_;
    QLabel* regionLabel_ = nullptr;
    QComboBox* region_;
    QLabel* categoryLabel_ = nullptr;
    QComboBox* category_;
    QLabel* statusLabel_ = nullptr;
    QComboBox* status_filter_;
    QPushButton* run_;
    QPushButton* cancel_;
    QPushButton* export_;
    QPushButton* print_;
    QProgressBar* busy_;
    QLabel* status_;
    QLabel* notes_;
    QStackedWidget* stack_ = nullptr;
    SqlConsole* sqlConsole_ = nullptr;
    PivotBuilder* pivot_ = nullptr;
    ReportChartView* chart_;
    FilteredTableView* view_;
    ReportTableModel* model_;
    QFutureWatcher<ReportRun> watcher_;
    ReportRequest shown_;   // what the table shown answers
    ReportRequest pinned_;  // showReport's filters that have no control
    bool hasResult_ = false;
    bool filling_ = false;  // controls being refilled: no run per change
    RerunnableJob job_;     // the run in the background, its Cancel, busy bar and status
};

}  // namespace uplift::app
