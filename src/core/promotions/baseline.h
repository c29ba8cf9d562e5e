#pragma once
// The baseline of SPEC §7, one implementation for planning and post-event analysis:
// the average weekly units of (account, sku) over the 13 weeks before the promotion's start
// week, counting only weeks that have an actuals row and are not promoted for (account, sku);
// if no such week remains, the average over those 13 weeks' rows as they are; else 0.
#include <cstdint>
#include <vector>

#include "calendar/calendar.h"
#include "money/exact.h"

namespace uplift {
namespace db {
class Connection;
}

inline constexpr int kBaselineWeeks = 13;

struct WeekUnits {
    std::int64_t week = 0;  // Monday's day number
    std::int64_t units = 0;
    bool promoted = false;  // the week overlaps another promotion of the same account × sku
};

struct Baseline {
    Exact per_week;  // units per week, exact (never rounded)
    int weeks_used = 0;
    enum class Source { Clean, AllPromoted, NoHistory } source = Source::NoHistory;
};

// `window` holds the rows of the 13 weeks before the start week (any order).
Baseline compute_baseline(const std::vector<WeekUnits>& window);

// The 13 weeks before `start_w` (a Monday's day number) of (account, sku) with their promoted
// weeks flagged: sell-in rows when there are any, else sell-out (the post-event rule). A week
// is promoted when it overlaps the in-store period of a promotion of the account × sku in any
// status but cancelled or rejected.
std::vector<WeekUnits> baseline_window(db::Connection& conn, std::int64_t account,
                                       std::int64_t product, std::int64_t start_w);
// The baseline of (account, sku) for something starting on `start`.
Baseline baseline_before(db::Connection& conn, std::int64_t account, std::int64_t product,
                         Date start);

}  // namespace uplift
