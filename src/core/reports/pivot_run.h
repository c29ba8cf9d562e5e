#pragma once
// Runs a pivot layout as one grouped SQL query made from the catalogue's expressions (filter
// values are bound parameters) and lays the groups out as a ReportTable: one row per row key,
// one column per column key × value, a Total column per value when there are column dimensions
// and a final Total row (the table's `totals`: on screen and in the PDF, not in CSV or JSON).
// Row and column keys sort as text. Money is summed in whole cents and
// an average is an exact ratio rounded once, where it is printed.
#include <atomic>
#include <cstddef>
#include <filesystem>

#include "reports/pivot_layout.h"
#include "reports/report_table.h"

namespace uplift {

namespace db {
class Connection;
}

// A pivot wider than this is refused (UserError): it is no longer a table anyone reads.
inline constexpr std::size_t kPivotMaxColumns = 500;
// Row keys beyond this are refused: filter, or choose fewer or coarser row dimensions.
inline constexpr std::size_t kPivotMaxRows = 100'000;

// On the file, through its own read-only connection. Throws UserError for a layout the
// catalogue refuses or a result too large, Cancelled when *cancel becomes true.
ReportTable run_pivot(const std::filesystem::path& file, const PivotLayout& layout,
                      const std::atomic<bool>* cancel = nullptr);

// On an open connection (which it only reads).
ReportTable pivot_table(db::Connection& conn, const PivotLayout& layout,
                        const std::atomic<bool>* cancel = nullptr);

}  // namespace uplift
