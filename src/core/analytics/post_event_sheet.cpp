#include "analytics/post_event_sheet.h"

#include <fmt/format.h>

#include <map>

#include "errors.h"
#include "promotions/promotion_store.h"

namespace uplift {

PostEventSheet post_event_sheet(db::Connection& conn, const std::string& code, Date today) {
    const auto p = load_promotion(conn, code);
    if (!p) {
        throw UserError(fmt::format("unknown promotion '{}'", code));
    }
    PostEventSheet sheet;
    sheet.promotion = post_event_analysis(conn, {*p}, today).front();
    const std::int64_t start_w = monday_of(p->instore.first);
    const std::int64_t end_w = monday_of(p->instore.last);
    std::map<std::int64_t, PostEventWeek> weeks;
    for (const auto& line : sheet.promotion.lines) {
        for (const auto& [week, units] : line.weekly_units) {
            PostEventWeek& w = weeks[week];
            w.monday = from_day_number(week);
            w.in_store = week >= start_w && week <= end_w;
            w.actual_units += units;
            w.baseline_units += line.baseline.per_week;
        }
    }
    for (auto& [week, w] : weeks) {
        sheet.weeks.push_back(w);
    }
    const RoiFigures& f = sheet.promotion.total;
    const Exact cost_of_lift = f.incremental_margin - f.incremental_gross;
    sheet.waterfall = {
        {"Incremental gross sales", f.incremental_gross, false},
        {"Cost of goods of the lift", cost_of_lift, false},
        {"Incremental margin", f.incremental_margin, true},
        {"Discounts and allowances (on every unit)", Exact{} - f.variable_spend, false},
        {"Fixed fees", Exact{} - f.fixed_spend, false},
        {"Incremental profit", f.incremental_profit, true},
    };
    return sheet;
}

}  // namespace uplift
