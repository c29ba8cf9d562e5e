#include "report_chart_view.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "chart_style.h"
#include "text_conversions.h"

namespace uplift::app {

ReportChartView::ReportChartView(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("reportChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setChart(newCalmChart());
    setVisible(false);
}

void ReportChartView::display(const std::optional<ReportChart>& chart) {
    shown_ = chart;
    if (!chart || chart->labels.empty() || chart->series.empty()) {
        setVisible(false);
        return;
    }
    QChart* c = newCalmChart();
    c->setTitle(qs(chart->title));
    QStringList labels;
    for (const std::string& l : chart->labels) {
        labels << qs(l);
    }
    double lo = 0;
    double hi = 1;
    for (const auto& s : chart->series) {
        for (const double v : s.values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (chart->waterfall) {
        // Each step floats from the running total before it to the one after (a candle whose
        // open and close are those totals); subtotals and the result stand on 0.
        auto* steps = new QCandlestickSeries;
        steps->setName(qs(chart->series.front().name));
        steps->setIncreasingColor(QColor(0x3c, 0x9d, 0x5d));
        steps->setDecreasingColor(QColor(0xc0, 0x39, 0x2b));
        steps->setBodyOutlineVisible(false);
        steps->setCapsVisible(false);
        lo = 0;  // the totals, not the steps, set the scale
        hi = 1;
        double running = 0;
        const auto& values = chart->series.front().values;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const bool total = i < chart->totals.size() && chart->totals[i];
            const double from = total ? 0.0 : running;
            const double to = total ? values[i] : running + values[i];
            running = to;
            auto* set = new QCandlestickSet(from, std::max(from, to), std::min(from, to), to,
                                            static_cast<qreal>(i));
            if (total) {
                set->setBrush(QColor(0x2b, 0x6c, 0xb0));
            }
            steps->append(set);
            lo = std::min({lo, from, to});
            hi = std::max({hi, from, to});
        }
        c->addSeries(steps);
        c->legend()->hide();
    } else if (chart->bars) {
        auto* bars = new QBarSeries;
        for (const auto& s : chart->series) {
            auto* set = new QBarSet(qs(s.name));
            for (const double v : s.values) {
                *set << v;
            }
            bars->append(set);
        }
        c->addSeries(bars);
    } else {
        for (const auto& s : chart->series) {
            auto* line = new QLineSeries;
            line->setName(qs(s.name));
            for (std::size_t i = 0; i < s.values.size(); ++i) {
                line->append(static_cast<qreal>(i), s.values[i]);
            }
            if (s.dashed) {
                QPen pen(QColor(0x8a, 0x94, 0xa0));
                pen.setStyle(Qt::DashLine);
                pen.setWidthF(1.5);
                line->setPen(pen);
            }
            c->addSeries(line);
        }
    }
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setTruncateLabels(false);  // slanted labels are read whole rather than cut to "PR00…"
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    // Many labels (weeks) stand upright, several slant, so they are read whole.
    if (labels.size() > 12) {
        x->setLabelsAngle(-90);
    } else if (labels.size() > 6) {
        x->setLabelsAngle(-40);
    }
    auto* y = new QValueAxis;
    y->setRange(lo < 0 ? std::floor(lo * 1.1) : 0, std::ceil(hi * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(5);
    y->applyNiceNumbers();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = this->chart();
    setChart(c);
    delete old;
    setVisible(true);
}

}  // namespace uplift::app
