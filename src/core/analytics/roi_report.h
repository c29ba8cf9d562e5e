#pragma once
// The promotion ROI report (SPEC §7, §8.2): post-event figures per promotion, or rolled up per
// campaign, brand, account or channel, after filters. Numbers only; presenting is the caller's.
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "promotions/post_event.h"

namespace uplift {

// The ROI definition named on every ROI report (trade systems differ; this is Uplift's).
inline constexpr const char* kRoiDefinition =
    "ROI % = 100 x incremental profit / trade spend; incremental profit = incremental units x "
    "(list price - unit cost) - trade spend; baseline = average of the 13 unpromoted weeks "
    "before the start (SPEC 7)";

struct RoiFilter {
    std::optional<std::string> status;   // as displayed: draft ... active, ended ... cancelled
    std::optional<std::string> account;  // the account or any account below it
    std::optional<std::string> brand;    // only lines of this brand count
    std::optional<std::string> campaign;
    std::optional<std::string> channel;
    std::optional<Date> from;  // in-store period overlaps [from, to]
    std::optional<Date> to;
};

enum class RoiGrouping { Promotion, Campaign, Brand, Account, Channel };
std::optional<RoiGrouping> parse_roi_grouping(const std::string& text);
std::string roi_grouping_column(RoiGrouping g);  // "promo_id", "campaign", ...

struct RoiRow {
    std::string key;
    RoiFigures figures;
    // What the figures sum, for the drill-down: the promotions' lines, of `brand` only when set.
    std::vector<std::string> promotions;
    std::optional<std::string> brand;
};

// Rows ordered by key. Throws UserError for an unknown status name in the filter.
std::vector<RoiRow> roi_report(db::Connection& conn, const RoiFilter& filter, RoiGrouping by,
                               Date today);

}  // namespace uplift
