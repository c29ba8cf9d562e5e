#include "promotion_calendar.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QShowEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

#include "calendar_painter.h"
#include "promotion_catalog.h"

namespace uplift::app {

namespace {

constexpr int kQuarterWeekWidth = 80;  // 13 weeks ≈ 1,040 px: a quarter on a laptop screen
constexpr int kYearWeekWidth = 20;     // 53 weeks ≈ 1,060 px

}  // namespace

PromotionCalendar::PromotionCalendar(QWidget* parent) : QAbstractScrollArea(parent) {
    setObjectName(QStringLiteral("promotionCalendar"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Everything is painted from the layout; no child widgets to scroll.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
}

void PromotionCalendar::setData(const PromotionCatalog* catalog, const PromotionFilter& filter,
                                const QDate& today) {
    catalog_ = catalog;
    filter_ = filter;
    today_ = today;
    refresh();
}

void PromotionCalendar::refresh() {
    // A hidden calendar (the list is shown) lays out only when it is shown again, so typing in
    // the filter box costs no more than the list's own filtering.
    if (isVisible()) {
        relayout();
    } else {
        stale_ = true;
    }
}

const CalendarLayout& PromotionCalendar::calendarLayout() {
    if (stale_) {
        relayout();
    }
    return layout_;
}

void PromotionCalendar::showEvent(QShowEvent* event) {
    if (stale_) {
        relayout();
    }
    QAbstractScrollArea::showEvent(event);
}

void PromotionCalendar::setRowMode(CalendarRows mode) {
    if (mode != mode_) {
        mode_ = mode;
        collapsed_.clear();
        verticalScrollBar()->setValue(0);
        refresh();
    }
}

void PromotionCalendar::setZoom(Zoom zoom) {
    if (zoom == zoom_) {
        return;
    }
    // Keep the day at the middle of the bars area where it was.
    const int middle = kLabelWidth + (viewport()->width() - kLabelWidth) / 2;
    const QDate anchor = dayAtX(middle);
    zoom_ = zoom;
    updateScrollBars();
    if (anchor.isValid() && layout_.weekCount() > 0) {
        const double x =
            static_cast<double>(anchor.toJulianDay() - layout_.firstDay()) * weekWidth() / 7.0;
        horizontalScrollBar()->setValue(static_cast<int>(x) -
                                        (viewport()->width() - kLabelWidth) / 2);
    }
    viewport()->update();
    emit zoomChanged(zoom_);
}

void PromotionCalendar::toggleGroup(const QString& group) {
    if (collapsed_.contains(group)) {
        collapsed_.remove(group);
    } else {
        collapsed_.insert(group);
    }
    refresh();
}

void PromotionCalendar::setOverlapProvider(std::function<bool(int)> provider) {
    overlaps_ = std::move(provider);
}

void PromotionCalendar::setTooltipProvider(std::function<QString(int)> provider) {
    tooltip_ = std::move(provider);
}

int PromotionCalendar::weekWidth() const {
    return zoom_ == Zoom::Quarter ? kQuarterWeekWidth : kYearWeekWidth;
}

void PromotionCalendar::relayout() {
    stale_ = false;
    const QString selectedCode = codeOfBar(selected_);
    const QDate leftDay = layout_.weekCount() > 0 ? dayAtX(kLabelWidth) : QDate();
    if (catalog_ != nullptr) {
        layout_.build(*catalog_, filter_, mode_, collapsed_, today_);
    } else {
        layout_ = CalendarLayout();
    }
    selected_ = -1;
    if (!selectedCode.isEmpty() && catalog_ != nullptr) {
        const std::vector<int> bars = layout_.barsOf(catalog_->rowOf(selectedCode));
        selected_ = bars.empty() ? -1 : bars.front();
    }
    updateScrollBars();
    if (!scrolledOnce_ && layout_.weekCount() > 0 && viewport()->width() > kLabelWidth) {
        // First view: today a few weeks in from the left.
        scrolledOnce_ = true;
        scrollToDate(today_.addDays(-21));
    } else if (leftDay.isValid()) {
        scrollToDate(leftDay);
    }
    viewport()->update();
}

void PromotionCalendar::updateScrollBars() {
    const QSize area(viewport()->width() - kLabelWidth, viewport()->height() - kHeaderHeight);
    const int contentWidth = layout_.weekCount() * weekWidth();
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - area.width()));
    horizontalScrollBar()->setPageStep(std::max(1, area.width()));
    horizontalScrollBar()->setSingleStep(weekWidth());
    verticalScrollBar()->setRange(0, std::max(0, layout_.totalHeight() - area.height()));
    verticalScrollBar()->setPageStep(std::max(1, area.height()));
    verticalScrollBar()->setSingleStep(CalendarMetrics().laneHeight);
}

void PromotionCalendar::scrollToDate(const QDate& day) {
    if (!day.isValid() || layout_.weekCount() == 0) {
        return;
    }
    const double x =
        static_cast<double>(day.toJulianDay() - layout_.firstDay()) * weekWidth() / 7.0;
    horizontalScrollBar()->setValue(static_cast<int>(std::floor(x)));
}

void PromotionCalendar::ensureBarVisible(int bar) {
    if (bar < 0 || bar >= static_cast<int>(layout_.bars().size())) {
        return;
    }
    const CalendarBar& b = layout_.bars()[static_cast<std::size_t>(bar)];
    const CalendarRow& row = layout_.rows()[static_cast<std::size_t>(b.row)];
    QScrollBar* v = verticalScrollBar();
    const int area = viewport()->height() - kHeaderHeight;
    if (row.top < v->value() || row.top + row.height > v->value() + area) {
        v->setValue(row.top - area / 3);
    }
    const QRect r = barRect(bar);
    if (r.left() < kLabelWidth || r.right() > viewport()->width()) {
        scrollToDate(QDate::fromJulianDay(b.startDay).addDays(-14));
    }
}

void PromotionCalendar::selectBar(int bar) {
    selected_ = bar;
    viewport()->update();
}

QRect PromotionCalendar::barRect(int bar) const {
    CalendarView v;
    v.layout = &layout_;
    v.weekWidth = weekWidth();
    v.labelWidth = kLabelWidth;
    v.headerHeight = kHeaderHeight;
    v.scrollX = horizontalScrollBar()->value();
    v.scrollY = verticalScrollBar()->value();
    return v.barRect(bar);
}

int PromotionCalendar::barAt(const QPoint& pos) const {
    if (pos.x() < kLabelWidth || pos.y() < kHeaderHeight) {
        return -1;
    }
    const int row = layout_.rowAt(pos.y() - kHeaderHeight + verticalScrollBar()->value());
    if (row < 0) {
        return -1;
    }
    for (const int b : layout_.rows()[static_cast<std::size_t>(row)].bars) {
        // A little slack around thin bars and the ship line under them.
        if (barRect(b).adjusted(-1, -1, 1, 5).contains(pos)) {
            return b;
        }
    }
    return -1;
}

QDate PromotionCalendar::dayAtX(int x) const {
    if (layout_.weekCount() == 0) {
        return {};
    }
    const double content = x - kLabelWidth + horizontalScrollBar()->value();
    return layout_.firstMonday().addDays(
        static_cast<qint64>(std::floor(content * 7.0 / weekWidth())));
}

QString PromotionCalendar::codeOfBar(int bar) const {
    if (catalog_ == nullptr || bar < 0 || bar >= static_cast<int>(layout_.bars().size())) {
        return {};
    }
    const int entry = layout_.bars()[static_cast<std::size_t>(bar)].entry;
    return entry < catalog_->size() ? catalog_->at(entry).code : QString();
}

void PromotionCalendar::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(viewport());
    if (catalog_ == nullptr) {
        painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
        return;
    }
    CalendarView v;
    v.layout = &layout_;
    v.catalog = catalog_;
    v.today = today_;
    v.weekWidth = weekWidth();
    v.labelWidth = kLabelWidth;
    v.headerHeight = kHeaderHeight;
    v.scrollX = horizontalScrollBar()->value();
    v.scrollY = verticalScrollBar()->value();
    v.viewport = viewport()->size();
    v.selected = selected_;
    v.wide = zoom_ == Zoom::Quarter;
    v.overlaps = &overlaps_;
    CalendarPainter paint(painter, v, palette(), font());
    paintedBars_ = paint.paint();
    if (layout_.rows().empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(kLabelWidth, kHeaderHeight, 0, 0),
                         Qt::AlignCenter, tr("No promotion matches the filters."));
    }
}

void PromotionCalendar::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (!scrolledOnce_ && layout_.weekCount() > 0 && viewport()->width() > kLabelWidth) {
        scrolledOnce_ = true;
        scrollToDate(today_.addDays(-21));
    }
}

void PromotionCalendar::mousePressEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    if (pos.y() >= kHeaderHeight) {
        const int row = layout_.rowAt(pos.y() - kHeaderHeight + verticalScrollBar()->value());
        if (row >= 0 && layout_.rows()[static_cast<std::size_t>(row)].group) {
            toggleGroup(layout_.rows()[static_cast<std::size_t>(row)].key);
            return;
        }
    }
    selectBar(barAt(pos));
}

void PromotionCalendar::mouseDoubleClickEvent(QMouseEvent* event) {
    const int bar = barAt(event->position().toPoint());
    if (bar >= 0) {
        selectBar(bar);
        emit promotionActivated(codeOfBar(bar));
    }
}

void PromotionCalendar::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && selected_ >= 0) {
        emit promotionActivated(codeOfBar(selected_));
        return;
    }
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        setZoom(Zoom::Quarter);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        setZoom(Zoom::Year);
        return;
    }
    if (event->key() == Qt::Key_Home) {
        scrollToDate(today_.addDays(-21));
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PromotionCalendar::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(event->angleDelta().y() > 0 ? Zoom::Quarter : Zoom::Year);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool PromotionCalendar::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int bar = barAt(help->pos());
        if (bar >= 0 && tooltip_) {
            QToolTip::showText(help->globalPos(),
                               tooltip_(layout_.bars()[static_cast<std::size_t>(bar)].entry),
                               viewport(), barRect(bar));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void PromotionCalendar::scrollContentsBy(int /*dx*/, int /*dy*/) {
    viewport()->update();
}

}  // namespace uplift::app
