#pragma once
// CSV output (reports, exports): minimal RFC 4180 quoting, '\n' line ends. The plain dialect
// (',' and '.') is what scripts read; the Excel dialects add a byte-order mark so Excel reads
// UTF-8, and the Russian one writes ';' with decimal commas. Report exports guard against
// formula injection: a text cell beginning with =, +, -, @, tab or carriage return is written
// with a leading ' (a number such as -12.50 is left as it is).
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace uplift {

struct CsvDialect {
    char separator = ',';
    bool decimal_comma = false;    // numbers written 12,50 (with ';' as the separator)
    bool byte_order_mark = false;  // UTF-8 BOM before the header, for Excel
    bool guard_formulas = false;   // the ' prefix on cells a spreadsheet would run
};

// Interchange files (import formats, `demo --csv`): plain, unguarded, so they read back as
// written.
inline constexpr CsvDialect kInterchangeCsv{};
// Report exports: "plain" (the default: ',' and '.'), "excel" (plus a BOM) or "excel-ru"
// (BOM, ';', decimal comma); all guard formulas. nullopt for another name.
std::optional<CsvDialect> report_csv_dialect(std::string_view name);

// True for a plain decimal number: optional '-', digits, optional '.' and digits.
bool is_plain_number(std::string_view cell);

std::string csv_field(const std::string& value, const CsvDialect& dialect = kInterchangeCsv);
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields,
                   const CsvDialect& dialect = kInterchangeCsv);
// The byte-order mark when the dialect asks for one (write it once, before the header).
void write_csv_start(std::ostream& out, const CsvDialect& dialect);

}  // namespace uplift
