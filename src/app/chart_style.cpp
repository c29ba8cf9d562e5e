#include "chart_style.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QValueAxis>
#include <cmath>

namespace uplift::app {

QChart* newCalmChart() {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

void setCategoryAxes(QChart* chart, const QStringList& labels, double top, bool upright) {
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    if (upright) {
        x->setLabelsAngle(-90);
    }
    auto* y = new QValueAxis;
    y->setRange(0, std::ceil(top * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(5);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

}  // namespace uplift::app
