#pragma once
// Weekly sell-in per account × brand: what the sales plan's baselines and the demo's targets
// both read from the actuals (kind sell_in), one row per (account, brand, week).
#include <cstdint>
#include <functional>
#include <optional>

#include "calendar/calendar.h"

namespace uplift {
namespace db {
class Connection;
}

struct WeeklySellIn {
    std::int64_t account_id = 0;
    std::int64_t brand_id = 0;
    std::int64_t week = 0;  // Monday's day number
    std::int64_t units = 0;
    std::int64_t gross = 0;  // cents
};

// Calls `row` for every (account, brand, week) with sell-in whose Monday lies in [from, to],
// of one account or of all.
void for_each_weekly_sell_in(db::Connection& conn, Date from, Date to,
                             std::optional<std::int64_t> account_id,
                             const std::function<void(const WeeklySellIn&)>& row);

}  // namespace uplift
