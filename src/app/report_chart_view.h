#pragma once
// The chart above a report's table (SCREENS "Reports"): the core's ReportChart drawn with Qt
// Charts — lines over the labels, or bars side by side per label —, hidden when the report
// has none.
#include <QChartView>

#include <optional>

#include "reports/report_table.h"

namespace uplift::app {

class ReportChartView : public QChartView {
    Q_OBJECT
  public:
    explicit ReportChartView(QWidget* parent = nullptr);

    // Draws the chart, or hides the view when there is none.
    void display(const std::optional<ReportChart>& chart);
    const std::optional<ReportChart>& shown() const { return shown_; }

  private:
    std::optional<ReportChart> shown_;
};

}  // namespace uplift::app
