#include "money/decimal_parse.h"

#include <limits>
#include <vector>

namespace uplift {

namespace {

// Length of a grouping space (ASCII space, U+00A0, U+202F, U+2009) at s[i], else 0.
std::size_t group_space_len(std::string_view s, std::size_t i) {
    if (s[i] == ' ') {
        return 1;
    }
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        return 2;
    }
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto c = static_cast<unsigned char>(s[i + 2]);
        if (c == 0xAF || c == 0x89) {
            return 3;
        }
    }
    return 0;
}

std::string_view trim_ascii(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

DecimalParse fail(std::string msg) {
    DecimalParse r;
    r.error = std::move(msg);
    return r;
}

}  // namespace

DecimalParse parse_decimal(std::string_view text, int decimals, DecimalMark mark) {
    std::string_view s = trim_ascii(text);
    if (s.empty()) {
        return fail("empty");
    }
    bool negative = false;
    if (s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    if (s.empty()) {
        return fail("not a number");
    }
    // Split into tokens: digit runs and separators ('.', ',', space-like).
    struct Sep {
        char kind;        // '.', ',' or ' '
        std::size_t pos;  // index into digits where it stands (digits before it)
    };
    std::string digits;
    std::vector<Sep> seps;
    for (std::size_t i = 0; i < s.size();) {
        const char ch = s[i];
        if (ch >= '0' && ch <= '9') {
            digits.push_back(ch);
            ++i;
        } else if (ch == '.' || ch == ',') {
            seps.push_back({ch, digits.size()});
            ++i;
        } else if (const std::size_t n = group_space_len(s, i); n > 0) {
            seps.push_back({' ', digits.size()});
            i += n;
        } else {
            return fail("not a number");
        }
    }
    if (digits.empty()) {
        return fail("not a number");
    }
    // Decide which separator (if any) is the decimal mark.
    int n_point = 0;
    int n_comma = 0;
    for (const auto& sp : seps) {
        n_point += sp.kind == '.' ? 1 : 0;
        n_comma += sp.kind == ',' ? 1 : 0;
    }
    char decimal = 0;
    char group_punct = 0;
    if (n_point > 0 && n_comma > 0) {
        // "1,234.56" or "1.234,56": the last one is the mark, the other groups thousands.
        decimal = seps.back().kind;
        if (decimal == ' ') {
            return fail("ambiguous number");
        }
        group_punct = decimal == '.' ? ',' : '.';
        if ((decimal == '.' ? n_point : n_comma) != 1) {
            return fail("ambiguous number");
        }
        if (mark == DecimalMark::Point && decimal != '.') {
            return fail("decimal comma where a decimal point is expected");
        }
        if (mark == DecimalMark::Comma && decimal != ',') {
            return fail("decimal point where a decimal comma is expected");
        }
    } else if (n_point + n_comma > 1) {
        return fail("ambiguous number");
    } else if (n_point + n_comma == 1) {
        const char only = n_point == 1 ? '.' : ',';
        if (mark == DecimalMark::Point && only == ',') {
            return fail("decimal comma where a decimal point is expected");
        }
        if (mark == DecimalMark::Comma && only == '.') {
            return fail("decimal point where a decimal comma is expected");
        }
        std::size_t after = 0;
        for (const auto& sp : seps) {
            if (sp.kind == only) {
                after = digits.size() - sp.pos;
            }
        }
        if (mark == DecimalMark::Auto && after == 3) {
            return fail("ambiguous number (thousands separator or decimal mark?)");
        }
        decimal = only;
    }
    // Validate the layout: grouping separators only in the integer part, 3-digit groups.
    std::size_t int_digits = digits.size();
    for (const auto& sp : seps) {
        if (sp.kind == decimal) {
            int_digits = sp.pos;
        }
    }
    std::size_t prev = 0;
    bool first_group = true;
    for (const auto& sp : seps) {
        if (sp.kind == decimal) {
            if (sp.pos == 0 || sp.pos == digits.size()) {
                return fail("not a number");
            }
            continue;
        }
        if (sp.kind != ' ' && sp.kind != group_punct) {
            return fail("ambiguous number");
        }
        if (sp.pos > int_digits) {
            return fail("thousands separator after the decimal mark");
        }
        const std::size_t group = sp.pos - prev;
        if ((first_group && (group == 0 || group > 3)) || (!first_group && group != 3)) {
            return fail("misplaced thousands separator");
        }
        first_group = false;
        prev = sp.pos;
    }
    if (!first_group && int_digits - prev != 3) {
        return fail("misplaced thousands separator");
    }
    const std::size_t frac_digits = digits.size() - int_digits;
    if (frac_digits > static_cast<std::size_t>(decimals)) {
        if (decimals == 0) {
            return fail("must be a whole number");
        }
        return fail("more than " + std::to_string(decimals) + " decimals");
    }
    // Accumulate with overflow checks.
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t value = 0;
    for (const char ch : digits) {
        const int d = ch - '0';
        if (value > (kMax - d) / 10) {
            return fail("number too large");
        }
        value = value * 10 + d;
    }
    for (std::size_t i = frac_digits; i < static_cast<std::size_t>(decimals); ++i) {
        if (value > kMax / 10) {
            return fail("number too large");
        }
        value *= 10;
    }
    DecimalParse r;
    r.scaled = negative ? -value : value;
    return r;
}

}  // namespace uplift
