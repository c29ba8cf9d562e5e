#pragma once
// One dashboard chart (the core's DashboardChart) drawn with Qt Charts in the house style: bars
// per category and series; clicking a bar asks for the report behind that category.
#include <QChartView>

#include "reports/kpis.h"

namespace uplift::app {

class DashboardChartView : public QChartView {
    Q_OBJECT
  public:
    explicit DashboardChartView(const DashboardChart& chartData, QWidget* parent = nullptr);

    const DashboardChart& data() const { return data_; }
    // Where the bar of `category` (first series) is drawn, in viewport coordinates.
    QPoint barCentre(int category) const;

  signals:
    void categoryActivated(int category);

  private:
    DashboardChart data_;
};

}  // namespace uplift::app
