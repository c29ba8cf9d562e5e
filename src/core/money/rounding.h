#pragma once
// The one place where Uplift rounds: exact rational amounts become whole minor units only when
// they are booked or printed, half away from zero (docs/formulas.md, "Rounding").
#include <cstdint>

namespace uplift {

__extension__ using Wide = __int128;  // GCC and Clang; MSVC builds need a 128-bit shim

// num / den rounded half away from zero. den must not be 0. Throws UserError on overflow.
std::int64_t round_half_away(Wide num, Wide den);

}  // namespace uplift
