#pragma once
// How reports and lists come out: aligned columns for a terminal, and standard output or the
// file of `-o`.
#include <nlohmann/json.hpp>

#include "reports/report_table.h"
#include "io/csv_writer.h"

#include <ostream>
#include <string>
#include <vector>

namespace uplift::cli {

class CommandContext;

// Writes a report's text to the file of `-o FILE` (whole or not at all), or to standard output.
void emit_report(CommandContext& c, const std::string& text);

// The header and the rows as CSV in a dialect (a BOM first when it has one).
void write_csv_table(std::ostream& out, const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows,
                     const CsvDialect& dialect = kInterchangeCsv);

// The CSV dialect of a report: `--csv-dialect plain|excel|excel-ru` (default plain); misuse
// for another name.
CsvDialect report_dialect(const CommandContext& c);

// The rows as a JSON array of objects keyed by the header: the first `text_columns` columns as
// strings, the others as numbers (null when empty; text when not a number).
nlohmann::json json_rows(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows,
                         std::size_t text_columns);

// As above for tables whose text and number columns alternate: is_text[i] says which.
nlohmann::json json_rows(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows,
                         const std::vector<bool>& is_text);

// A plain table report in the asked format (table, csv, json or pdf) to -o FILE (written
// atomically; pdf needs it) or standard output.
// JSON is `head` with the rows under "rows" (the first `text_columns` columns as strings).
void emit_table_report(CommandContext& c, const std::string& format, nlohmann::json head,
                       const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows, std::size_t text_columns);
void emit_table_report(CommandContext& c, const std::string& format, nlohmann::json head,
                       const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows,
                       const std::vector<bool>& is_text);

// A report's table (analytics/report_table.h) in the asked format: table, csv, json (`head`
// with the rows under "rows") or pdf (its title and notes).
void emit_report_table(CommandContext& c, const std::string& format, const ReportTable& table,
                       nlohmann::json head);

// The first column and columns of words read left to right; columns of figures line up on
// the right.
void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows);

}  // namespace uplift::cli
