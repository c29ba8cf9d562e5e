#pragma once
// Budget vs actual (SPEC §4, §8.1): each fund's own ledger, with no roll-up of children.
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "funds/fund.h"

namespace uplift {

struct BudgetRow {
    Fund fund;
    FundFigures figures;
    // Time-apportioned expected spend: Σ approved promotions' planned spend on this fund ×
    // elapsed / total days of each promotion's in-store period on `today` (cents).
    std::int64_t expected = 0;
    bool warning = false;  // utilisation at or above the fund's warning level
    std::optional<Date> as_of;  // the last day whose entries count (none: every entry)
};

struct BudgetFilter {
    std::optional<std::string> brand, account, channel, region;
};

// Rows ordered by fund name.
std::vector<BudgetRow> budget_vs_actual(db::Connection& conn, const BudgetFilter& filter,
                                        Date today);

// The figures of the ledger entries booked on or before `day` (as the report read on that day;
// the dashboard's year-earlier and month-end figures).
std::vector<BudgetRow> budget_vs_actual_on(db::Connection& conn, const BudgetFilter& filter,
                                           Date day);

// The same figures at the end of each period (month, quarter or fiscal period) from the first
// ledger entry up to `today`, as (period label, rows) in time order.
std::vector<std::pair<std::string, std::vector<BudgetRow>>> budget_vs_actual_by(
    db::Connection& conn, const BudgetFilter& filter, Bucket bucket, Date today);

// 100 × actual / budget with 2 decimals, "" when the budget is 0.
std::string utilisation_text(const FundFigures& f);

}  // namespace uplift
