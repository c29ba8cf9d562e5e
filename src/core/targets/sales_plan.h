#pragma once
// Target vs plan vs actual (SPEC §6). The sales plan of an (account, brand, period) is its
// baseline forecast plus the incremental units of the approved promotions in it; forecast
// accuracy compares plan with actual (WAPE, bias); the stock-out risk flags approved promotions
// whose planned units exceed the inventory of their sku. Formulas: docs/formulas.md "Targets".
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "calendar/calendar.h"
#include "money/exact.h"

namespace uplift {
namespace db {
class Connection;
}

struct TargetReportFilter {
    std::optional<std::string> period;   // one target period
    std::optional<std::string> account;  // code
    std::optional<std::string> brand;    // name
    std::optional<std::string> rep;      // the rep's user name
    // Only periods lying within these days (a dashboard's 13 months), both ends included.
    std::optional<Date> within_from, within_to;
};

// How rows are grouped: one per target (period, account, brand), or summed by one part.
enum class TargetGrouping { Key, Period, Account, Brand, Rep };
std::optional<TargetGrouping> parse_target_grouping(std::string_view text);

struct TargetFigures {
    // The key parts the grouping keeps ("" for the parts summed away).
    std::string period, account, brand, rep;
    std::int64_t target_units = 0, target_value = 0;    // current targets
    std::int64_t topdown_units = 0, topdown_value = 0;  // the top-down versions (else current)
    Exact plan_units, plan_value;                       // value in cents
    std::int64_t actual_units = 0, actual_value = 0;    // sell-in, value = gross sales
    Exact abs_error;                       // Σ |actual − plan| units over the targets in the row
    Exact error;                           // Σ (plan − actual) units
    std::int64_t stockout_promotions = 0;  // approved promotions in the row at risk
    // The targets summed, as (period, account code, brand name), for the drill-down.
    std::vector<std::tuple<std::string, std::string, std::string>> keys;
    // Adds another row's figures and (with_keys) its keys, not its key parts: a group, a total.
    void add(const TargetFigures& o, bool with_keys = true);
};

// One row per target that matches, or per group; ordered by the key.
std::vector<TargetFigures> target_report(db::Connection& conn, const TargetReportFilter& filter,
                                         TargetGrouping grouping);

// What an account reached of its targets in a period: Σ value targets over its brands and its
// sell-in gross in the weeks whose Monday lies in the period (cents).
struct Attainment {
    std::int64_t target_value = 0;
    std::int64_t actual_value = 0;
};
Attainment account_attainment(db::Connection& conn, const std::string& account,
                              const std::string& period);

struct StockOutRisk {
    std::string promotion;  // code
    std::string account;
    std::string sku;
    Period ship;
    Exact planned_units;
    std::int64_t inventory = 0;
    std::string inventory_date;
};
// Every approved promotion line (also when shown active or ended) whose planned units exceed the
// sku's inventory on the ship period's first day (the latest snapshot on or before it, else the
// first one within the ship period); lines of skus without any such snapshot are not flagged.
std::vector<StockOutRisk> stockout_risks(db::Connection& conn);

}  // namespace uplift
