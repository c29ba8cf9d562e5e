// Fund figures at a period's end (budget vs actual --by): only entries booked by that day count.
#include <catch2/catch.hpp>

#include "funds/ledger.h"
#include "funds_test_support.h"

using namespace uplift;
using namespace uplift::funds_test;

namespace {

FundFigures as_of(World& w, const std::string& fund, Date day) {
    const std::int64_t id = find_fund(w.conn, fund).value().id;
    for (const auto& [fund_id, figures] : all_fund_figures(w.conn, day)) {
        if (fund_id == id) {
            return figures;
        }
    }
    FAIL("no figures for " << fund);
    return {};
}

}  // namespace

TEST_CASE("figures as of a day count only the entries booked by then", "[funds]") {
    World w;
    w.today = Date(2025, 1, 15);
    allocate(w.conn, w.as("fin1"), "HQ", 100'000, "January");
    w.today = Date(2025, 3, 10);
    allocate(w.conn, w.as("fin1"), "HQ", 50'000, "March");
    allocate(w.conn, w.as("fin1"), "Fizz", 30'000, "");
    w.today = Date(2025, 3, 20);
    transfer(w.conn, w.as("fin1"), "HQ", "North", 20'000, "spring");

    const FundFigures feb = as_of(w, "HQ", Date(2025, 2, 28));
    CHECK(feb.allocated == 100'000);
    CHECK(feb.distributed == 0);
    CHECK(feb.transfers_out == 0);
    const FundFigures mid_march = as_of(w, "HQ", Date(2025, 3, 15));
    CHECK(mid_march.allocated == 150'000);
    CHECK(mid_march.distributed == 30'000);
    CHECK(mid_march.transfers_out == 0);
    CHECK(as_of(w, "North", Date(2025, 3, 19)).budget() == 0);
    CHECK(as_of(w, "North", Date(2025, 3, 20)).budget() == 20'000);
    // Without a day: everything, as fund_figures says.
    const FundFigures now = fund_figures(w.conn, find_fund(w.conn, "HQ").value().id);
    CHECK(now.budget() == 100'000 + 50'000 - 30'000 - 20'000);
}
