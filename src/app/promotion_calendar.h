#pragma once
// The promotion calendar: a Gantt of promotions over ISO weeks, one row per account (or brand)
// grouped by channel (or category), quarter, month and week headers, a line for today, one bar
// per promotion coloured by state and labelled with its id and depth, a thin line under it for
// the ship period and a warning mark where it overlaps another promotion on a sku. It paints
// itself and only what is visible, so a thousand accounts over three years scroll smoothly.
#include <QAbstractScrollArea>
#include <QDate>
#include <QSet>

#include <functional>

#include "calendar_layout.h"
#include "promotion_filter.h"

namespace uplift::app {

class PromotionCatalog;

class PromotionCalendar : public QAbstractScrollArea {
    Q_OBJECT
  public:
    enum class Zoom { Quarter, Year };

    explicit PromotionCalendar(QWidget* parent = nullptr);

    // Shows the catalog's promotions that pass `filter`; `today` gets the red line.
    void setData(const PromotionCatalog* catalog, const PromotionFilter& filter,
                 const QDate& today);
    // Re-reads the catalog with the current filter (after an edit).
    void refresh();
    void setRowMode(CalendarRows mode);
    CalendarRows rowMode() const { return mode_; }
    void setZoom(Zoom zoom);
    Zoom zoom() const { return zoom_; }
    void toggleGroup(const QString& group);

    // Whether a promotion (catalog row) overlaps another on a sku: asked only for bars that are
    // painted, so the answer may come from the core lazily.
    void setOverlapProvider(std::function<bool(int entry)> provider);
    // Tooltip text of a promotion (catalog row).
    void setTooltipProvider(std::function<QString(int entry)> provider);

    // What is (or will be, once shown) painted: laid out now if the data changed meanwhile.
    const CalendarLayout& calendarLayout();
    // Where a bar is, in viewport coordinates (outside the viewport when scrolled away).
    QRect barRect(int bar) const;
    // The bar under a viewport point, or -1.
    int barAt(const QPoint& pos) const;
    // Scrolls so that the day is near the left edge, or the bar is in view.
    void scrollToDate(const QDate& day);
    void ensureBarVisible(int bar);
    int selectedBar() const { return selected_; }
    void selectBar(int bar);
    int weekWidth() const;
    // Bars painted by the last paint event (tests check that painting is bounded).
    int paintedBars() const { return paintedBars_; }

    static constexpr int kLabelWidth = 240;
    static constexpr int kHeaderHeight = 58;

  signals:
    // Double-click or Enter on a bar: open the promotion (its id).
    void promotionActivated(const QString& code);
    // The zoom changed (also from the keyboard or Ctrl+wheel).
    void zoomChanged(PromotionCalendar::Zoom zoom);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

  private:
    void relayout();
    void updateScrollBars();
    double xOfDay(qint64 julianDay) const;  // viewport x
    QDate dayAtX(int x) const;
    QString codeOfBar(int bar) const;

    const PromotionCatalog* catalog_ = nullptr;
    PromotionFilter filter_;
    QDate today_;
    CalendarRows mode_ = CalendarRows::Accounts;
    Zoom zoom_ = Zoom::Quarter;
    QSet<QString> collapsed_;
    CalendarLayout layout_;
    std::function<bool(int)> overlaps_;
    std::function<QString(int)> tooltip_;
    int selected_ = -1;
    bool scrolledOnce_ = false;
    bool stale_ = false;  // the data changed while hidden: lay out when shown
    int paintedBars_ = 0;
};

}  // namespace uplift::app
