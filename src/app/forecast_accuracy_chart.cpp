#include "forecast_accuracy_chart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>

#include <algorithm>
#include <cmath>

#include "chart_style.h"
#include "exact_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

double chartUnits(const Exact& e) {
    return ratio(e, Exact::whole(1));
}

// "250.00 %", or a dash where the ratio is undefined (no actual sales).
QString pctOrDash(const Exact& a, const Exact& b) {
    const QString text = formatRatioPct(a, b);
    return text.isEmpty() ? QStringLiteral("–") : text;
}

}  // namespace

ForecastAccuracyChart::ForecastAccuracyChart(QWidget* parent)
    : QChartView(parent),
      target_(new QBarSet(tr("Target"))),
      plan_(new QBarSet(tr("Plan"))),
      actual_(new QBarSet(tr("Actual"))) {
    setObjectName(QStringLiteral("forecastAccuracyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    QChart* chart = newCalmChart();
    // The colours of the editor's units chart: plan blue, actual orange; the target grey.
    target_->setColor(QColor(0xb8, 0xc0, 0xc8));
    plan_->setColor(QColor(0x2b, 0x6c, 0xb0));
    actual_->setColor(QColor(0xd9, 0x7b, 0x1f));
    auto* series = new QBarSeries;  // owns the sets
    series->append({target_, plan_, actual_});
    chart->addSeries(series);  // owns the series
    setChart(chart);
    display({}, {});
}

void ForecastAccuracyChart::display(const std::vector<TargetFigures>& byPeriod,
                                    const TargetFigures& total) {
    QChart* c = chart();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    for (QBarSet* s : {target_, plan_, actual_}) {
        s->remove(0, s->count());
    }
    periods_.clear();
    double top = 1;
    for (const TargetFigures& f : byPeriod) {
        periods_ << qs(f.period);
        const auto target = static_cast<double>(f.target_units);
        const double plan = chartUnits(f.plan_units);
        const auto actual = static_cast<double>(f.actual_units);
        target_->append(target);
        plan_->append(plan);
        actual_->append(actual);
        top = std::max({top, target, plan, actual});
    }
    const Exact actual = Exact::whole(total.actual_units);
    c->setTitle(tr("Units by period — WAPE %1, bias %2")
                    .arg(pctOrDash(total.abs_error, actual), pctOrDash(total.error, actual)));
    setCategoryAxes(c, periods_, top, false);
}

QString ForecastAccuracyChart::title() const {
    return chart()->title();
}

}  // namespace uplift::app
