#include "sparkline_widget.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace uplift::app {

SparklineWidget::SparklineWidget(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SparklineWidget::setValues(std::vector<std::optional<double>> values) {
    values_ = std::move(values);
    update();
}

void SparklineWidget::paintEvent(QPaintEvent*) {
    double lo = 0;
    double hi = 0;
    bool any = false;
    for (const auto& v : values_) {
        if (v) {
            lo = any ? std::min(lo, *v) : *v;
            hi = any ? std::max(hi, *v) : *v;
            any = true;
        }
    }
    if (!any || values_.size() < 2) {
        return;
    }
    if (hi == lo) {
        hi = lo + 1;  // a flat line in the middle
        lo -= 1;
    }
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const auto point = [&](std::size_t i, double v) {
        const double x = area.left() + area.width() * static_cast<double>(i) /
                                           static_cast<double>(values_.size() - 1);
        const double y = area.bottom() - area.height() * (v - lo) / (hi - lo);
        return QPointF(x, y);
    };
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    bool drawing = false;
    std::optional<QPointF> last;
    for (std::size_t i = 0; i < values_.size(); ++i) {
        if (!values_[i]) {
            drawing = false;
            continue;
        }
        const QPointF pt = point(i, *values_[i]);
        if (drawing) {
            path.lineTo(pt);
        } else {
            path.moveTo(pt);
        }
        drawing = true;
        last = pt;
    }
    p.setPen(QPen(QColor(0x3b, 0x78, 0xb5), 1.6));
    p.drawPath(path);
    if (last) {
        p.setBrush(QColor(0x3b, 0x78, 0xb5));
        p.drawEllipse(*last, 2.5, 2.5);
    }
}

}  // namespace uplift::app
