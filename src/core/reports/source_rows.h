#pragma once
// Drill-down (SPEC §8, SCREENS "Reports"): the rows behind a figure of a standard report —
// actuals rows, fund-ledger entries, claims, discount requests and returns, targets, the spend
// of each tactic — as tables the app shows and exports like any report. Each table holds its
// first `limit` rows, the number of all its rows, and the sums of its figure columns over ALL of
// them, printed as the report prints its figures, so the user sees the rows add up.
#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "reports/report_table.h"
#include "reports/source_rows_ref.h"

namespace uplift {
namespace db {
class Connection;
}

struct SourceTotal {
    std::string column;  // a column of the table
    std::string text;    // its sum over all rows, printed as the report prints it
};

struct SourceTable {
    ReportTable table;  // name ("actual-rows"), title ("Actual rows"), the first rows
    std::size_t total_rows = 0;
    std::vector<SourceTotal> totals;
    // The total that stands for the figure clicked ("rows": the row count); empty: none does
    // (the table explains the figure without summing to it, e.g. the ledger behind a spend).
    std::string figure_column;
    // Whether that total prints as the report's figure; none when there is nothing to compare.
    std::optional<bool> matches;
    const SourceTotal* total(const std::string& column) const;
};

struct SourceRows {
    std::string title;  // "Rows behind: Fizz · Super · 2025-03 · gross_sales"
    std::vector<SourceTable> tables;
};

// The source of one cell of `table` (row and column of its rows, as built by the core): the
// row's SourceRef with the column's name and printed figure; none when the row has no source.
std::optional<SourceRef> source_for_cell(const ReportTable& table, std::size_t row,
                                         std::size_t column);

// The rows behind `ref`, the tables chosen by its column (all of them for a word column).
// Reads indexed rows only; *cancel stops it with Cancelled. Throws UserError when a key no
// longer exists (a fund or promotion deleted since the report ran).
SourceRows source_rows(db::Connection& conn, const SourceRef& ref, std::size_t limit,
                       const std::atomic<bool>* cancel = nullptr);

}  // namespace uplift
