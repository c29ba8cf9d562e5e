// The dashboard's tiles (reports/kpis.h) on the small fund world, figures worked out by hand.
//
// Funds: HQ 1,000.00 → Fizz 600.00 → Fizz-A 500.00 (money given to a child leaves its parent),
// so the trees hold 1,000.00, plus Acc-Fizz's 2 % accrual on the 400.00 of Fizz sales below:
// 1,008.00. P1 (approved, fee 200.00 on Fizz-A); claims CL1 120.00 (settled 100.00 + 20.00
// written off: actual 120.00) and CL2 30.00 (open) → utilisation 120 / 1,008 = 11.9 %.
// Actuals of shop B with invoiced discounts and no entitlement: 15.00 (week of 2025-06-02) and
// 2.50 (week of 2025-06-09) this month, 7.00 in May (not this month) → 17.50 over 2 rows.
// Requests by kam1 on F1 (list 2.00) for 100 units: 20 % → finance, 40.00; 10 % → a sales
// manager, 20.00; 12 % → a sales manager, 24.00.
#include <catch2/catch.hpp>

#include <algorithm>

#include "funds/claims.h"
#include "funds_test_support.h"
#include "reports/kpis.h"
#include "workflows/discount_decisions.h"

using namespace uplift;
using namespace uplift::funds_test;

namespace {

const Kpi& tile(const std::vector<Kpi>& tiles, const std::string& key) {
    const auto it =
        std::find_if(tiles.begin(), tiles.end(), [&](const Kpi& k) { return k.key == key; });
    REQUIRE(it != tiles.end());
    return *it;
}

bool has_tile(const std::vector<Kpi>& tiles, const std::string& key) {
    return std::any_of(tiles.begin(), tiles.end(), [&](const Kpi& k) { return k.key == key; });
}

NewDiscountRequest ask_f1(std::int64_t pct_units) {
    NewDiscountRequest r;
    r.account = "A";
    r.skus = {"F1"};
    r.pct_units = pct_units;
    r.period = {Date(2025, 7, 7), Date(2025, 7, 13)};
    r.reason = "TPR";
    r.expected_units = 100;
    return r;
}

struct KpiWorld : World {
    KpiWorld() {
        const ActionContext fin = as("fin1");
        allocate(conn, fin, "HQ", 100'000, "budget");
        allocate(conn, fin, "Fizz", 60'000, "budget");
        allocate(conn, fin, "Fizz-A", 50'000, "budget");
        approved("P1", "A", "F1", {Date(2025, 6, 2), Date(2025, 6, 15)}, 20'000, "Fizz-A");
        promotion("sm1", "P2", "A", "C1", {Date(2025, 8, 4), Date(2025, 8, 10)}, 1'000, "Crisp-A");
        status("sm1", "P2", PromotionAction::Submit);
        enter_claim(conn, fin, {"CL1", "P1", 12'000, Date(2025, 6, 20), ""});
        enter_claim(conn, fin, {"CL2", "P1", 3'000, Date(2025, 6, 25), ""});
        settle_claim(conn, fin, "CL1", {10'000, 2'000, "crushed pallet", std::nullopt, "damaged"});
        import(as("admin"), ImportKind::Actuals,
               "week,account,sku,units,gross_amount,discount_amount\n"
               "2025-05-19,B,F1,100,200.00,7.00\n"
               "2025-06-02,B,F1,100,200.00,15.00\n"
               "2025-06-09,B,C1,50,50.00,2.50\n");
        request_discount(conn, as("kam1"), ask_f1(200'000));
        request_discount(conn, as("kam1"), ask_f1(100'000));
        request_discount(conn, as("kam1"), ask_f1(120'000));
    }
};

}  // namespace

TEST_CASE("finance sees budget vs actual, open claims, unjustified discounts and its requests",
          "[kpis]") {
    KpiWorld w;
    const std::vector<Kpi> tiles = role_kpis(w.conn, w.as("fin1"));
    CHECK(tiles.size() == 4);
    const Kpi& use = tile(tiles, "fin.utilisation");
    CHECK(use.value == "11.9 %");
    CHECK(use.detail.find("actual 120.00 of budget 1008.00") != std::string::npos);
    CHECK(use.link.report == "budget-vs-actual");
    const Kpi& claims = tile(tiles, "fin.claims");
    CHECK(claims.value == "1");
    CHECK(claims.detail == "30.00 open");
    const Kpi& unjustified = tile(tiles, "fin.unjustified");
    CHECK(unjustified.value == "17.50");
    CHECK(unjustified.detail == "2 rows over their entitlement");
    CHECK(unjustified.link.report == "unjustified-discounts");
    CHECK(unjustified.link.from == Date(2025, 6, 1));
    const Kpi& requests = tile(tiles, "fin.requests");
    CHECK(requests.value == "1");
    CHECK(requests.detail == "estimated value 40.00");
    CHECK_FALSE(has_tile(tiles, "sm.requests"));
}

TEST_CASE("a sales manager sees what waits for approval; admin sees every role's tiles", "[kpis]") {
    KpiWorld w;
    const std::vector<Kpi> tiles = role_kpis(w.conn, w.as("sm1"));
    const Kpi& requests = tile(tiles, "sm.requests");
    CHECK(requests.value == "2");
    CHECK(requests.detail == "estimated value 44.00");
    CHECK(requests.link.report == "discounts");
    CHECK(tile(tiles, "sm.promotions").value == "1");
    CHECK_FALSE(has_tile(tiles, "fin.utilisation"));

    const std::vector<Kpi> kam = role_kpis(w.conn, w.as("kam1"));
    CHECK(tile(kam, "kam.requests").value == "3");
    CHECK(tile(kam, "kam.active").value == "0");  // P1 ended on 2025-06-15

    const std::vector<Kpi> bm = role_kpis(w.conn, w.as("bm1"));
    CHECK(tile(bm, "bm.spend").detail == "1 promotion");  // P1, in store in June
    CHECK(tile(bm, "bm.roi").link.report == "roi");

    const std::vector<Kpi> all = role_kpis(w.conn, w.as("admin"));
    for (const char* key : {"fin.utilisation", "fin.claims", "fin.unjustified", "fin.requests",
                            "sm.requests", "sm.promotions", "kam.requests", "kam.active", "bm.roi",
                            "bm.spend", "bm.spend_rate", "bm.utilisation", "kam.pnl"}) {
        CHECK(has_tile(all, key));
    }
}
