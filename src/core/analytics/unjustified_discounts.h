#pragma once
// Unjustified discounts (SPEC §5): every actuals row whose invoiced discount_amount exceeds its
// entitled discount (discounts/entitlement.h) by more than 0.005: reason no_entitlement when
// nothing applies to the row, exceeds_entitlement when something applies but allows less.
// One pass over the actuals in key order; the flagged rows are sorted by week, account, sku.
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "money/exact.h"

namespace uplift {
namespace db {
class Connection;
}

struct UnjustifiedRow {
    Date week;  // Monday
    std::string account;
    std::string sku;
    int kind = 0;  // 0 sell-in, 1 sell-out
    std::int64_t units = 0;
    std::int64_t gross_cents = 0;
    std::int64_t invoiced_cents = 0;
    Exact entitled;  // cents, exact
    Exact excess;    // invoiced − entitled, exact
    bool no_entitlement = false;
    std::string reason() const { return no_entitlement ? "no_entitlement" : "exceeds_entitlement"; }
};

struct UnjustifiedFilter {
    std::optional<Date> from;  // weeks whose Monday ... (ISO weeks overlapping [from, to])
    std::optional<Date> to;
    std::string account;  // code: this account and its children; empty: all
    std::string reason;   // "no_entitlement" / "exceeds_entitlement"; empty: both
};

// progress(done, total) counts scanned actuals rows; *cancel stops with Cancelled.
std::vector<UnjustifiedRow> find_unjustified_discounts(
    db::Connection& conn, const UnjustifiedFilter& f = {},
    const std::function<void(std::int64_t, std::int64_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

// The CSV of `report unjustified-discounts` (and the GUI's export): the header
// week,account,sku,invoiced_discount,entitled_discount,excess,reason and one row's cells, money
// with 2 decimals rounded once from the exact figures.
const std::vector<std::string>& unjustified_csv_header();
std::vector<std::string> unjustified_csv_cells(const UnjustifiedRow& r);

enum class UnjustifiedGrouping { Account, Reason, Month };
// "account", "reason", "month" (the CLI's --by words and the grouped column's name).
std::string unjustified_grouping_name(UnjustifiedGrouping g);
std::optional<UnjustifiedGrouping> parse_unjustified_grouping(std::string_view text);
struct UnjustifiedGroup {
    std::string account;  // filled for every grouping it is part of
    std::string reason;
    std::string month;  // "YYYY-MM" of the week's Monday
    std::int64_t rows = 0;
    std::int64_t invoiced_cents = 0;
    Exact entitled;
    Exact excess;
    std::vector<std::size_t> members;  // indices of its rows in the rows grouped (drill-down)
};
// Sums of the flagged rows by account, reason and month together (the GUI's table, each line
// drillable to its rows), or by one of them.
std::vector<UnjustifiedGroup> group_unjustified(const std::vector<UnjustifiedRow>& rows,
                                                std::optional<UnjustifiedGrouping> by = {});

}  // namespace uplift
