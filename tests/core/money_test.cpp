#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "errors.h"
#include "money/decimal_parse.h"
#include "money/money.h"
#include "money/percent.h"
#include "money/rounding.h"

using namespace uplift;
using Catch::Matchers::Contains;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

// The error phrase parse_decimal gives for `text` ("" on success).
std::string decimal_error(std::string_view text, int decimals, DecimalMark mark) {
    return parse_decimal(text, decimals, mark).error;
}

std::int64_t sum(const std::vector<std::int64_t>& v) {
    return std::accumulate(v.begin(), v.end(), std::int64_t{0});
}

std::int64_t sum(const std::vector<Money>& v) {
    std::int64_t s = 0;
    for (const Money& m : v) {
        s += m.minor();
    }
    return s;
}

}  // namespace

TEST_CASE("money parses the ways users write amounts", "[money]") {
    CHECK(Money::parse("1234.56").minor() == 123456);
    CHECK(Money::parse("1 234,56").minor() == 123456);
    CHECK(Money::parse("1\xC2\xA0"
                       "234,56")
              .minor() == 123456);  // no-break space
    CHECK(Money::parse("1\xE2\x80\xAF"
                       "234,56")
              .minor() == 123456);  // narrow no-break space
    CHECK(Money::parse("1\xE2\x80\x89"
                       "234,56")
              .minor() == 123456);  // thin space
    CHECK(Money::parse("-0.05").minor() == -5);
    CHECK(Money::parse("-12.5").minor() == -1250);
    CHECK(Money::parse("12").minor() == 1200);
    CHECK(Money::parse("0.1").minor() == 10);
    CHECK(Money::parse("1 234 567,89").minor() == 123456789);
    CHECK(Money::parse("1,234.56").minor() == 123456);
    CHECK(Money::parse("1.234,56").minor() == 123456);
    CHECK(Money::parse("1,234,567.89").minor() == 123456789);
    CHECK(Money::parse("  12.50\t").minor() == 1250);  // padding from a spreadsheet cell
}

TEST_CASE("money parsing honours the file's decimal mark", "[money]") {
    CHECK(Money::parse("1234.56", DecimalMark::Point).minor() == 123456);
    CHECK(Money::parse("1234,56", DecimalMark::Comma).minor() == 123456);
    CHECK(Money::parse("1 234,56", DecimalMark::Comma).minor() == 123456);
    CHECK(Money::parse("1.234,56", DecimalMark::Comma).minor() == 123456);
    // A lone separator before three digits is a decimal mark when the file says which it is.
    CHECK(parse_decimal("1,234", 3, DecimalMark::Comma).scaled == 1234);
    CHECK(parse_decimal("1.234", 3, DecimalMark::Point).scaled == 1234);
    // The other mark is refused, not silently read as thousands.
    CHECK_THROWS_WITH(Money::parse("12,5", DecimalMark::Point), Contains("decimal comma"));
    CHECK_THROWS_WITH(Money::parse("12.5", DecimalMark::Comma), Contains("decimal point"));
    CHECK_THROWS_AS(Money::parse("1.234,56", DecimalMark::Point), UserError);
    CHECK_THROWS_AS(Money::parse("1,234.56", DecimalMark::Comma), UserError);
}

TEST_CASE("money parsing refuses what is not an amount", "[money]") {
    CHECK_THROWS_WITH(Money::parse("-"), Contains("'-' is not an amount"));
    CHECK_THROWS_WITH(Money::parse(""), Contains("is not an amount"));
    CHECK_THROWS_WITH(Money::parse("   "), Contains("is not an amount"));
    CHECK_THROWS_WITH(Money::parse("abc"), Contains("'abc' is not an amount"));
    CHECK_THROWS_AS(Money::parse("12abc"), UserError);
    CHECK_THROWS_AS(Money::parse("1.2.3"), UserError);
    CHECK_THROWS_AS(Money::parse("1,2,3"), UserError);
    CHECK_THROWS_AS(Money::parse("--5"), UserError);
    CHECK_THROWS_AS(Money::parse("5-"), UserError);
    CHECK_THROWS_AS(Money::parse("1e3"), UserError);
    CHECK_THROWS_AS(Money::parse("\xC2\xA0"), UserError);
}

TEST_CASE("money parsing refuses numbers that could be read two ways", "[money]") {
    // "1,234" is 1234 to one reader and 1.234 to another: refused in Auto.
    CHECK_THROWS_WITH(Money::parse("1,234"), Contains("ambiguous"));
    CHECK_THROWS_WITH(Money::parse("1.234"), Contains("ambiguous"));
    CHECK_THROWS_AS(Money::parse("12.345"), UserError);
    CHECK_THROWS_AS(Money::parse("12,345"), UserError);
    CHECK(decimal_error("1,234", 4, DecimalMark::Auto).find("ambiguous") != std::string::npos);
    // Two of the same mark cannot be a decimal mark.
    CHECK_THROWS_AS(Money::parse("1,234,56"), UserError);
}

TEST_CASE("money has at most two decimals", "[money]") {
    CHECK_THROWS_WITH(Money::parse("12.345", DecimalMark::Point), Contains("more than 2 decimals"));
    CHECK_THROWS_WITH(Money::parse("12,345", DecimalMark::Comma), Contains("more than 2 decimals"));
    CHECK_THROWS_AS(Money::parse("0.001", DecimalMark::Point), UserError);
    CHECK(Money::parse("0.01", DecimalMark::Point).minor() == 1);
}

TEST_CASE("money parsing refuses misplaced thousands separators", "[money]") {
    CHECK_THROWS_WITH(Money::parse("1 23,45"), Contains("misplaced thousands separator"));
    CHECK_THROWS_AS(Money::parse("12 34"), UserError);
    CHECK_THROWS_AS(Money::parse("1234 567,89"), UserError);
    CHECK_THROWS_AS(Money::parse("1 2345,00"), UserError);
    CHECK_THROWS_AS(Money::parse(" 1  234,56"), UserError);  // two spaces in a row
    CHECK_THROWS_AS(Money::parse("1,23.45"), UserError);
    CHECK_THROWS_AS(Money::parse("1.234,5 6"), UserError);  // grouping after the decimal mark
}

TEST_CASE("money parsing refuses amounts that do not fit", "[money]") {
    CHECK(Money::parse("92233720368547758.07").minor() == kMax);
    CHECK(Money::parse("-92233720368547758.07").minor() == -kMax);
    CHECK_THROWS_WITH(Money::parse("92233720368547758.08"), Contains("too large"));
    CHECK_THROWS_WITH(Money::parse("92233720368547758.1"), Contains("too large"));
    CHECK_THROWS_WITH(Money::parse("99999999999999999999"), Contains("too large"));
    CHECK_THROWS_AS(Money::parse("123456789012345678901234567890"), UserError);
}

TEST_CASE("parse_decimal scales to the requested decimals", "[money]") {
    const DecimalParse units = parse_decimal("1 000", 0, DecimalMark::Auto);
    REQUIRE(units.ok());
    CHECK(units.scaled == 1000);
    CHECK(decimal_error("12.5", 0, DecimalMark::Point) == "must be a whole number");
    CHECK(parse_decimal("12.5", 4, DecimalMark::Auto).scaled == 125000);
    CHECK(parse_decimal("-0", 2, DecimalMark::Auto).scaled == 0);
    CHECK_FALSE(parse_decimal("", 2, DecimalMark::Auto).ok());
}

TEST_CASE("money prints with a dot and two decimals and reads back", "[money]") {
    CHECK(Money::from_minor(123456).to_string() == "1234.56");
    CHECK(Money::from_minor(-5).to_string() == "-0.05");
    CHECK(Money::from_minor(0).to_string() == "0.00");
    CHECK(Money::from_minor(100).to_string() == "1.00");
    CHECK(Money::from_minor(-123400).to_string() == "-1234.00");
    CHECK(Money::from_minor(kMax).to_string() == "92233720368547758.07");
    CHECK(Money::from_minor(kMin).to_string() == "-92233720368547758.08");
    CHECK(format_minor(7) == "0.07");

    std::mt19937_64 rng(20250101);
    std::uniform_int_distribution<std::int64_t> any(kMin + 1, kMax);
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t v = i < 1000 ? any(rng) : any(rng) % 100000;
        const Money m = Money::from_minor(v);
        INFO(m.to_string());
        CHECK(Money::parse(m.to_string(), DecimalMark::Point).minor() == v);
    }
}

TEST_CASE("money arithmetic is exact and refuses overflow", "[money]") {
    const Money a = Money::parse("10.05");
    const Money b = Money::parse("0.10");
    CHECK((a + b).minor() == 1015);
    CHECK((a - b).minor() == 995);
    CHECK((b - a).minor() == -995);
    CHECK((-a).minor() == -1005);
    CHECK(a.times(3).minor() == 3015);
    CHECK(a.times(-2).minor() == -2010);
    Money acc;
    for (int i = 0; i < 10; ++i) {
        acc += b;
    }
    CHECK(acc == Money::parse("1.00"));
    acc -= Money::parse("1");
    CHECK(acc.is_zero());
    CHECK(Money::from_minor(-1).is_negative());
    CHECK_FALSE(Money::from_minor(0).is_negative());
    CHECK(a > b);
    CHECK(b < a);

    CHECK_THROWS_WITH(Money::from_minor(kMax) + Money::from_minor(1), Contains("too large"));
    CHECK_THROWS_WITH(Money::from_minor(kMin) - Money::from_minor(1), Contains("too large"));
    CHECK_THROWS_WITH(Money::from_minor(kMax / 2 + 1).times(2), Contains("too large"));
}

TEST_CASE("amounts in different currencies do not mix", "[money]") {
    const Money eur = Money::from_minor(100, Currency("EUR"));
    const Money usd = Money::from_minor(100, Currency("USD"));
    CHECK(eur.currency().code() == "EUR");
    CHECK(Money::parse("1.00", DecimalMark::Auto, Currency("USD")).currency().code() == "USD");
    CHECK_THROWS_WITH(eur + usd, Contains("cannot combine EUR and USD"));
    CHECK_THROWS_AS(eur - usd, UserError);
    CHECK_THROWS_AS((void)(eur < usd), UserError);
    CHECK(eur != usd);
    CHECK((eur + eur).currency().code() == "EUR");
    CHECK(eur.times(2).currency().code() == "EUR");
    CHECK(eur.allocate(std::vector<std::int64_t>{1, 1})[1].currency().code() == "EUR");
}

TEST_CASE("a currency is three capital letters", "[money]") {
    CHECK(Currency("RUB").code() == "RUB");
    CHECK(Currency().code() == "EUR");
    CHECK_THROWS_WITH(Currency("eur"), Contains("not a currency code"));
    CHECK_THROWS_AS(Currency("EURO"), UserError);
    CHECK_THROWS_AS(Currency("EU"), UserError);
    CHECK_THROWS_AS(Currency(""), UserError);
    CHECK_THROWS_AS(Currency("E1R"), UserError);
}

TEST_CASE("allocate never loses a cent", "[money]") {
    const Money m = Money::from_minor(100);
    const std::vector<std::int64_t> w{1, 1, 1};
    const auto parts = m.allocate(w);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].minor() == 34);
    CHECK(parts[1].minor() == 33);
    CHECK(parts[2].minor() == 33);
}

TEST_CASE("largest remainder splits in proportion and gives leftovers by remainder", "[money]") {
    CHECK(largest_remainder(10, std::vector<std::int64_t>{1, 2}) ==
          std::vector<std::int64_t>{3, 7});
    // Shares 1.6, 4.3, 4.1: the one leftover unit goes to the largest remainder (0.6).
    CHECK(largest_remainder(10, std::vector<std::int64_t>{16, 43, 41}) ==
          std::vector<std::int64_t>{2, 4, 4});
    // Shares 0.3, 1.35, 1.35: the leftover goes by remainder, the tie to the earlier weight.
    CHECK(largest_remainder(3, std::vector<std::int64_t>{10, 45, 45}) ==
          std::vector<std::int64_t>{0, 2, 1});
    // Ties go to the earlier weight.
    CHECK(largest_remainder(1, std::vector<std::int64_t>{1, 1}) == std::vector<std::int64_t>{1, 0});
    CHECK(largest_remainder(2, std::vector<std::int64_t>{1, 1, 1}) ==
          std::vector<std::int64_t>{1, 1, 0});
    // A zero weight gets nothing.
    CHECK(largest_remainder(7, std::vector<std::int64_t>{0, 5, 0}) ==
          std::vector<std::int64_t>{0, 7, 0});
    CHECK(largest_remainder(0, std::vector<std::int64_t>{3, 4}) == std::vector<std::int64_t>{0, 0});
    CHECK(largest_remainder(5, std::vector<std::int64_t>{9}) == std::vector<std::int64_t>{5});
}

TEST_CASE("negative totals split as the mirror of positive ones", "[money]") {
    CHECK(largest_remainder(-100, std::vector<std::int64_t>{1, 1, 1}) ==
          std::vector<std::int64_t>{-34, -33, -33});
    CHECK(largest_remainder(-10, std::vector<std::int64_t>{1, 2}) ==
          std::vector<std::int64_t>{-3, -7});
    const auto parts = Money::from_minor(-1).split(3);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].minor() == -1);
    CHECK(parts[1].minor() == 0);
    CHECK(parts[2].minor() == 0);
}

TEST_CASE("splits refuse weights that say nothing", "[money]") {
    CHECK_THROWS_WITH(largest_remainder(100, std::vector<std::int64_t>{0, 0, 0}),
                      Contains("all zero"));
    CHECK_THROWS_AS(largest_remainder(100, std::vector<std::int64_t>{}), UserError);
    CHECK_THROWS_WITH(largest_remainder(100, std::vector<std::int64_t>{1, -1, 2}),
                      Contains("negative"));
    CHECK_THROWS_AS(Money::from_minor(100).allocate(std::vector<std::int64_t>{0, 0}), UserError);
    CHECK_THROWS_AS(Money::from_minor(100).split(0), UserError);
    CHECK_THROWS_AS(Money::from_minor(100).split(-2), UserError);
}

TEST_CASE("split gives the extra cents to the earlier parts", "[money]") {
    const auto parts = Money::parse("10.00").split(3);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].to_string() == "3.34");
    CHECK(parts[1].to_string() == "3.33");
    CHECK(parts[2].to_string() == "3.33");
    CHECK(Money::parse("10.00").split(1)[0].minor() == 1000);
}

TEST_CASE("random splits always sum exactly to the whole", "[money][property]") {
    std::mt19937_64 rng(424242);
    std::uniform_int_distribution<std::int64_t> total_dist(-1'000'000'000'000, 1'000'000'000'000);
    std::uniform_int_distribution<int> n_dist(1, 25);
    std::uniform_int_distribution<std::int64_t> weight_dist(0, 1'000'000);
    std::uniform_int_distribution<int> zero_dist(0, 4);
    for (int iter = 0; iter < 3000; ++iter) {
        std::int64_t total = total_dist(rng);
        if (iter % 3 == 0) {
            total %= 1000;  // small totals: most parts get 0 or 1 cent
        }
        const int n = n_dist(rng);
        std::vector<std::int64_t> weights(static_cast<std::size_t>(n));
        for (auto& w : weights) {
            w = zero_dist(rng) == 0 ? 0 : weight_dist(rng);
        }
        if (sum(weights) == 0) {
            weights[0] = 1;
        }
        INFO("iteration " << iter << ", total " << total);
        const auto parts = largest_remainder(total, weights);
        REQUIRE(parts.size() == weights.size());
        CHECK(sum(parts) == total);
        const Wide wsum = sum(weights);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            // Each part is within one minor unit of its exact share total * w / sum.
            const Wide exact_times_sum = static_cast<Wide>(total) * weights[i];
            const Wide diff = static_cast<Wide>(parts[i]) * wsum - exact_times_sum;
            CHECK((diff < 0 ? -diff : diff) < wsum);
            if (weights[i] == 0) {
                CHECK(parts[i] == 0);
            }
            CHECK((total >= 0 ? parts[i] >= 0 : parts[i] <= 0));
        }
        // The Money overload agrees and keeps the whole.
        CHECK(sum(Money::from_minor(total).allocate(weights)) == total);
    }
}

TEST_CASE("splits of extreme amounts stay exact", "[money]") {
    const auto big = largest_remainder(kMax, std::vector<std::int64_t>{kMax, kMax, 1});
    CHECK(sum(big) == kMax);
    CHECK(big[0] == kMax / 2);
    CHECK(big[1] == kMax / 2);
    CHECK(big[2] == 1);  // share just under one half, the largest remainder
    CHECK(largest_remainder(kMax, std::vector<std::int64_t>{1}) == std::vector<std::int64_t>{kMax});
    CHECK(largest_remainder(kMin, std::vector<std::int64_t>{1}) == std::vector<std::int64_t>{kMin});
    CHECK(largest_remainder(kMin, std::vector<std::int64_t>{0, 7}) ==
          std::vector<std::int64_t>{0, kMin});
    CHECK(sum(largest_remainder(kMin, std::vector<std::int64_t>{1, 1, 1})) == kMin);
}

TEST_CASE("percentages parse with up to four decimals", "[money][percent]") {
    CHECK(Percent::parse("12.5").units() == 125000);
    CHECK(Percent::parse("12,5").units() == 125000);
    CHECK(Percent::parse("12.5%").units() == 125000);
    CHECK(Percent::parse("12.5 %").units() == 125000);
    CHECK(Percent::parse("100").units() == Percent::kWhole);
    CHECK(Percent::parse("0.0001").units() == 1);
    CHECK(Percent::parse("-3.25").units() == -32500);
    CHECK_THROWS_WITH(Percent::parse("0.00001"), Contains("more than 4 decimals"));
    CHECK_THROWS_WITH(Percent::parse("abc"), Contains("'abc' is not a percentage"));
    CHECK_THROWS_AS(Percent::parse("%"), UserError);
    CHECK_THROWS_AS(Percent::parse(""), UserError);
    CHECK_THROWS_AS(Percent::parse("12.5", DecimalMark::Comma), UserError);
}

TEST_CASE("percentages print without trailing zeros", "[money][percent]") {
    CHECK(Percent::parse("12.5").to_string() == "12.5");
    CHECK(Percent::parse("100").to_string() == "100");
    CHECK(Percent::parse("0.0001").to_string() == "0.0001");
    CHECK(Percent::parse("-3.25").to_string() == "-3.25");
    CHECK(Percent::parse("0").to_string() == "0");
    CHECK(Percent::parse("7.1200").to_string() == "7.12");
}

TEST_CASE("percent of an amount rounds half away from zero once", "[money][percent]") {
    CHECK(Percent::parse("25").of(Money::from_minor(499)).minor() == 125);  // 1.2475
    CHECK(Percent::parse("25").of(Money::from_minor(-499)).minor() == -125);
    CHECK(Percent::parse("50").of(Money::from_minor(1)).minor() == 1);  // 0.005 -> 0.01
    CHECK(Percent::parse("50").of(Money::from_minor(-1)).minor() == -1);
    CHECK(Percent::parse("10").of(Money::from_minor(4)).minor() == 0);  // 0.004 -> 0.00
    CHECK(Percent::parse("12.5").of(Money::parse("1000.00")).to_string() == "125.00");
    CHECK(Percent::parse("100").of(Money::parse("19.99")).to_string() == "19.99");
    CHECK(Percent::parse("0").of(Money::parse("19.99")).is_zero());
    CHECK(Percent::parse("33.3333").of(Money::parse("300.00")).to_string() == "100.00");
    CHECK(Percent::parse("12.5").of(Money::from_minor(100, Currency("USD"))).currency().code() ==
          "USD");
}

TEST_CASE("rounding is half away from zero in the one place it happens", "[money]") {
    CHECK(round_half_away(5, 2) == 3);
    CHECK(round_half_away(-5, 2) == -3);
    CHECK(round_half_away(3, 2) == 2);
    CHECK(round_half_away(-3, 2) == -2);
    CHECK(round_half_away(4, 3) == 1);
    CHECK(round_half_away(5, 3) == 2);
    CHECK(round_half_away(-4, 3) == -1);
    CHECK(round_half_away(-5, 3) == -2);
    CHECK(round_half_away(1, -2) == -1);
    CHECK(round_half_away(-1, -2) == 1);
    CHECK(round_half_away(0, 7) == 0);
    CHECK(round_half_away(12475, 100) == 125);
    CHECK(round_half_away(12449, 100) == 124);
    CHECK(round_half_away(static_cast<Wide>(kMax) * 10, 10) == kMax);
    CHECK_THROWS_WITH(round_half_away(1, 0), Contains("division by zero"));
    CHECK_THROWS_WITH(round_half_away(static_cast<Wide>(kMax) * 4, 2), Contains("too large"));
}
