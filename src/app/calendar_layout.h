#pragma once
// What the promotion calendar paints, worked out once per change of filter, grouping or
// collapse: rows (group headers, then accounts or brands), each promotion's bar placed on a
// lane of its row so bars never cover each other, and the weeks the calendar spans. Pure
// arithmetic over the catalog; painting and hit-testing read it (and tests assert on it).
#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

#include <vector>

namespace uplift::app {

class PromotionCatalog;
struct PromotionFilter;

enum class CalendarRows { Accounts, Brands };

struct CalendarBar {
    int entry = 0;  // catalog row of the promotion
    int row = 0;    // index into CalendarLayout::rows()
    int lane = 0;
    qint64 startDay = 0, endDay = 0;  // in store, Julian days, inclusive
    qint64 shipStartDay = 0, shipEndDay = 0;
    qint64 nextInLaneDay = 0;  // start of the next bar on the same lane (or far right)
};

struct CalendarRow {
    bool group = false;  // a channel (or category) header
    QString key;         // account code, brand, or group name
    QString label;
    QString group_name;  // the group an item row belongs to
    int items = 0;       // group rows: accounts or brands in it (also when collapsed)
    int promotions = 0;  // group rows: bars in it
    bool collapsed = false;
    int lanes = 1;
    int top = 0;  // pixels from the top of the first row
    int height = 0;
    std::vector<int> bars;  // indices into CalendarLayout::bars(), by start
};

struct CalendarMetrics {
    int laneHeight = 22;
    int rowPadding = 4;
    int groupHeight = 24;
};

class CalendarLayout {
    Q_DECLARE_TR_FUNCTIONS(CalendarLayout)
  public:
    void build(const PromotionCatalog& catalog, const PromotionFilter& filter, CalendarRows mode,
               const QSet<QString>& collapsedGroups, const QDate& today,
               const CalendarMetrics& metrics = {});

    const std::vector<CalendarRow>& rows() const { return rows_; }
    const std::vector<CalendarBar>& bars() const { return bars_; }
    CalendarRows mode() const { return mode_; }
    int totalHeight() const { return totalHeight_; }
    // The row covering pixel y (from the top of the first row), or -1.
    int rowAt(int y) const;
    // Bars of one promotion (one per brand row in brand mode).
    std::vector<int> barsOf(int entry) const;

    // The calendar spans whole quarters around every bar and today: Monday to Sunday.
    QDate firstMonday() const { return firstMonday_; }
    int weekCount() const { return weekCount_; }
    qint64 firstDay() const { return firstMonday_.toJulianDay(); }

  private:
    void placeRow(CalendarRow& row, const CalendarMetrics& metrics);

    CalendarRows mode_ = CalendarRows::Accounts;
    std::vector<CalendarRow> rows_;
    std::vector<CalendarBar> bars_;
    int totalHeight_ = 0;
    QDate firstMonday_;
    int weekCount_ = 0;
};

// The first day of d's quarter, and the Monday of d's ISO week.
QDate quarterStart(const QDate& d);
QDate mondayOf(const QDate& d);

}  // namespace uplift::app
