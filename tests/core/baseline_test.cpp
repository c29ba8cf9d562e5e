// compute_baseline (SPEC §7, docs/formulas.md "Post-event analysis"): the exact average of the
// unpromoted weeks that have a row, else of all the rows, else 0; which source was used.
// Every expectation is worked out by hand in the comments.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "money/exact.h"
#include "promotions/baseline.h"

using namespace uplift;

namespace {

// Consecutive Mondays (day numbers 7 apart) with the given units, none promoted.
std::vector<WeekUnits> clean_weeks(const std::vector<std::int64_t>& units) {
    std::vector<WeekUnits> out;
    std::int64_t week = 20'000;
    for (const auto u : units) {
        out.push_back({week, u, false});
        week += 7;
    }
    return out;
}

}  // namespace

TEST_CASE("baseline: 13 clean weeks summing to 100 give exactly 100/13 a week", "[baseline]") {
    // 12 weeks of 8 and one of 4: 96 + 4 = 100 units over 13 weeks.
    const auto window = clean_weeks({8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 4});
    const Baseline b = compute_baseline(window);
    CHECK(b.source == Baseline::Source::Clean);
    CHECK(b.weeks_used == 13);
    // kExactDen = 360360 × 10^6 and 13 divides 360360 (= 13 × 27720): no remainder is lost.
    CHECK(b.per_week.num == 100 * kExactDen / 13);
    CHECK(b.per_week.num * 13 == 100 * kExactDen);
    CHECK(b.per_week.num == static_cast<Wide>(27720) * 1'000'000 * 100);
    // Printed as units with two decimals: 7.6923… → 7.69. Over 3 weeks the exact 23.0769…
    // prints 23.08, where three printed 7.69 would add up to 23.07.
    CHECK(format_hundredths(b.per_week, false) == "7.69");
    CHECK(format_hundredths(Exact{b.per_week.num * 3}, false) == "23.08");
}

TEST_CASE("baseline: promoted weeks are left out, a 0-unit row counts", "[baseline]") {
    // 13 rows: 100 × 5, 400 and 400 (promoted), 100 × 3, 160, 130 and a row of 0 units.
    // Clean: 8 × 100 + 160 + 130 + 0 = 1090 units over 11 weeks → 1090/11 = 99.0909…
    // (leaving the 0 row out would give 1090/10 = 109.00; keeping the promoted weeks,
    // 1890/13 = 145.38).
    auto window = clean_weeks({100, 100, 100, 100, 100, 400, 400, 100, 100, 100, 160, 130, 0});
    window[5].promoted = true;
    window[6].promoted = true;
    const Baseline b = compute_baseline(window);
    CHECK(b.source == Baseline::Source::Clean);
    CHECK(b.weeks_used == 11);
    CHECK(b.per_week.num * 11 == 1090 * kExactDen);
    CHECK(format_hundredths(b.per_week, false) == "99.09");
}

TEST_CASE("baseline: the order of the rows does not matter", "[baseline]") {
    auto window = clean_weeks({5, 7, 11, 13});
    window[1].promoted = true;  // 7 left out: (5 + 11 + 13) / 3 = 29/3
    const Baseline forward = compute_baseline(window);
    std::vector<WeekUnits> reversed(window.rbegin(), window.rend());
    const Baseline backward = compute_baseline(reversed);
    CHECK(forward.per_week.num * 3 == 29 * kExactDen);
    CHECK(backward.per_week.num == forward.per_week.num);
    CHECK(backward.weeks_used == 3);
}

TEST_CASE("baseline: every week promoted falls back to the rows as they are", "[baseline]") {
    // 12 × 100 + 101 = 1301 units, all 13 weeks promoted → 1301/13 = 100.0769…
    auto window = clean_weeks({100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 101});
    for (auto& w : window) {
        w.promoted = true;
    }
    const Baseline b = compute_baseline(window);
    CHECK(b.source == Baseline::Source::AllPromoted);
    CHECK(b.weeks_used == 13);
    CHECK(b.per_week.num * 13 == 1301 * kExactDen);
    CHECK(format_hundredths(b.per_week, false) == "100.08");

    // Only 4 rows, all promoted (the other 9 weeks have no row): (40 + 0 + 20 + 30) / 4 = 22.5.
    auto some = clean_weeks({40, 0, 20, 30});
    for (auto& w : some) {
        w.promoted = true;
    }
    const Baseline s = compute_baseline(some);
    CHECK(s.source == Baseline::Source::AllPromoted);
    CHECK(s.weeks_used == 4);
    CHECK(s.per_week.num * 2 == 45 * kExactDen);
}

TEST_CASE("baseline: one clean week is enough to ignore the promoted ones", "[baseline]") {
    // 500 and 600 promoted, 0 clean: the baseline is 0 (from the one clean week), not 550.
    auto window = clean_weeks({500, 0, 600});
    window[0].promoted = true;
    window[2].promoted = true;
    const Baseline b = compute_baseline(window);
    CHECK(b.source == Baseline::Source::Clean);
    CHECK(b.weeks_used == 1);
    CHECK(b.per_week.num == 0);
}

TEST_CASE("baseline: no rows at all is a baseline of 0", "[baseline]") {
    const Baseline b = compute_baseline({});
    CHECK(b.source == Baseline::Source::NoHistory);
    CHECK(b.weeks_used == 0);
    CHECK(b.per_week.num == 0);
    CHECK(format_hundredths(b.per_week, false) == "0.00");
}
