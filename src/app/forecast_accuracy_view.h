#pragma once
// Forecast accuracy (SPEC §6, issue 5 point 7): target / plan / actual by account, brand, period
// or rep with attainment, WAPE and bias, rows forecasting badly highlighted; a chart of target,
// plan and actual units by period; and the approved promotions at stock-out risk. The core's
// target_report runs on a worker thread with its own connection; a newer reload supersedes an
// older one, whose result is dropped. It reads every actual (seconds of a core on a big file),
// so the view loads only while it is shown: a hidden view notes that it is out of date and
// loads when it is shown next.
#include <QWidget>

#include <cstdint>

#include "targets/sales_plan.h"

class QComboBox;
class QLabel;
class QProgressBar;

namespace uplift::app {

class AppSession;
class FilteredTableView;
class ForecastAccuracyChart;
class ForecastAccuracyModel;
class StockOutRiskList;
struct AccuracyResult;

class ForecastAccuracyView : public QWidget {
    Q_OBJECT
  public:
    explicit ForecastAccuracyView(AppSession& session, QWidget* parent = nullptr);
    // Waits for loads still running: their threads never outlive the view.
    ~ForecastAccuracyView() override;

    // A load is running whose result has not been shown yet.
    bool isBusy() const { return shown_ != started_; }

    // The parts, for the tab that hosts the view and for tests.
    QComboBox* groupingBox() const { return by_; }
    QComboBox* periodBox() const { return period_; }
    QComboBox* repBox() const { return rep_; }
    FilteredTableView* tableView() const { return table_; }
    ForecastAccuracyModel* model() const { return model_; }
    ForecastAccuracyChart* chart() const { return chart_; }
    StockOutRiskList* stockOutList() const { return risks_; }

  public slots:
    // Loads again with the current grouping and filters (e.g. after an import); when hidden, as
    // soon as it is shown.
    void reload();

  signals:
    // A load's result is on screen (or its error).
    void reloaded();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    TargetGrouping grouping() const;
    TargetReportFilter filter() const;
    void showResult(const AccuracyResult& result, TargetGrouping grouping);
    void setBusy(bool busy);

    AppSession& session_;
    QComboBox* by_;
    QComboBox* period_;
    QComboBox* rep_;
    QProgressBar* busy_;
    QLabel* busyLabel_;
    QLabel* error_;
    ForecastAccuracyChart* chart_;
    ForecastAccuracyModel* model_;
    FilteredTableView* table_;
    StockOutRiskList* risks_;
    QLabel* noRisks_;
    std::uint64_t started_ = 0;  // generation of the newest load
    std::uint64_t shown_ = 0;    // generation on screen
    bool stale_ = false;         // a reload was asked while hidden
};

}  // namespace uplift::app
