#pragma once
// Brand × channel comparison (SPEC §8.3): sell-in units, gross sales and invoice discounts per
// brand, channel and period, against the same period a year earlier, beside the trade spend
// and incremental profit (SPEC §7) of the promotions that ran: approved (active, ended),
// settled or closed; each promotion line counts in the period holding the Monday of its first
// in-store week. The sales come from the weekly summary (db/0006) and the spend from the
// post-event analysis of the promotions in range, so the report costs in proportion to its
// output, not to ten million detail rows.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "money/exact.h"

namespace uplift {
namespace db {
class Connection;
}

struct BrandChannelFilter {
    std::optional<Date> from;  // weeks whose Monday is on or after
    std::optional<Date> to;    // weeks whose Monday is on or before
    std::optional<std::string> brand;
    std::optional<std::string> channel;
    std::optional<std::string> region;
    std::optional<std::string> category;  // only the brands of this category
};

struct BrandChannelRow {
    std::string brand;
    std::string channel;
    std::string period;  // bucket label
    std::int64_t units = 0;
    std::int64_t gross = 0;      // cents
    std::int64_t discounts = 0;  // cents
    std::int64_t prior_units = 0;
    std::int64_t prior_gross = 0;
    Exact trade_spend;         // cents, exact
    Exact incremental_profit;  // cents, exact
    // What the figures sum, for the drill-down: the Mondays (day numbers) of the first and last
    // week counted now and a year earlier (last < first: none), the region filtered on, and the
    // promotions whose lines of this brand make the trade spend.
    std::int64_t first_week = 0, last_week = -1;
    std::int64_t prior_first_week = 0, prior_last_week = -1;
    std::optional<std::string> region;
    std::vector<std::string> promotions;
};

// One row per (brand, channel, period) with sell-in in the range, ordered by brand, channel
// and period. The prior-year figures are those of the whole same bucket a year earlier.
std::vector<BrandChannelRow> brand_channel_report(db::Connection& conn,
                                                  const BrandChannelFilter& filter, Bucket bucket);

// 100 × (gross − prior) / prior with 2 decimals; "" when the prior year sold nothing.
std::string growth_text(const BrandChannelRow& r);
// 100 × trade spend / gross sales; "" without gross sales.
std::string spend_rate_text(const BrandChannelRow& r);
// 100 × incremental profit / trade spend; "" without spend.
std::string roi_text(const BrandChannelRow& r);

}  // namespace uplift
