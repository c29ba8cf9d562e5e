#include "calendar_painter.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

#include "calendar_layout.h"
#include "exact_format.h"
#include "promotion_catalog.h"
#include "promotion_status_style.h"

namespace uplift::app {

namespace {

const CalendarMetrics kMetrics;
constexpr int kBarHeight = 15;
constexpr int kBand = 18;  // height of one header band

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

}  // namespace

double CalendarView::xOfDay(qint64 julianDay) const {
    return labelWidth + static_cast<double>(julianDay - layout->firstDay()) * weekWidth / 7.0 -
           scrollX;
}

int CalendarView::yOfRowTop(int row) const {
    return headerHeight + layout->rows()[static_cast<std::size_t>(row)].top - scrollY;
}

QRect CalendarView::barRect(int bar) const {
    const CalendarBar& b = layout->bars()[static_cast<std::size_t>(bar)];
    const int top = yOfRowTop(b.row) + 3 + b.lane * kMetrics.laneHeight;
    const int x1 = static_cast<int>(std::floor(xOfDay(b.startDay)));
    const int x2 = static_cast<int>(std::floor(xOfDay(b.endDay + 1)));
    return {x1, top, std::max(3, x2 - x1 - 1), kBarHeight};
}

CalendarPainter::CalendarPainter(QPainter& painter, const CalendarView& view,
                                 const QPalette& palette, const QFont& font)
    : p_(painter),
      v_(view),
      palette_(palette),
      font_(font),
      small_(font),
      bars_(view.labelWidth, view.headerHeight, view.viewport.width() - view.labelWidth,
            view.viewport.height() - view.headerHeight) {
    small_.setPointSizeF(font.pointSizeF() * 0.85);
}

int CalendarPainter::paint() {
    p_.fillRect(QRect(QPoint(0, 0), v_.viewport), palette_.color(QPalette::Base));
    const CalendarLayout& l = *v_.layout;
    int firstRow = l.rowAt(v_.scrollY);
    int lastRow = l.rowAt(v_.scrollY + bars_.height() - 1);
    if (lastRow < 0) {
        lastRow = static_cast<int>(l.rows().size()) - 1;
    }
    int painted = 0;
    p_.save();
    p_.setClipRect(bars_);
    paintGrid(firstRow, lastRow);
    if (firstRow >= 0) {
        painted = paintBars(firstRow, lastRow);
    }
    paintToday();
    p_.restore();
    paintLabels(firstRow, lastRow);
    paintHeader();
    return painted;
}

void CalendarPainter::paintGrid(int firstRow, int lastRow) {
    const CalendarLayout& l = *v_.layout;
    const QColor alternate = palette_.color(QPalette::AlternateBase);
    const QColor groupFill =
        mix(palette_.color(QPalette::Base), palette_.color(QPalette::Mid), 0.18);
    // Row backgrounds first, so the week lines show through.
    for (int r = std::max(0, firstRow); r <= lastRow && firstRow >= 0; ++r) {
        const CalendarRow& row = l.rows()[static_cast<std::size_t>(r)];
        const QRect band(bars_.left(), v_.yOfRowTop(r), bars_.width(), row.height);
        if (row.group) {
            p_.fillRect(band, groupFill);
        } else if (r % 2 == 1) {
            p_.fillRect(band, alternate);
        }
    }
    const int firstWeek = std::max(0, v_.scrollX / v_.weekWidth);
    const int lastWeek = std::min(l.weekCount(), (v_.scrollX + bars_.width()) / v_.weekWidth + 1);
    const QColor weekLine =
        mix(palette_.color(QPalette::Base), palette_.color(QPalette::Mid), 0.35);
    const QColor monthLine =
        mix(palette_.color(QPalette::Base), palette_.color(QPalette::Mid), 0.8);
    const int bottom = std::min(bars_.bottom(), v_.headerHeight + l.totalHeight() - v_.scrollY);
    for (int w = firstWeek; w <= lastWeek; ++w) {
        const QDate monday = l.firstMonday().addDays(7 * w);
        const int x = v_.labelWidth + w * v_.weekWidth - v_.scrollX;
        const bool newMonth = monday.addDays(-7).month() != monday.month();
        p_.setPen(newMonth ? monthLine : weekLine);
        p_.drawLine(x, bars_.top(), x, bottom);
    }
}

int CalendarPainter::paintBars(int firstRow, int lastRow) {
    const CalendarLayout& l = *v_.layout;
    int painted = 0;
    p_.setFont(small_);
    p_.setRenderHint(QPainter::Antialiasing, true);
    for (int r = firstRow; r <= lastRow; ++r) {
        const CalendarRow& row = l.rows()[static_cast<std::size_t>(r)];
        const int rowTop = v_.yOfRowTop(r);
        for (const int b : row.bars) {
            const CalendarBar& bar = l.bars()[static_cast<std::size_t>(b)];
            const int top = rowTop + bar.lane * kMetrics.laneHeight;
            if (top > bars_.bottom() || top + kMetrics.laneHeight < bars_.top()) {
                continue;  // a lane of a tall row outside the view
            }
            // A label longer than its bar may run on into the free lane to its right.
            const qint64 nextStart = bar.nextInLaneDay;
            const double left = v_.xOfDay(std::min(bar.startDay, bar.shipStartDay));
            const double right = v_.xOfDay(std::max(bar.endDay, bar.shipEndDay) + 1);
            if (right < bars_.left() || left > bars_.right()) {
                continue;
            }
            paintBar(b, static_cast<int>(v_.xOfDay(nextStart)) - 4);
            ++painted;
        }
    }
    p_.setRenderHint(QPainter::Antialiasing, false);
    return painted;
}

void CalendarPainter::paintBar(int b, int roomRight) {
    const CalendarBar& bar = v_.layout->bars()[static_cast<std::size_t>(b)];
    const CatalogEntry& e = v_.catalog->at(bar.entry);
    const QColor fill = PromotionStatusStyle::color(e.shown);
    const QColor edge = fill.darker(135);
    const QRect r = v_.barRect(b);

    // The ship period: a thin line under the bar, with a tick where shipping starts.
    const double shipFrom = v_.xOfDay(bar.shipStartDay);
    const double shipTo = v_.xOfDay(bar.shipEndDay + 1) - 1;
    const double shipY = r.bottom() + 3.5;
    p_.setPen(QPen(edge, 2));
    p_.drawLine(QPointF(shipFrom, shipY), QPointF(shipTo, shipY));
    p_.drawLine(QPointF(shipFrom, shipY - 2.5), QPointF(shipFrom, shipY + 1.5));

    const bool faded =
        e.shown == PromotionStatus::Cancelled || e.shown == PromotionStatus::Rejected;
    QPen border(b == v_.selected ? palette_.color(QPalette::Highlight) : edge,
                b == v_.selected ? 2.0 : 1.0);
    if (faded) {
        border.setStyle(Qt::DashLine);
    }
    p_.setPen(border);
    p_.setBrush(fill);
    p_.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

    const bool overlap = v_.overlaps != nullptr && *v_.overlaps && (*v_.overlaps)(bar.entry);
    const QString depth = e.depth > 0 ? formatPercentUnits(e.depth) : QString();
    const QString label = depth.isEmpty() ? e.code : QStringLiteral("%1 · %2").arg(e.code, depth);
    const QColor ink = faded ? palette_.color(QPalette::PlaceholderText)
                             : PromotionStatusStyle::textColor(e.shown);
    constexpr int kMark = 13;  // room for the overlap mark
    QRect inside = r.adjusted(4, 0, overlap ? -kMark : -3, 0);
    // A bar that starts left of the view keeps its label in view.
    inside.setLeft(std::max(inside.left(), bars_.left() + 4));
    const int needed = p_.fontMetrics().horizontalAdvance(label);
    int markRight = r.right();
    if (r.right() < bars_.left() + 6) {
        // Only the ship line is in view: no label for a bar that is not.
    } else if (needed <= inside.width()) {
        p_.setPen(ink);
        p_.drawText(inside, Qt::AlignVCenter | Qt::AlignLeft, label);
    } else {
        // Longer than the bar: the text runs on to the right (up to the next bar of the lane),
        // in the bar's ink inside it and the window's outside; the mark follows the text.
        const int room =
            std::max(inside.width(), roomRight - inside.left() - (overlap ? kMark : 0));
        const QString shown = p_.fontMetrics().elidedText(label, Qt::ElideRight, room);
        const QRect run(inside.left(), inside.top(), room, inside.height());
        if (room >= 12) {
            p_.save();
            p_.setClipRect(r.adjusted(0, 0, 0, 0).intersected(bars_));
            p_.setPen(ink);
            p_.drawText(run, Qt::AlignVCenter | Qt::AlignLeft, shown);
            p_.setClipRect(QRect(r.right() + 1, r.top(), run.right() - r.right() + 1, r.height())
                               .intersected(bars_));
            p_.setPen(palette_.color(QPalette::WindowText));
            p_.drawText(run, Qt::AlignVCenter | Qt::AlignLeft, shown);
            p_.restore();
            markRight = std::max(r.right(),
                                 inside.left() + p_.fontMetrics().horizontalAdvance(shown) + kMark);
        }
    }
    if (overlap) {
        // A warning mark: an amber triangle with an exclamation mark.
        const double right = markRight - 0.5;
        const QPointF tip(right - 5.5, r.top() + 1.5);
        QPainterPath tri;
        tri.moveTo(tip);
        tri.lineTo(right, r.bottom() - 1.5);
        tri.lineTo(right - 11, r.bottom() - 1.5);
        tri.closeSubpath();
        p_.setPen(QPen(QColor(0x7a, 0x4a, 0x00), 1));
        p_.setBrush(QColor(0xff, 0xb3, 0x00));
        p_.drawPath(tri);
        p_.drawLine(QPointF(tip.x(), r.top() + 5.5), QPointF(tip.x(), r.bottom() - 5));
    }
}

void CalendarPainter::paintToday() {
    if (!v_.today.isValid()) {
        return;
    }
    const double x = v_.xOfDay(v_.today.toJulianDay()) + v_.weekWidth / 14.0;
    p_.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
    p_.drawLine(QPointF(x, bars_.top()), QPointF(x, bars_.bottom()));
}

void CalendarPainter::paintLabels(int firstRow, int lastRow) {
    const CalendarLayout& l = *v_.layout;
    const QRect column(0, v_.headerHeight, v_.labelWidth, bars_.height());
    p_.save();
    p_.setClipRect(column);
    p_.fillRect(column, palette_.color(QPalette::Window));
    QFont bold = font_;
    bold.setBold(true);
    for (int r = std::max(0, firstRow); r <= lastRow && firstRow >= 0; ++r) {
        const CalendarRow& row = l.rows()[static_cast<std::size_t>(r)];
        const QRect box(0, v_.yOfRowTop(r), v_.labelWidth - 1, row.height);
        if (row.group) {
            p_.fillRect(box,
                        mix(palette_.color(QPalette::Window), palette_.color(QPalette::Mid), 0.25));
            p_.setFont(bold);
            p_.setPen(palette_.color(QPalette::WindowText));
            const QString arrow = row.collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ");
            const QString count = QLocale().toString(row.items);
            const QRect text = box.adjusted(6, 0, -6, 0);
            const int countWidth = QFontMetrics(small_).horizontalAdvance(count);
            p_.drawText(text.adjusted(0, 0, -countWidth - 6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                        p_.fontMetrics().elidedText(arrow + row.label, Qt::ElideRight,
                                                    text.width() - countWidth - 6));
            p_.setFont(small_);
            p_.setPen(palette_.color(QPalette::PlaceholderText));
            p_.drawText(text, Qt::AlignVCenter | Qt::AlignRight, count);
        } else {
            p_.setFont(font_);
            p_.setPen(palette_.color(QPalette::WindowText));
            // The label of a row taller than the view stays at the top while it scrolls by.
            const int y = std::clamp(v_.headerHeight + 2, box.top() + 2,
                                     std::max(box.top() + 2, box.bottom() - kMetrics.laneHeight));
            const QRect text(18, y, v_.labelWidth - 24, kMetrics.laneHeight);
            p_.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                        p_.fontMetrics().elidedText(row.label, Qt::ElideRight, text.width()));
            p_.setPen(mix(palette_.color(QPalette::Window), palette_.color(QPalette::Mid), 0.5));
            p_.drawLine(0, box.bottom(), v_.labelWidth, box.bottom());
        }
    }
    p_.setPen(palette_.color(QPalette::Mid));
    p_.drawLine(v_.labelWidth - 1, column.top(), v_.labelWidth - 1, column.bottom());
    p_.restore();
}

void CalendarPainter::paintHeader() {
    const CalendarLayout& l = *v_.layout;
    const QRect header(0, 0, v_.viewport.width(), v_.headerHeight);
    p_.save();
    p_.fillRect(header, palette_.color(QPalette::Window));
    const QRect bands(v_.labelWidth, 0, v_.viewport.width() - v_.labelWidth, v_.headerHeight);
    p_.setClipRect(bands);
    const int firstWeek = std::max(0, v_.scrollX / v_.weekWidth - 1);
    const int lastWeek =
        std::min(l.weekCount() - 1, (v_.scrollX + bands.width()) / v_.weekWidth + 1);
    const QColor line = palette_.color(QPalette::Mid);
    const QColor text = palette_.color(QPalette::WindowText);
    const QColor grey = palette_.color(QPalette::PlaceholderText);
    const auto weekX = [&](int w) { return v_.labelWidth + w * v_.weekWidth - v_.scrollX; };

    // Quarter and month bands: spans of weeks whose Monday lies in the same quarter / month;
    // the label stays in the visible part of its span.
    const auto band = [&](int y, auto keyOf, auto labelOf, const QFont& font) {
        p_.setFont(font);
        int w = firstWeek;
        while (w <= lastWeek) {
            const QDate monday = l.firstMonday().addDays(7 * w);
            const int key = keyOf(monday);
            int end = w;
            while (end + 1 < l.weekCount() &&
                   keyOf(l.firstMonday().addDays(7 * (end + 1))) == key) {
                ++end;
            }
            int start = w;
            while (start > 0 && keyOf(l.firstMonday().addDays(7 * (start - 1))) == key) {
                --start;
            }
            const QRect span(weekX(start), y, (end - start + 1) * v_.weekWidth, kBand);
            const QRect shown = span.intersected(bands);
            p_.setPen(line);
            p_.drawLine(span.left(), y + 2, span.left(), y + kBand);
            p_.setPen(text);
            const QString label = labelOf(monday, span.width());
            p_.drawText(shown.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                        p_.fontMetrics().elidedText(label, Qt::ElideRight, shown.width() - 8));
            w = end + 1;
        }
    };
    QFont bold = font_;
    bold.setBold(true);
    band(
        2, [](const QDate& d) { return d.year() * 10 + (d.month() - 1) / 3; },
        [](const QDate& d, int) {
            return CalendarLayout::tr("Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
        },
        bold);
    band(
        2 + kBand, [](const QDate& d) { return d.year() * 100 + d.month(); },
        [this](const QDate& d, int) {
            return v_.wide ? QStringLiteral("%1 %2")
                                 .arg(QLocale().standaloneMonthName(d.month(), QLocale::LongFormat))
                                 .arg(d.year())
                           : QLocale().standaloneMonthName(d.month(), QLocale::ShortFormat);
        },
        font_);

    // Week numbers.
    p_.setFont(small_);
    for (int w = firstWeek; w <= lastWeek; ++w) {
        const QDate monday = l.firstMonday().addDays(7 * w);
        const QRect cell(weekX(w), 2 + 2 * kBand, v_.weekWidth, kBand);
        p_.setPen(line);
        p_.drawLine(cell.left(), cell.top() + 4, cell.left(), cell.bottom());
        p_.setPen(grey);
        const QString label = v_.wide ? CalendarLayout::tr("W%1").arg(monday.weekNumber())
                                      : QString::number(monday.weekNumber());
        p_.drawText(cell, Qt::AlignCenter,
                    p_.fontMetrics().elidedText(label, Qt::ElideNone, cell.width()));
    }
    if (v_.today.isValid()) {
        const double x = v_.xOfDay(v_.today.toJulianDay()) + v_.weekWidth / 14.0;
        p_.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p_.drawLine(QPointF(x, 2 + 2 * kBand), QPointF(x, v_.headerHeight));
    }
    p_.setClipping(false);
    p_.setPen(line);
    p_.drawLine(0, v_.headerHeight - 1, v_.viewport.width(), v_.headerHeight - 1);
    p_.drawLine(v_.labelWidth - 1, 0, v_.labelWidth - 1, v_.headerHeight);
    p_.setFont(bold);
    p_.setPen(text);
    p_.drawText(QRect(8, 2, v_.labelWidth - 16, kBand * 2), Qt::AlignLeft | Qt::AlignVCenter,
                l.mode() == CalendarRows::Accounts ? CalendarLayout::tr("Accounts by channel")
                                                   : CalendarLayout::tr("Brands by category"));
    p_.restore();
}

}  // namespace uplift::app
