#pragma once
// Parsing of decimal numbers as users and spreadsheets write them, into scaled integers.
// Accepted: "1234.56", "1 234,56", "1 234,56" (no-break, narrow no-break and thin spaces as
// thousands separators), a leading "-". Anything that could be read two ways is refused.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace uplift {

enum class DecimalMark {
    Point,  // "." is the decimal mark (files separated by ",")
    Comma,  // "," is the decimal mark
    Auto,   // either; a lone separator followed by exactly three digits is ambiguous
};

struct DecimalParse {
    std::int64_t scaled = 0;  // the value times 10^decimals
    std::string error;        // empty on success; a short phrase for the user
    bool ok() const { return error.empty(); }
};

// Parses `text` with at most `decimals` digits after the mark (0 = whole numbers only).
DecimalParse parse_decimal(std::string_view text, int decimals, DecimalMark mark);

}  // namespace uplift
