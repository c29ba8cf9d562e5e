#include "units_chart.h"

#include <QChart>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

#include "chart_style.h"

namespace uplift::app {

UnitsChart::UnitsChart(QWidget* parent)
    : QChartView(parent),
      baseline_(new QLineSeries(this)),
      planned_(new QLineSeries(this)),
      actual_(new QLineSeries(this)) {
    setObjectName(QStringLiteral("unitsChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    QChart* chart = newCalmChart();
    chart->setTitle(tr("Units by week"));
    baseline_->setName(tr("Baseline"));
    planned_->setName(tr("Planned"));
    actual_->setName(tr("Actual"));
    QPen base(QColor(0x8a, 0x94, 0xa0));
    base.setStyle(Qt::DashLine);
    base.setWidthF(1.5);
    baseline_->setPen(base);
    QPen plan(QColor(0x2b, 0x6c, 0xb0));
    plan.setWidthF(2.2);
    planned_->setPen(plan);
    QPen act(QColor(0xd9, 0x7b, 0x1f));
    act.setWidthF(2.2);
    actual_->setPen(act);
    actual_->setPointsVisible(true);
    for (QLineSeries* s : {baseline_, planned_, actual_}) {
        chart->addSeries(s);
    }
    setChart(chart);
}

void UnitsChart::display(const std::vector<WeekUnitsPoint>& weeks) {
    QChart* c = chart();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    baseline_->clear();
    planned_->clear();
    actual_->clear();
    QStringList labels;
    double top = 1;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        const WeekUnitsPoint& w = weeks[i];
        const auto x = static_cast<double>(i);
        baseline_->append(x, w.baseline);
        planned_->append(x, w.planned);
        top = std::max({top, w.baseline, w.planned});
        if (w.actual) {
            actual_->append(x, static_cast<double>(*w.actual));
            top = std::max(top, static_cast<double>(*w.actual));
        }
        // ISO week numbers, starred where the promotion is in store.
        labels << (w.inStore ? tr("W%1*") : tr("W%1")).arg(w.monday.weekNumber());
    }
    setCategoryAxes(c, labels, top, true);
    actual_->setVisible(actual_->count() > 0);
}

int UnitsChart::pointCount() const {
    return static_cast<int>(planned_->count());
}

}  // namespace uplift::app
