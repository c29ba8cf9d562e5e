#pragma once
// Discount analysis (SPEC §8.4, `report discounts`): discount requests counted and valued by
// reason, account, month (of the request's first day), depth band or approver, beside the
// returns and write-offs (entered or imported, and claims written off) of the same reason,
// account or month.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"

namespace uplift {
namespace db {
class Connection;
}

enum class DiscountDimension { Reason, Account, Month, Depth, Approver };
std::optional<DiscountDimension> parse_discount_dimension(std::string_view text);
std::string discount_dimension_name(DiscountDimension d);
// The depth band of a depth in Percent units: "0-5", "5-10", "10-15", "15-25", "25+" (upper
// bounds inclusive: 5 % is in "0-5").
std::string depth_band(std::int64_t pct_units);

struct DiscountAnalysisRow {
    std::string key;
    std::int64_t requests = 0, pending = 0, approved = 0, rejected = 0, withdrawn = 0;
    std::int64_t requested_value = 0;  // cents
    std::int64_t approved_value = 0;
    std::int64_t approved_pct_sum = 0;  // Percent units, for the average depth
    std::int64_t returns_cents = 0;     // not by depth or approver
    std::int64_t write_offs_cents = 0;
    // What the row counts, for the drill-down: discount request ids, returns ids (returns and
    // write-offs) and claim_settlements ids (claims written off).
    std::vector<std::int64_t> request_ids, return_ids, claim_write_off_ids;
};

struct DiscountAnalysisFilter {
    std::optional<Date> from, to;  // requests overlapping, returns dated within
    std::string account;
};

// Ordered by key (depth bands in band order).
std::vector<DiscountAnalysisRow> analyse_discounts(db::Connection& conn, DiscountDimension by,
                                                   const DiscountAnalysisFilter& f = {});

}  // namespace uplift
