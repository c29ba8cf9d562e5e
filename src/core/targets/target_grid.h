#pragma once
// What the target grid shows, read in three queries: every (account, brand) pair as a row, and
// for each row and period its current target and its top-down version. The grid keeps this in
// memory, so 1,000 accounts x 25 brands x 12 months read once and scroll without SQL.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "targets/target_edit.h"

namespace uplift {

struct TargetGridRow {
    std::int64_t account_id = 0;
    std::int64_t brand_id = 0;
    std::string account;       // code
    std::string account_name;  //
    std::string brand;         // name
    std::string region;
    std::string rep;                     // user name, "" without a rep
    std::optional<std::int64_t> rep_id;  //
};

struct TargetGrid {
    std::vector<std::string> periods;
    // Ordered by rep (accounts without a rep last), account code, brand name.
    std::vector<TargetGridRow> rows;
    // rows.size() x periods.size(), row by row; nullopt where the key has none.
    std::vector<std::optional<TargetAmount>> current;
    std::vector<std::optional<TargetAmount>> topdown;

    std::size_t cell(std::size_t row, std::size_t period) const {
        return row * periods.size() + period;
    }
};

// "2025-01" .. "2025-12", or "2025-Q1" .. "2025-Q4".
std::vector<std::string> target_periods_of_year(int year, bool quarters);

// The grid over these periods; with `rep`, only the accounts of that rep (a rep's view).
TargetGrid load_target_grid(db::Connection& conn, const std::vector<std::string>& periods,
                            const std::optional<std::string>& rep = std::nullopt);

}  // namespace uplift
