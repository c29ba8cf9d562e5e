#pragma once
// The editor's chart of units by week: baseline, plan and actuals; in-store weeks starred.
#include <QChartView>

#include <vector>

#include "promotion_weekly_units.h"

class QLineSeries;

namespace uplift::app {

class UnitsChart : public QChartView {
    Q_OBJECT
  public:
    explicit UnitsChart(QWidget* parent = nullptr);

    void display(const std::vector<WeekUnitsPoint>& weeks);
    // Points of each series (tests read them).
    int pointCount() const;
    QLineSeries* plannedSeries() const { return planned_; }
    QLineSeries* actualSeries() const { return actual_; }

  private:
    QLineSeries* baseline_;
    QLineSeries* planned_;
    QLineSeries* actual_;
};

}  // namespace uplift::app
