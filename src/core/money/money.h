#pragma once
// Money: whole hundredths ("minor units") of one currency in an int64. There is no path from
// double: amounts enter as text (parse) or as integers, and leave as text.
#include <array>
#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "money/decimal_parse.h"

namespace uplift {

// An ISO 4217 code such as "EUR". Every amount keeps two decimals (see docs/formulas.md).
class Currency {
public:
    Currency() : code_{'E', 'U', 'R'} {}
    // Throws UserError unless `code` is three ASCII capital letters.
    explicit Currency(std::string_view code);
    std::string code() const { return {code_.begin(), code_.end()}; }
    auto operator<=>(const Currency&) const = default;

private:
    std::array<char, 3> code_;
};

class Money {
public:
    static constexpr std::int64_t kMinorPerUnit = 100;

    Money() = default;
    static Money from_minor(std::int64_t minor, Currency c = {}) { return Money(minor, c); }
    // Parses user or file text ("1 234,56", "-12.5"); throws UserError naming the problem.
    static Money parse(std::string_view text, DecimalMark mark = DecimalMark::Auto,
                       Currency c = {});

    std::int64_t minor() const { return minor_; }
    Currency currency() const { return currency_; }
    bool is_zero() const { return minor_ == 0; }
    bool is_negative() const { return minor_ < 0; }

    Money operator+(Money o) const;
    Money operator-(Money o) const;
    Money operator-() const { return Money(-minor_, currency_); }
    Money& operator+=(Money o) { return *this = *this + o; }
    Money& operator-=(Money o) { return *this = *this - o; }
    // Amount times a whole number of units: exact.
    Money times(std::int64_t units) const;

    // Splits the amount in proportion to `weights` (non-negative, not all zero) so that the
    // parts sum exactly to the whole: largest remainder, ties to the earlier weight.
    std::vector<Money> allocate(std::span<const std::int64_t> weights) const;
    // Splits into n parts as equal as possible; earlier parts take the extra cents.
    std::vector<Money> split(int n) const;

    // "1234.56", "-0.05": dot, two decimals, no grouping (CSV and the CLI).
    std::string to_string() const;

    bool operator==(const Money& o) const = default;
    std::strong_ordering operator<=>(const Money& o) const;

private:
    Money(std::int64_t minor, Currency c) : minor_(minor), currency_(c) {}
    void require_same(const Money& o) const;
    std::int64_t minor_ = 0;
    Currency currency_;
};

// Largest-remainder split of an integer total (units or minor units) in proportion to weights.
// Children always sum exactly to `total`; ties go to the earlier weight. All-zero weights are
// refused (the caller chooses its own fallback).
std::vector<std::int64_t> largest_remainder(std::int64_t total,
                                            std::span<const std::int64_t> weights);

// Minor units as "1234.56" (no grouping).
std::string format_minor(std::int64_t minor);

}  // namespace uplift
