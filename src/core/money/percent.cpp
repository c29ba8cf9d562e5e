#include "money/percent.h"

#include <fmt/format.h>

#include "errors.h"
#include "money/rounding.h"

namespace uplift {

Percent Percent::parse(std::string_view text, DecimalMark mark) {
    std::string_view s = text;
    while (!s.empty() && s.back() == ' ') {
        s.remove_suffix(1);
    }
    if (!s.empty() && s.back() == '%') {
        s.remove_suffix(1);
    }
    const DecimalParse p = parse_decimal(s, 4, mark);
    if (!p.ok()) {
        throw UserError(fmt::format("'{}' is not a percentage: {}", text, p.error));
    }
    return Percent(p.scaled);
}

Money Percent::of(Money amount) const {
    const Wide num = static_cast<Wide>(amount.minor()) * units_;
    return Money::from_minor(round_half_away(num, kWhole), amount.currency());
}

std::string Percent::to_string() const {
    const bool negative = units_ < 0;
    const std::int64_t mag = negative ? -units_ : units_;
    std::string s = fmt::format("{}{}", negative ? "-" : "", mag / kScale);
    std::int64_t frac = mag % kScale;
    if (frac != 0) {
        std::string f = fmt::format("{:04}", frac);
        while (f.back() == '0') {
            f.pop_back();
        }
        s += "." + f;
    }
    return s;
}

}  // namespace uplift
