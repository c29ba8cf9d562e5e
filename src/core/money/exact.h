#pragma once
// Exact derived quantities (units × prices × percentages, averages over up to 13 weeks) as
// integers over one fixed denominator, so sums never round and rounding happens once, when a
// figure is printed or booked (money/rounding.h).
#include <cstdint>
#include <string>

#include "money/rounding.h"

namespace uplift {

// 360360 = lcm(1..13): a baseline averaged over up to 13 weeks divides it exactly;
// 1,000,000 = one whole in Percent units (1e-4 %), so a percentage of a price is exact.
inline constexpr Wide kExactDen = static_cast<Wide>(360360) * 1'000'000;

// A value held as num / kExactDen (of cents for money, of units for quantities).
struct Exact {
    Wide num = 0;
    static Exact whole(std::int64_t v) { return {static_cast<Wide>(v) * kExactDen}; }
    Exact& operator+=(const Exact& o) {
        num += o.num;
        return *this;
    }
    Exact& operator-=(const Exact& o) {
        num -= o.num;
        return *this;
    }
    friend Exact operator+(Exact a, const Exact& b) { return a += b; }
    friend Exact operator-(Exact a, const Exact& b) { return a -= b; }
    bool is_zero() const { return num == 0; }
};

// Rounded half away from zero to a whole (cents for money).
std::int64_t round_whole(const Exact& e);
// "1234.56": money in cents, or units with two decimals.
std::string format_hundredths(const Exact& e, bool value_in_cents);
// 100 × a / b with two decimals ("15.83"); empty when b is zero.
std::string format_ratio_pct(const Exact& a, const Exact& b);
// a / b as a double, for display-only ratios such as a lift factor.
double ratio(const Exact& a, const Exact& b);

}  // namespace uplift
