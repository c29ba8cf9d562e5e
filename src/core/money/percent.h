#pragma once
// Fixed-point percentages: 1 = 0.0001 %, so 12.5 % is 125000 and 100 % is 1000000.
// Enough for discount depths and accrual rates; applied to money exactly, then rounded once.
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "money/decimal_parse.h"
#include "money/money.h"

namespace uplift {

class Percent {
public:
    static constexpr std::int64_t kScale = 10000;  // units per 1 %
    static constexpr std::int64_t kWhole = 100 * kScale;

    Percent() = default;
    static Percent from_units(std::int64_t units) { return Percent(units); }
    // "12.5", "12,5", "12.5%": at most 4 decimals. Throws UserError.
    static Percent parse(std::string_view text, DecimalMark mark = DecimalMark::Auto);

    std::int64_t units() const { return units_; }
    // The share of `amount` this percentage is, rounded half away from zero to the cent.
    Money of(Money amount) const;
    // "12.5" (trailing zeros dropped).
    std::string to_string() const;
    auto operator<=>(const Percent&) const = default;

private:
    explicit Percent(std::int64_t units) : units_(units) {}
    std::int64_t units_ = 0;
};

}  // namespace uplift
