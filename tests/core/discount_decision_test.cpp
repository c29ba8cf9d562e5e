// The decision panel of a discount request (SPEC §5, docs/formulas.md "Decision panel") on a
// small fixed world, every figure worked out by hand below.
//
// Prices: F1 Cola (brand Fizz) list 2.00, cost 1.00 → margin 1.00 = 50 %;
//         C1 Chips (brand Crisp) list 1.00, cost 0.40 → margin 0.60 = 60 %.
// Sell-in of shop A: Cola 100 a week from 2024-11-04, 250 in the week of 2025-02-03 (promotion
// P100, 20 % off, closed), 100 again until 2025-04-28, then 74 a week for 4 weeks to
// 2025-05-26; Chips 100 every week from 2024-11-04 to 2025-05-26.
// Earlier decisions: REQ-1 (10 % off Chips, 2025-03-10..16) approved by sm1.
// Funds: HQ 10,000.00 → Fizz (brand Fizz) 1,000.00, Shop A (account A) 50.00, Shop B 20.00.
//
// The 13 weeks before 2025-06-02 are 2025-03-03..2025-05-26:
//   trend = 9 weeks of 200 then 4 of 174; last 4 (696) vs the 4 before (800): −13.0 %;
//   baselines: Cola (9 × 100 + 4 × 74) / 13 = 92, Chips 100.
// P100: baseline 100 (the 13 weeks before 2025-02-03), actual 250 → lift +150 %;
//   spend 250 × 2.00 × 20 % = 100.00; profit 150 × 1.00 − 100.00 = 50.00; ROI 50 %.
// REQ-1 as a promotion: baseline 100, actual 100 → spend 100 × 1.00 × 10 % = 10.00,
//   profit −10.00, ROI −100 %. History: spend 110.00, profit 40.00, ROI 36.36 %.
#include <catch2/catch.hpp>

#include <cmath>

#include "analytics/discount_decision.h"
#include "discounts/condition.h"
#include "funds_test_support.h"
#include "money/exact.h"
#include "workflows/discount_decisions.h"

using namespace uplift;
using namespace uplift::funds_test;
using Catch::Matchers::Contains;

namespace {

// `n` sell-in rows of `units` a week from the week of `first`, at `price` per unit.
std::string weeks(const char* first, int n, const char* sku, std::int64_t units,
                  std::int64_t price_cents) {
    std::string out;
    const Date d = parse_date(first);
    for (int i = 0; i < n; ++i) {
        out += fmt::format("{},A,{},{},{}\n", to_iso(d + boost::gregorian::days(7 * i)), sku, units,
                           format_minor(units * price_cents));
    }
    return out;
}

NewDiscountRequest ask(std::vector<std::string> skus, std::int64_t pct_units, Period period,
                       std::optional<std::int64_t> expected = std::nullopt) {
    NewDiscountRequest r;
    r.account = "A";
    r.skus = std::move(skus);
    r.pct_units = pct_units;
    r.period = period;
    r.reason = "TPR";
    r.expected_units = expected;
    return r;
}

Period days(const char* first, const char* last) {
    return {parse_date(first), parse_date(last)};
}

struct DecisionWorld : World {
    std::int64_t approve_id = 0, overlap_id = 0, reject_id = 0;

    DecisionWorld() : World(false) {
        const ActionContext admin = as("admin");
        import(admin, ImportKind::Actuals,
               "week,account,sku,units,gross_amount\n" + weeks("2024-11-04", 13, "F1", 100, 200) +
                   weeks("2025-02-03", 1, "F1", 250, 200) +
                   weeks("2025-02-10", 12, "F1", 100, 200) + weeks("2025-05-05", 4, "F1", 74, 200) +
                   weeks("2024-11-04", 30, "C1", 100, 100));
        import(admin, ImportKind::Promotions,
               "promo_id,account,sku,start,end,discount_pct,fixed_cost,campaign,status\n"
               "P100,A,F1,2025-02-03,2025-02-09,20,0,Winter,closed\n"
               "P200,A,F1,2025-07-01,2025-07-20,15,0,Summer,draft\n");
        FundSpec hq;
        hq.name = "HQ";
        create_fund(conn, admin, hq);
        const auto child = [&](const char* name, const char* brand, const char* account) {
            FundSpec s;
            s.name = name;
            s.parent = "HQ";
            s.brand = brand;
            s.account = account;
            create_fund(conn, admin, s);
        };
        child("Fizz", "Fizz", "");
        child("Shop A", "", "A");
        child("Shop B", "", "B");
        allocate(conn, admin, "HQ", 1'000'000, "budget");
        allocate(conn, admin, "Fizz", 100'000, "budget");
        allocate(conn, admin, "Shop A", 5'000, "budget");
        allocate(conn, admin, "Shop B", 2'000, "budget");

        today = Date(2025, 3, 1);
        const auto past = request_discount(conn, as("kam1"),
                                           ask({"C1"}, 100'000, days("2025-03-10", "2025-03-16")));
        approve_discount_request(conn, as("sm1"), past.id, "listing support");

        today = Date(2025, 5, 30);
        ConditionInput everyday;
        everyday.name = "Super everyday";
        everyday.pct_units = 30'000;
        everyday.period = days("2025-07-01", "2025-12-31");
        everyday.channel = "Super";
        everyday.brand = "Fizz";
        add_condition(conn, as("sm1"), everyday);

        approve_id = request_discount(conn, as("kam1"),
                                      ask({"F1", "C1"}, 100'000, days("2025-06-02", "2025-06-15")))
                         .id;
        overlap_id = request_discount(conn, as("kam1"),
                                      ask({"F1"}, 100'000, days("2025-07-07", "2025-07-13"), 300))
                         .id;
        reject_id = request_discount(conn, as("kam1"),
                                     ask({"F1"}, 500'000, days("2025-06-02", "2025-06-15")))
                        .id;
    }

    DecisionPanel panel(std::int64_t id) { return build_decision_panel(conn, id, today); }
};

std::string money(const Exact& cents) {
    return format_hundredths(cents, true);
}

std::string units(const Exact& u) {
    return format_hundredths(u, false);
}

bool has_reason(const DecisionPanel& p, const std::string& text) {
    return std::find(p.reasons.begin(), p.reasons.end(), text) != p.reasons.end();
}

}  // namespace

TEST_CASE("the decision panel shows the 13-week trend of the request's skus and its change",
          "[discounts][decision]") {
    DecisionWorld w;
    const DecisionPanel p = w.panel(w.approve_id);
    REQUIRE(p.trend.size() == 13);
    CHECK(to_iso(p.trend.front().monday) == "2025-03-03");
    CHECK(to_iso(p.trend.back().monday) == "2025-05-26");
    CHECK(p.trend.front().units == 200);
    CHECK(p.trend[8].units == 200);
    CHECK(p.trend[9].units == 174);
    CHECK(p.trend.back().units == 174);
    REQUIRE(p.trend_change_pct);
    CHECK(*p.trend_change_pct == Approx(-13.0));
}

TEST_CASE(
    "the decision panel gives each sku's margin after the discount to the cent and its "
    "break-even lift",
    "[discounts][decision]") {
    DecisionWorld w;
    const DecisionPanel p = w.panel(w.approve_id);
    REQUIRE(p.skus.size() == 2);
    const auto& chips = p.skus[0];  // skus sorted: C1, F1
    const auto& cola = p.skus[1];
    CHECK(chips.sku == "C1");
    CHECK(cola.sku == "F1");
    CHECK(cola.list_price == 200);
    CHECK(cola.unit_cost == 100);
    CHECK(money(cola.discount_per_unit) == "0.20");
    CHECK(money(cola.margin_before) == "1.00");
    CHECK(money(cola.margin_after) == "0.80");
    CHECK(units(cola.baseline_units) == "92.00");
    CHECK(units(cola.expected_units) == "184.00");  // 92 a week × 2 ISO weeks
    CHECK(money(cola.margin_after_total) == "147.20");
    REQUIRE(cola.break_even_lift_pct);
    CHECK(*cola.break_even_lift_pct == Approx(25.0));  // 10 / (50 − 10)
    CHECK(money(chips.margin_after) == "0.50");
    CHECK(money(chips.margin_after_total) == "100.00");
    REQUIRE(chips.break_even_lift_pct);
    CHECK(*chips.break_even_lift_pct == Approx(20.0));  // 10 / (60 − 10)
    CHECK(money(p.margin_after_total) == "247.20");
    // The value the request was routed by: 10 % × (184 × 2.00 + 200 × 1.00).
    CHECK(money(p.discount_total) == "56.80");
    CHECK(p.request.value_cents == 5680);
    // (92 × 0.20 + 100 × 0.10) / (92 × 0.80 + 100 × 0.50) = 28.4 / 123.6.
    REQUIRE(p.break_even_lift_pct);
    CHECK(*p.break_even_lift_pct == Approx(100.0 * 28.4 / 123.6));
}

TEST_CASE("the decision panel lists the funds that could pay with what they have available",
          "[discounts][decision]") {
    DecisionWorld w;
    const DecisionPanel p = w.panel(w.approve_id);
    // HQ names neither the account nor a brand; Shop B is another account's.
    REQUIRE(p.funds.size() == 2);
    CHECK(p.funds[0].fund == "Fizz");
    CHECK(p.funds[0].available_cents == 100'000);
    CHECK(p.funds[0].utilisation_pct == "0.00");
    CHECK(p.funds[0].covers_value);
    CHECK(p.funds[1].fund == "Shop A");
    CHECK(p.funds[1].available_cents == 5'000);
}

TEST_CASE("the decision panel shows the account's past discounts with their ROI",
          "[discounts][decision]") {
    DecisionWorld w;
    const DecisionPanel p = w.panel(w.approve_id);
    REQUIRE(p.history.size() == 2);
    const auto& req = p.history[0];
    CHECK(req.what == "REQ-1");
    CHECK(req.status == "approved");
    CHECK(money(req.spend) == "10.00");
    CHECK(money(req.incremental_profit) == "-10.00");
    REQUIRE(req.roi_pct);
    CHECK(*req.roi_pct == Approx(-100.0));
    const auto& promo = p.history[1];
    CHECK(promo.what == "P100");
    CHECK(promo.depth == "20 % discount_pct");
    CHECK(money(promo.spend) == "100.00");
    CHECK(money(promo.incremental_profit) == "50.00");
    REQUIRE(promo.roi_pct);
    CHECK(*promo.roi_pct == Approx(50.0));
    REQUIRE(p.history_roi_pct);
    CHECK(*p.history_roi_pct == Approx(100.0 * 40.0 / 110.0));
    REQUIRE(p.past_promotion_lift_pct);
    CHECK(*p.past_promotion_lift_pct == Approx(150.0));
}

TEST_CASE("a request with nothing against it is recommended for approval with its reasons",
          "[discounts][decision]") {
    DecisionWorld w;
    const DecisionPanel p = w.panel(w.approve_id);
    CHECK(p.promotions.empty());
    CHECK(p.conditions.empty());  // REQ-1 ended in March; the everyday one starts in July
    CHECK(verdict_name(p.verdict) == "approve");
    CHECK(p.reasons == std::vector<std::string>{
                           "needs +23.0 % lift to break even; the account's past promotions "
                           "averaged +150.0 %",
                           "fund Fizz has 1000.00 available (covers value 56.80)",
                           "past discounts on this account paid back (ROI 36.4 %)",
                           "sales fell 13.0 % over the last 4 weeks"});
}

TEST_CASE("a request overlapping a promotion goes to review; a standing condition is noted",
          "[discounts][decision]") {
    DecisionWorld w;
    const DecisionPanel p = w.panel(w.overlap_id);
    REQUIRE(p.promotions.size() == 1);
    CHECK(p.promotions[0].promo_id == "P200");
    CHECK(p.promotions[0].status == "draft");
    CHECK(p.promotions[0].depth == "15 % discount_pct");
    CHECK(p.promotions[0].skus == std::vector<std::string>{"F1"});
    REQUIRE(p.conditions.size() == 1);
    CHECK(p.conditions[0].name == "Super everyday");
    CHECK(p.conditions[0].depth == "3 %");
    // The expected 300 units all fall on the one sku: 10 % × 2.00 × 300.
    CHECK(units(p.skus[0].expected_units) == "300.00");
    CHECK(money(p.discount_total) == "60.00");
    CHECK(verdict_name(p.verdict) == "review");
    CHECK(has_reason(p, "overlaps promotion P200 (15 % discount_pct)"));
    // A standing channel × brand condition is worth knowing, not a reason to review.
    CHECK_FALSE(p.conditions[0].account_deal);
    CHECK(has_reason(p,
                     "on top of standing condition Super everyday (3 %, channel Super, brand "
                     "Fizz)"));
}

TEST_CASE("a depth at the sku's margin is recommended for rejection", "[discounts][decision]") {
    DecisionWorld w;
    const DecisionPanel p = w.panel(w.reject_id);
    REQUIRE(p.skus.size() == 1);
    CHECK(money(p.skus[0].margin_after) == "0.00");
    CHECK_FALSE(p.skus[0].break_even_lift_pct);
    CHECK_FALSE(p.break_even_lift_pct);
    CHECK(verdict_name(p.verdict) == "reject");
    CHECK(p.reasons.front() ==
          "deeper than break-even: 50 % off F1 is at or beyond its margin of 50.0 %; no lift can "
          "pay for it");
}

TEST_CASE("a request no fund can cover goes to review", "[discounts][decision]") {
    DecisionWorld w;
    // 10,000 units × 2.00 × 10 % = 2,000.00, more than Fizz's 1,000.00.
    const auto big = request_discount(
        w.conn, w.as("kam1"), ask({"F1"}, 100'000, days("2025-06-02", "2025-06-15"), 10'000));
    const DecisionPanel p = w.panel(big.id);
    CHECK(p.promotions.empty());
    CHECK(p.conditions.empty());
    CHECK(verdict_name(p.verdict) == "review");
    CHECK(has_reason(p, "fund Fizz has 1000.00 available (< value 2000.00)"));
}

TEST_CASE("an unknown request has no decision panel", "[discounts][decision]") {
    DecisionWorld w;
    CHECK_THROWS_WITH(w.panel(999), Contains("999"));
}
