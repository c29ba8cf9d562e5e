#pragma once
// Painting of the promotion calendar, kept apart from its scrolling and mouse handling: the
// header bands (quarters, months, weeks), the row labels, the bars, ship lines, overlap marks
// and the line for today. Paints only the rows and weeks inside the viewport.
#include <QDate>
#include <QFont>
#include <QPalette>
#include <QRect>
#include <QSize>

#include <functional>

class QPainter;

namespace uplift::app {

class CalendarLayout;
class PromotionCatalog;

struct CalendarView {
    const CalendarLayout* layout = nullptr;
    const PromotionCatalog* catalog = nullptr;
    QDate today;
    int weekWidth = 80;
    int labelWidth = 240;
    int headerHeight = 58;
    int scrollX = 0;  // pixels of content scrolled away left of the bars area
    int scrollY = 0;
    QSize viewport;
    int selected = -1;
    bool wide = true;  // quarter zoom: room for longer labels
    const std::function<bool(int)>* overlaps = nullptr;

    double xOfDay(qint64 julianDay) const;
    int yOfRowTop(int row) const;
    // A bar's rectangle in viewport coordinates (the in-store period).
    QRect barRect(int bar) const;
};

class CalendarPainter {
  public:
    CalendarPainter(QPainter& painter, const CalendarView& view, const QPalette& palette,
                    const QFont& font);
    // Returns the number of bars painted.
    int paint();

  private:
    void paintGrid(int firstRow, int lastRow);
    int paintBars(int firstRow, int lastRow);
    // `roomRight`: the x its label may run on to.
    void paintBar(int bar, int roomRight);
    void paintToday();
    void paintLabels(int firstRow, int lastRow);
    void paintHeader();

    QPainter& p_;
    const CalendarView& v_;
    const QPalette& palette_;
    QFont font_;
    QFont small_;
    QRect bars_;  // the area right of the labels and below the header
};

}  // namespace uplift::app
