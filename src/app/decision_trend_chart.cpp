#include "decision_trend_chart.h"

#include <QChart>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

#include "chart_style.h"
#include "money/exact.h"
#include "text_conversions.h"

namespace uplift::app {

DecisionTrendChart::DecisionTrendChart(QWidget* parent)
    : QChartView(parent), units_(new QLineSeries(this)), baseline_(new QLineSeries(this)) {
    setObjectName(QStringLiteral("decisionTrendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    QChart* chart = newCalmChart();
    units_->setName(tr("Units"));
    baseline_->setName(tr("Baseline"));
    QPen base(QColor(0x8a, 0x94, 0xa0));
    base.setStyle(Qt::DashLine);
    base.setWidthF(1.5);
    baseline_->setPen(base);
    QPen act(QColor(0xd9, 0x7b, 0x1f));
    act.setWidthF(2.2);
    units_->setPen(act);
    units_->setPointsVisible(true);
    chart->addSeries(baseline_);
    chart->addSeries(units_);
    setChart(chart);
}

void DecisionTrendChart::clear() {
    QChart* c = chart();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    units_->clear();
    baseline_->clear();
    c->setTitle(QString());
}

void DecisionTrendChart::display(const DecisionPanel& panel) {
    clear();
    // The skus' baselines add up to the units a week the discount must lift.
    Exact baseline;
    for (const auto& s : panel.skus) {
        baseline += s.baseline_units;
    }
    const double base = ratio(baseline, Exact::whole(1));
    QStringList labels;
    double top = std::max(1.0, base);
    for (std::size_t i = 0; i < panel.trend.size(); ++i) {
        const auto x = static_cast<double>(i);
        const auto u = static_cast<double>(panel.trend[i].units);
        units_->append(x, u);
        baseline_->append(x, base);
        top = std::max(top, u);
        labels << tr("W%1").arg(toQDate(panel.trend[i].monday).weekNumber());
    }
    QChart* c = chart();
    c->setTitle(panel.trend_change_pct
                    ? tr("Units by week, %1 % over the last 4 weeks")
                          .arg(QLocale().toString(*panel.trend_change_pct, 'f', 1))
                    : tr("Units by week"));
    setCategoryAxes(c, labels, top, true);
}

}  // namespace uplift::app
