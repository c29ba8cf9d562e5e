#pragma once
// The pivot builder (SCREENS "Reports": "Pivot: drag dimensions to rows/columns and measures to
// values"): a source view of the core's catalogue, its Fields, the Rows, Columns, Values and
// Filters zones, the saved layouts, and the table the core builds (reports/pivot_run.h) in a
// FilteredTableView, exported as the CLI's CSV dialects or PDF. A pivot runs off the UI thread
// on its own read-only connection, with Cancel. Fields are added by dragging, by double-click
// (dimensions to Rows, measures to Values) or from the Fields list's context menu; Delete takes
// an entry out of a zone.
#include <QFutureWatcher>
#include <QString>
#include <QWidget>

#include <atomic>

#include "report_runner.h"
#include "reports/pivot_layout.h"
#include "reports/report_table.h"
#include "rerunnable_job.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

namespace uplift::app {

class AppSession;
class FilteredTableView;
class PivotDropZone;
class PivotFieldList;
class ReportTableModel;

struct PivotRun {
    PivotLayout layout;  // what the table answers
    ReportTable table;
    bool cancelled = false;
    QString error;  // the core's message when the pivot failed
};

class PivotBuilder : public QWidget {
    Q_OBJECT
  public:
    enum class Zone { Rows, Columns, Values, Filters };

    explicit PivotBuilder(AppSession& session, QWidget* parent = nullptr);
    // Cancels a running pivot and waits for it: the thread never outlives the widget.
    ~PivotBuilder() override;

    // Re-reads the saved layouts (the user's; Admin: everyone's).
    void reload();
    // Named apart from QWidget::layout()/setLayout(QLayout*), which they would hide.
    void setPivotLayout(const PivotLayout& layout);
    PivotLayout pivotLayout() const;

    // Adds a field of the current source to a zone, as a drop there does; false (with the reason
    // in the status line) when the zone does not take it.
    bool addField(Zone zone, const QString& name);

    // Saves the layout shown under `name` (the user's own; the same name replaces it), opens and
    // deletes saved ones; false with the core's message shown when refused.
    bool saveLayoutAs(const QString& name);
    bool openSavedLayout(const QString& name, const QString& owner = {});
    bool deleteSavedLayout(const QString& name, const QString& owner = {});

    ReportTableModel* model() const { return model_; }
    bool isRunning() const { return job_.isRunning(); }
    bool hasResult() const { return hasResult_; }
    // Writes the table shown (the last run's) in `format`, whole or not at all; false with the
    // reason on failure.
    bool exportTo(const QString& path, ReportFileFormat format, QString* error) const;

    QComboBox* sourceCombo() const { return source_; }
    QComboBox* savedCombo() const { return saved_; }
    PivotFieldList* fieldList() const { return fields_; }
    PivotDropZone* zone(Zone z) const;
    FilteredTableView* tableView() const { return view_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* exportButton() const { return export_; }
    QCheckBox* totalsCheck() const { return totals_; }
    QLabel* statusLabel() const { return status_; }

  public slots:
    // Runs the layout shown; while one runs, the newest layout runs when it ends.
    void run();
    void cancel();

  signals:
    void finished();
    void layoutsChanged();

  private:
    void sourceChosen();
    void clearZones();
    void fillFieldsFor(const QString& view);
    void addValue(const QString& measure, PivotAggregate aggregate);
    void addFilter(const QString& dimension, const QStringList& values);
    void removeFromZone(Zone z, int row);
    void fieldActivated(QListWidgetItem* item);
    void fieldMenu(const QPoint& pos);
    void done();
    void chooseExportFile();
    void askSaveName();
    void askDelete();
    void savedChosen(int index);
    QString currentSource() const;
    QStringList dimensionsIn(Zone z) const;

    AppSession& session_;
    QComboBox* source_;
    QComboBox* saved_;
    QPushButton* save_;
    QPushButton* delete_;
    QCheckBox* totals_;
    PivotFieldList* fields_;
    PivotDropZone* rows_;
    PivotDropZone* columns_;
    PivotDropZone* values_;
    PivotDropZone* filters_;
    QPushButton* run_;
    QPushButton* cancel_;
    QPushButton* export_;
    QProgressBar* busy_;
    QLabel* status_;
    QLabel* notes_;
    FilteredTableView* view_;
    ReportTableModel* model_;
    QFutureWatcher<PivotRun> watcher_;
    PivotLayout shown_;  // what the table shown answers
    bool hasResult_ = false;
    bool filling_ = false;  // a layout being put into the zones: no clearing on source change
    RerunnableJob job_;     // the run in the background, its Cancel, busy bar and status
};

}  // namespace uplift::app
