#pragma once
// The look every chart of the app shares: a calm chart with the legend below, and category
// axes (weeks, periods) against a units axis from 0 with round ticks.
#include <QStringList>
#include <initializer_list>

class QAbstractSeries;
class QChart;

namespace uplift::app {

// A new chart: legend at the bottom, small margins, square corners.
QChart* newCalmChart();

// Puts the category labels on x (turned upright when `upright`), 0 to a little above `top` on
// y, and attaches every series of the chart to both.
void setCategoryAxes(QChart* chart, const QStringList& labels, double top, bool upright);

}  // namespace uplift::app
