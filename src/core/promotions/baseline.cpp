#include "promotions/baseline.h"

#include <map>
#include <utility>

#include "calendar/calendar.h"
#include "db/statement.h"

namespace uplift {

Baseline compute_baseline(const std::vector<WeekUnits>& window) {
    Baseline b;
    Wide clean_sum = 0;
    Wide all_sum = 0;
    int clean_n = 0;
    for (const auto& w : window) {
        all_sum += w.units;
        if (!w.promoted) {
            clean_sum += w.units;
            ++clean_n;
        }
    }
    const int all_n = static_cast<int>(window.size());
    // kExactDen is divisible by every count from 1 to 13, so the average stays exact.
    if (clean_n > 0) {
        b.per_week.num = clean_sum * (kExactDen / clean_n);
        b.weeks_used = clean_n;
        b.source = Baseline::Source::Clean;
    } else if (all_n > 0) {
        b.per_week.num = all_sum * (kExactDen / all_n);
        b.weeks_used = all_n;
        b.source = Baseline::Source::AllPromoted;
    }
    return b;
}

// The 13-week history of one line with its promoted weeks flagged: sell-in when there is any,
// else sell-out (the post-event rule).
std::vector<WeekUnits> baseline_window(db::Connection& conn, std::int64_t account,
                                       std::int64_t product, std::int64_t start_w) {
    const std::int64_t lo = start_w - kBaselineWeeks * kWeek;
    db::Statement rows(conn,
                       "SELECT week, kind, units FROM actuals WHERE account_id = ? AND "
                       "product_id = ? AND week BETWEEN ? AND ?");
    rows.bind_all(account, product, lo, start_w - kWeek);
    std::map<std::int64_t, std::int64_t> in, out;
    while (rows.step()) {
        (rows.get_int(1) == 0 ? in : out)[rows.get_int(0)] = rows.get_int(2);
    }
    db::Statement prom(conn,
                       "SELECT p.instore_from, p.instore_to FROM promotion_lines l "
                       "JOIN promotions p ON p.id = l.promotion_id WHERE p.account_id = ? AND "
                       "l.product_id = ? AND p.status NOT IN ('cancelled', 'rejected')");
    prom.bind_all(account, product);
    std::vector<std::pair<std::int64_t, std::int64_t>> promoted;
    while (prom.step()) {
        promoted.emplace_back(monday_of(parse_date(prom.get_text_view(0))),
                              monday_of(parse_date(prom.get_text_view(1))));
    }
    std::vector<WeekUnits> window;
    for (const auto& [w, u] : in.empty() ? out : in) {
        bool is_promoted = false;
        for (const auto& [from, to] : promoted) {
            is_promoted = is_promoted || (w >= from && w <= to);
        }
        window.push_back({w, u, is_promoted});
    }
    return window;
}


Baseline baseline_before(db::Connection& conn, std::int64_t account, std::int64_t product,
                         Date start) {
    return compute_baseline(baseline_window(conn, account, product, monday_of(start)));
}

}  // namespace uplift
