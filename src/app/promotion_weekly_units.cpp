#include "promotion_weekly_units.h"

#include "calendar_layout.h"
#include "promotions/post_event.h"
#include "text_conversions.h"

namespace uplift::app {

std::vector<WeekUnitsPoint> weeklyUnits(db::Connection& conn, const Promotion& p,
                                        const PlannedPnl& pnl, Date today, int weeksBefore,
                                        int weeksAfter) {
    const QDate firstInStore = mondayOf(toQDate(p.instore.first));
    const QDate lastInStore = mondayOf(toQDate(p.instore.last));
    const qint64 weeksIn = firstInStore.daysTo(lastInStore) / 7 + 1;
    Exact baseline;
    for (const PlannedLine& l : pnl.lines) {
        baseline += l.baseline.per_week;
    }
    const Exact one = Exact::whole(1);
    const double baselinePerWeek = ratio(baseline, one);
    const double plannedPerWeek = ratio(pnl.planned_units, one) / static_cast<double>(weeksIn);

    // Actual units per week come from the core's post-event analysis of one-week slices of
    // this promotion: Σ units of its lines in each week, by the core's sell-in/sell-out rule.
    // (No core call returns a line's weekly units yet; this asks post_event_analysis for them.)
    std::vector<WeekUnitsPoint> out;
    std::vector<Promotion> slices;
    const QDate todayQ = toQDate(today);
    for (QDate w = firstInStore.addDays(-7 * weeksBefore); w <= lastInStore.addDays(7 * weeksAfter);
         w = w.addDays(7)) {
        WeekUnitsPoint point;
        point.monday = w;
        point.inStore = w >= firstInStore && w <= lastInStore;
        point.baseline = baselinePerWeek;
        point.planned = point.inStore ? plannedPerWeek : baselinePerWeek;
        out.push_back(point);
        if (w.addDays(6) < todayQ) {  // whole weeks before today
            Promotion slice = p;
            slice.instore = {toDate(w), toDate(w.addDays(6))};
            slice.ship = slice.instore;
            slice.tactics.clear();
            slices.push_back(std::move(slice));
        }
    }
    if (!slices.empty() && !p.lines.empty()) {
        const std::vector<PromotionRoi> weeks = post_event_analysis(conn, slices, today);
        for (std::size_t i = 0; i < weeks.size() && i < out.size(); ++i) {
            out[i].actual = weeks[i].total.actual_units;
        }
    }
    return out;
}

}  // namespace uplift::app
