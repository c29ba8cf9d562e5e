#pragma once
// The post-event sheet of one promotion (SPEC §7, §8.2): its figures, the units of every week
// from the first baseline week to the last in-store week against the baseline, and the
// waterfall from the gross value of the lift to the incremental profit.
#include <cstdint>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "money/exact.h"
#include "promotions/post_event.h"

namespace uplift {
namespace db {
class Connection;
}

struct PostEventWeek {
    Date monday;
    bool in_store = false;  // the week overlaps the in-store period (it counts in W)
    Exact baseline_units;   // Σ lines' baseline per week (what W is measured against)
    std::int64_t actual_units = 0;
    Exact incremental_units() const { return Exact::whole(actual_units) - baseline_units; }
};

struct WaterfallStep {
    std::string label;   // "Incremental gross sales", "Cost of the lift", ...
    Exact amount;        // cents, signed as it moves the total
    bool total = false;  // a subtotal or the result, not a step
};

struct PostEventSheet {
    PromotionRoi promotion;  // with its lines
    std::vector<PostEventWeek> weeks;
    std::vector<WaterfallStep> waterfall;
};

// Throws UserError for an unknown promotion.
PostEventSheet post_event_sheet(db::Connection& conn, const std::string& code, Date today);

}  // namespace uplift
