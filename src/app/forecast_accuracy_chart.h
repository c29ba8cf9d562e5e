#pragma once
// Target, plan and actual units by period as grouped bars, with the WAPE and bias of everything
// shown in the title (the core's sums over the periods of the current filter).
#include <QChartView>

#include <vector>

#include "targets/sales_plan.h"

class QBarSet;

namespace uplift::app {

class ForecastAccuracyChart : public QChartView {
    Q_OBJECT
  public:
    explicit ForecastAccuracyChart(QWidget* parent = nullptr);

    // `byPeriod`: one row per period in order; `total`: their sums.
    void display(const std::vector<TargetFigures>& byPeriod, const TargetFigures& total);

    // What the chart shows (tests read them).
    QString title() const;
    QStringList periods() const { return periods_; }
    QBarSet* targetSet() const { return target_; }
    QBarSet* planSet() const { return plan_; }
    QBarSet* actualSet() const { return actual_; }

  private:
    QBarSet* target_;
    QBarSet* plan_;
    QBarSet* actual_;
    QStringList periods_;
};

}  // namespace uplift::app
