#include "money/money.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <numeric>

#include "errors.h"
#include "money/rounding.h"

namespace uplift {

Currency::Currency(std::string_view code) : code_{} {
    if (code.size() != 3 || !std::all_of(code.begin(), code.end(),
                                         [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
        throw UserError(fmt::format("'{}' is not a currency code (three capital letters, e.g. EUR)",
                                    code));
    }
    std::copy(code.begin(), code.end(), code_.begin());
}

Money Money::parse(std::string_view text, DecimalMark mark, Currency c) {
    const DecimalParse p = parse_decimal(text, 2, mark);
    if (!p.ok()) {
        throw UserError(fmt::format("'{}' is not an amount: {}", text, p.error));
    }
    return Money(p.scaled, c);
}

void Money::require_same(const Money& o) const {
    if (currency_ != o.currency_) {
        throw UserError(fmt::format("cannot combine {} and {} amounts", currency_.code(),
                                    o.currency_.code()));
    }
}

Money Money::operator+(Money o) const {
    require_same(o);
    std::int64_t r = 0;
    if (__builtin_add_overflow(minor_, o.minor_, &r)) {
        throw UserError("amount too large");
    }
    return Money(r, currency_);
}

Money Money::operator-(Money o) const {
    require_same(o);
    std::int64_t r = 0;
    if (__builtin_sub_overflow(minor_, o.minor_, &r)) {
        throw UserError("amount too large");
    }
    return Money(r, currency_);
}

Money Money::times(std::int64_t units) const {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(minor_, units, &r)) {
        throw UserError("amount too large");
    }
    return Money(r, currency_);
}

std::strong_ordering Money::operator<=>(const Money& o) const {
    require_same(o);
    return minor_ <=> o.minor_;
}

std::vector<std::int64_t> largest_remainder(std::int64_t total,
                                            std::span<const std::int64_t> weights) {
    Wide sum = 0;
    for (const auto w : weights) {
        if (w < 0) {
            throw UserError("a split weight is negative");
        }
        sum += w;
    }
    if (sum == 0) {
        throw UserError("cannot split by weights that are all zero");
    }
    const bool negative = total < 0;
    const Wide mag = negative ? -static_cast<Wide>(total) : static_cast<Wide>(total);
    // Magnitudes stay wide until the sign is applied: -INT64_MIN does not fit in an int64.
    std::vector<Wide> wide_parts(weights.size());
    std::vector<Wide> remainders(weights.size());
    Wide given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Wide num = mag * weights[i];
        wide_parts[i] = num / sum;
        remainders[i] = num % sum;
        given += wide_parts[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (Wide left = mag - given, k = 0; left > 0; --left, ++k) {
        ++wide_parts[order[static_cast<std::size_t>(k)]];
    }
    std::vector<std::int64_t> parts(weights.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        parts[i] = static_cast<std::int64_t>(negative ? -wide_parts[i] : wide_parts[i]);
    }
    return parts;
}

std::vector<Money> Money::allocate(std::span<const std::int64_t> weights) const {
    std::vector<Money> out;
    for (const auto part : largest_remainder(minor_, weights)) {
        out.push_back(Money(part, currency_));
    }
    return out;
}

std::vector<Money> Money::split(int n) const {
    if (n <= 0) {
        throw UserError("cannot split into zero parts");
    }
    const std::vector<std::int64_t> ones(static_cast<std::size_t>(n), 1);
    return allocate(ones);
}

std::string format_minor(std::int64_t minor) {
    const bool negative = minor < 0;
    const auto mag = negative ? -static_cast<Wide>(minor) : static_cast<Wide>(minor);
    const auto units = static_cast<unsigned long long>(mag / Money::kMinorPerUnit);
    const auto cents = static_cast<unsigned>(mag % Money::kMinorPerUnit);
    return fmt::format("{}{}.{:02}", negative ? "-" : "", units, cents);
}

std::string Money::to_string() const { return format_minor(minor_); }

}  // namespace uplift
