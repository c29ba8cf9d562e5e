#include "dashboard_chart_view.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "chart_style.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

const QColor kDashboardSeriesColours[] = {QColor(0x3b, 0x78, 0xb5), QColor(0xd9, 0x7b, 0x1f),
                                          QColor(0x5b, 0x9a, 0x5b), QColor(0x8a, 0x94, 0xa0)};

}  // namespace

DashboardChartView::DashboardChartView(const DashboardChart& chartData, QWidget* parent)
    : QChartView(parent), data_(chartData) {
    setObjectName(QStringLiteral("dashboardChart_%1").arg(qs(data_.key)));
    setRenderHint(QPainter::Antialiasing);
    // Room for every category's label: named bars run across, one line each.
    const int rows = static_cast<int>(chartData.categories.size());
    setMinimumHeight(chartData.horizontal ? std::max(240, 80 + 24 * rows) : 260);
    QChart* chart = newCalmChart();
    chart->setTitle(qs(data_.title));
    QAbstractBarSeries* series = data_.horizontal
                                     ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double lo = 0;
    double hi = 0;
    int colour = 0;
    for (const DashboardChart::Series& s : data_.series) {
        auto* set = new QBarSet(qs(s.name));
        set->setColor(kDashboardSeriesColours[colour++ % 4]);
        set->setBorderColor(set->color());
        // Qt draws a horizontal chart's first category at the bottom: append them reversed so
        // the first one reads on top.
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            const double v = s.values[data_.horizontal ? s.values.size() - 1 - i : i];
            set->append(v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const int n = static_cast<int>(data_.categories.size());
            emit categoryActivated(data_.horizontal ? n - 1 - index : index);
        });
        series->append(set);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(data_.series.size() > 1);
    // Months ("2025-06") as short month names; other categories as they are.
    QStringList labels;
    for (const std::string& c : data_.categories) {
        const QDate month = QDate::fromString(qs(c) + QStringLiteral("-01"), Qt::ISODate);
        labels << (c.size() == 7 && month.isValid()
                       ? QLocale().toString(month, QStringLiteral("MMM yy"))
                       : qs(c));
    }
    if (data_.horizontal) {
        std::reverse(labels.begin(), labels.end());
    }
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    auto* values = new QValueAxis;
    const double span = std::max(1.0, hi - lo);
    values->setRange(lo < 0 ? lo - span * 0.05 : 0, hi + span * 0.08);
    values->setLabelFormat(data_.percent ? QStringLiteral("%.0f %%") : QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    if (data_.horizontal) {
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
    } else {
        categories->setLabelsAngle(labels.size() > 6 ? -90 : 0);
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    setChart(chart);
    if (!data_.links.empty()) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Click a bar to open the report behind it"));
    }
}

QPoint DashboardChartView::barCentre(int category) const {
    QAbstractSeries* series = chart()->series().value(0);
    if (series == nullptr || data_.series.empty()) {
        return {};
    }
    const std::size_t i = static_cast<std::size_t>(category);
    const double v = i < data_.series[0].values.size() ? data_.series[0].values[i] / 2 : 0;
    // With several series the first one's bar sits left of (above) the category's centre.
    const double offset =
        data_.series.size() > 1 ? -0.5 + 0.5 / static_cast<double>(data_.series.size()) : 0.0;
    const int n = static_cast<int>(data_.categories.size());
    const QPointF value = data_.horizontal ? QPointF(v, n - 1 - category + offset * 0.8)
                                           : QPointF(category + offset * 0.8, v);
    return mapFromScene(chart()->mapToScene(chart()->mapToPosition(value, series)));
}

}  // namespace uplift::app
