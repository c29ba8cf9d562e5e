#pragma once
// What lies behind one row of a standard report: the keys of the rows its figures sum, recorded
// by the analytics stage while it sums them, so a drill-down (reports/source_rows.h) lists the
// very rows that made the figure rather than re-deriving them from filters.
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

#include "calendar/calendar.h"

namespace uplift {

// Promotion lines: a ROI row, a post-event week, the trade spend of a brand × channel cell.
struct PromotionSource {
    std::vector<std::string> promotions;  // codes
    std::optional<std::string> brand;     // only the lines of this brand
    std::optional<Date> week;             // only this week (a Monday): a post-event week
};

// A fund's ledger (budget vs actual), up to a day.
struct FundSource {
    std::string fund;
    std::optional<Date> as_of;  // none: every entry
};

// Sell-in rows of a brand in a channel (and region) over a range of weeks, the same a year
// earlier, and the promotions that make its trade spend (brand × channel).
struct SalesSource {
    std::string brand;
    std::string channel;
    std::optional<std::string> region;
    std::int64_t first_week = 0, last_week = -1;  // Mondays' day numbers; last < first: none
    std::int64_t prior_first_week = 0, prior_last_week = -1;
    PromotionSource spend;
};

// Discount requests, returns and claim write-offs counted in a discount-analysis row (ids).
struct DiscountSource {
    std::vector<std::int64_t> requests, returns, claim_write_offs;
};

// Actuals rows by key: the flagged rows behind an unjustified-discounts row or group.
struct ActualsRowKey {
    Date week;  // Monday
    std::string account;
    std::string sku;
    int kind = 0;  // 0 sell-in, 1 sell-out
};
struct FlaggedSource {
    std::vector<ActualsRowKey> rows;
};

// Targets, as (period, account code, brand name), and the sell-in they are measured against.
struct TargetSource {
    std::vector<std::tuple<std::string, std::string, std::string>> targets;
};

struct SourceRef {
    std::string label;  // what the row is, in the report's words: "Fizz · Super · 2025-03"
    std::variant<PromotionSource, FundSource, SalesSource, DiscountSource, FlaggedSource,
                 TargetSource>
        what;
    // One cell (source_for_cell): the column and the figure the report printed there.
    std::string column;
    std::string figure;
};

}  // namespace uplift
