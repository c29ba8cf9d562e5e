#pragma once
// The decision panel's chart: units of the request's skus in each of the 13 weeks before it
// starts, with the baseline they average to as a dashed line.
#include <QChartView>

#include <vector>

#include "analytics/discount_decision.h"

class QLineSeries;

namespace uplift::app {

class DecisionTrendChart : public QChartView {
    Q_OBJECT
  public:
    explicit DecisionTrendChart(QWidget* parent = nullptr);

    void display(const DecisionPanel& panel);
    void clear();
    QLineSeries* unitsSeries() const { return units_; }

  private:
    QLineSeries* units_;
    QLineSeries* baseline_;
};

}  // namespace uplift::app
