#include "money/rounding.h"

#include <limits>

#include "errors.h"

namespace uplift {

std::int64_t round_half_away(Wide num, Wide den) {
    if (den == 0) {
        throw UserError("division by zero in an amount");
    }
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const bool negative = num < 0;
    const Wide mag = negative ? -num : num;
    Wide q = mag / den;
    const Wide r = mag % den;
    if (2 * r >= den) {
        ++q;
    }
    if (q > static_cast<Wide>(std::numeric_limits<std::int64_t>::max())) {
        throw UserError("amount too large");
    }
    const auto result = static_cast<std::int64_t>(q);
    return negative ? -result : result;
}

}  // namespace uplift
