#include "status_legend.h"

#include <QPainter>

#include "promotion_status_style.h"

namespace uplift::app {

namespace {
constexpr int kSwatch = 12;
constexpr int kGap = 16;
}  // namespace

StatusLegend::StatusLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("calendarLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize StatusLegend::sizeHint() const {
    int width = 0;
    for (const PromotionStatus s : PromotionStatusStyle::all()) {
        width +=
            kSwatch + 6 + fontMetrics().horizontalAdvance(PromotionStatusStyle::name(s)) + kGap;
    }
    return {width, fontMetrics().height() + 8};
}

void StatusLegend::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    int x = 0;
    const int y = (height() - kSwatch) / 2;
    for (const PromotionStatus s : PromotionStatusStyle::all()) {
        const QColor fill = PromotionStatusStyle::color(s);
        QPen edge(fill.darker(135));
        if (s == PromotionStatus::Cancelled || s == PromotionStatus::Rejected) {
            edge.setStyle(Qt::DashLine);
        }
        p.setPen(edge);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(x + 0.5, y + 0.5, kSwatch, kSwatch), 3, 3);
        x += kSwatch + 6;
        const QString name = PromotionStatusStyle::name(s);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, 0, fontMetrics().horizontalAdvance(name) + 2, height()),
                   Qt::AlignVCenter | Qt::AlignLeft, name);
        x += fontMetrics().horizontalAdvance(name) + kGap;
    }
}

}  // namespace uplift::app
