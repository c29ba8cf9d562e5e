#include "money/exact.h"

#include <fmt/format.h>

#include "money/money.h"

namespace uplift {

std::int64_t round_whole(const Exact& e) {
    return round_half_away(e.num, kExactDen);
}

std::string format_hundredths(const Exact& e, bool value_in_cents) {
    // Cents are already hundredths; units need one more factor of 100.
    const std::int64_t hundredths = value_in_cents ? round_half_away(e.num, kExactDen)
                                                   : round_half_away(e.num * 100, kExactDen);
    return format_minor(hundredths);
}

std::string format_ratio_pct(const Exact& a, const Exact& b) {
    if (b.num == 0) {
        return {};
    }
    return format_minor(round_half_away(a.num * 10000, b.num));
}

double ratio(const Exact& a, const Exact& b) {
    if (b.num == 0) {
        return 0.0;
    }
    return static_cast<double>(a.num) / static_cast<double>(b.num);
}

}  // namespace uplift
