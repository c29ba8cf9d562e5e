// Central discount conditions and the entitled discount (docs/formulas.md, "Discounts"): entry
// checks and rights, exclusive clashes on entry and on change, warnings about stacking and
// double discounts, and the entitlement of single rows with its parts.
#include <catch2/catch.hpp>

#include <map>

#include "analytics/discount_analysis.h"
#include "discounts/condition.h"
#include "discounts/entitlement.h"
#include "errors.h"
#include "funds/claims.h"
#include "funds/ledger.h"
#include "funds_test_support.h"
#include "money/exact.h"
#include "workflows/integrity_check.h"

using namespace uplift;
using uplift::funds_test::World;

namespace {

Period days(const char* from, const char* to) {
    return {parse_date(from), parse_date(to)};
}

ConditionInput pct(const char* name, std::int64_t pct_units, Period p) {
    ConditionInput in;
    in.name = name;
    in.pct_units = pct_units;
    in.period = p;
    return in;
}

std::int64_t audit_rows(World& w) {
    return funds_test::count(w.conn, "audit_log");
}

std::int64_t id_of(World& w, const char* table, const char* column, const char* value) {
    db::Statement s(w.conn, fmt::format("SELECT id FROM {} WHERE {} = ?", table, column));
    s.bind(1, value);
    REQUIRE(s.step());
    return s.get_int(0);
}

// Makes account B a child of account A (a chain and its store).
void make_chain(World& w) {
    w.conn.exec_script(
        "UPDATE accounts SET parent_id = (SELECT id FROM accounts WHERE code = 'A') "
        "WHERE code = 'B';");
}

}  // namespace

TEST_CASE("conditions are entered by sales managers and finance with every field checked",
          "[discounts][conditions]") {
    World w(false);
    const std::int64_t before = audit_rows(w);
    auto in = pct("Everyday", 30'000, days("2025-01-01", "2025-12-31"));
    in.channel = "Super";
    CHECK_THROWS_AS(add_condition(w.conn, w.as("kam1"), in), PermissionDenied);
    CHECK_THROWS_AS(add_condition(w.conn, w.as("bm1"), in), PermissionDenied);
    const auto refused = [&](ConditionInput bad, const char* phrase) {
        INFO(phrase);
        CHECK_THROWS_WITH(add_condition(w.conn, w.as("sm1"), bad), Catch::Contains(phrase));
    };
    auto both = in;
    both.per_unit_cents = 5;
    refused(both, "either a % of list or an amount per unit");
    auto none = in;
    none.pct_units.reset();
    refused(none, "either a % of list or an amount per unit");
    auto deep = in;
    deep.pct_units = 1'000'001;
    refused(deep, "at most 100");
    auto zero = in;
    zero.pct_units.reset();
    zero.per_unit_cents = 0;
    refused(zero, "amount per unit must be above 0");
    auto backwards = in;
    backwards.period = days("2025-12-31", "2025-01-01");
    refused(backwards, "is before");
    for (const char* field : {"channel", "account", "brand", "category", "sku"}) {
        auto unknown = in;
        const std::string f = field;
        (f == "channel"    ? unknown.channel
         : f == "account"  ? unknown.account
         : f == "brand"    ? unknown.brand
         : f == "category" ? unknown.category
                           : unknown.skus.emplace_back()) = "Nope";
        refused(unknown, ("unknown " + f + " 'Nope'").c_str());
    }
    auto bad_reason = in;
    bad_reason.reason = "BRIBE";
    refused(bad_reason, "unknown reason code 'BRIBE'");
    CHECK(funds_test::count(w.conn, "discount_conditions") == 0);
    CHECK(audit_rows(w) == before);

    add_condition(w.conn, w.as("sm1"), in);
    CHECK_THROWS_WITH(add_condition(w.conn, w.as("fin1"), in), Catch::Contains("exists already"));
    const auto stored = find_condition(w.conn, "Everyday");
    REQUIRE(stored);
    CHECK(stored->depth_text() == "3 %");
    CHECK(stored->scope_text() == "channel Super");
    CHECK(audit_rows(w) == before + 1);
}

TEST_CASE("two exclusive conditions may not share an account, sku and day, on entry or change",
          "[discounts][conditions]") {
    World w(false);
    make_chain(w);
    auto chain = pct("Chain deal", 50'000, days("2025-03-01", "2025-03-31"));
    chain.account = "A";
    chain.exclusive = true;
    add_condition(w.conn, w.as("sm1"), chain);
    // B is below A: an exclusive deal on B × Crisp on 31 March clashes.
    auto store = pct("Store deal", 80'000, days("2025-03-31", "2025-04-30"));
    store.account = "B";
    store.brand = "Crisp";
    store.exclusive = true;
    const auto clash = find_exclusive_clash(w.conn, store);
    REQUIRE(clash);
    CHECK(clash->other == "Chain deal");
    CHECK(clash->account == "B");
    CHECK(clash->sku == "C1");
    CHECK(clash->day == Date(2025, 3, 31));
    CHECK_THROWS_WITH(add_condition(w.conn, w.as("sm1"), store),
                      Catch::Contains("clashes with exclusive condition 'Chain deal' on account B "
                                      "× sku C1 on 2025-03-31"));
    // A day later it is fine, and a cumulative one may overlap (with a warning).
    store.period = days("2025-04-01", "2025-04-30");
    add_condition(w.conn, w.as("sm1"), store);
    auto cumulative = pct("Crisp everyday", 20'000, days("2025-01-01", "2025-12-31"));
    cumulative.brand = "Crisp";
    const auto warnings = condition_warnings(w.conn, cumulative);
    REQUIRE(warnings.size() == 2);
    CHECK_THAT(warnings[0], Catch::Contains("exclusive condition 'Chain deal' replaces this one"));
    CHECK_THAT(warnings[1], Catch::Contains("exclusive condition 'Store deal' replaces this one"));
    add_condition(w.conn, w.as("fin1"), cumulative);
    // Moving the store deal back into March is refused, and leaves it as it was.
    auto moved = find_condition(w.conn, "Store deal")->to_input();
    moved.period = days("2025-03-15", "2025-04-30");
    CHECK_THROWS_WITH(update_condition(w.conn, w.as("sm1"), "Store deal", moved),
                      Catch::Contains("'Chain deal' on account B × sku C1 on 2025-03-15"));
    CHECK(find_condition(w.conn, "Store deal")->period == days("2025-04-01", "2025-04-30"));
    // Deleting it (undo of an entry) is audited with its content.
    delete_condition(w.conn, w.as("sm1"), "Store deal", "entered by mistake");
    CHECK_FALSE(find_condition(w.conn, "Store deal"));
    CHECK(db::query_int(w.conn,
                        "SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                        "entity = 'discount condition' AND old_value LIKE '8 %'") == 1);
}

TEST_CASE("a promotion on the same account and sku is warned about as a double discount",
          "[discounts][conditions]") {
    World w(false);
    w.promotion("sm1", "P1", "A", "F1", days("2025-07-07", "2025-07-20"), 0, "");
    w.conn.exec_script("UPDATE promotions SET status = 'approved' WHERE code = 'P1';");
    auto in = pct("Summer", 20'000, days("2025-07-01", "2025-07-31"));
    in.account = "A";
    const auto warnings = condition_warnings(w.conn, in);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0],
               Catch::Contains("overlaps promotion P1 (approved, account A × sku F1)"));
    in.skus = {"C1"};
    CHECK(condition_warnings(w.conn, in).empty());
}

TEST_CASE("the entitled discount of a row sums what applies, exactly, with its parts",
          "[discounts][entitlement]") {
    World w(false);
    make_chain(w);
    auto everyday = pct("Everyday", 30'000, days("2025-01-01", "2025-12-31"));
    everyday.channel = "Super";
    add_condition(w.conn, w.as("sm1"), everyday);
    ConditionInput unit;
    unit.name = "Listing";
    unit.per_unit_cents = 7;
    unit.period = days("2025-03-01", "2025-03-05");  // Saturday to Wednesday
    unit.account = "A";
    unit.skus = {"F2"};
    add_condition(w.conn, w.as("sm1"), unit);
    auto deal = pct("Deal", 125'000, days("2025-03-06", "2025-03-09"));  // 12.5 %, Thu–Sun
    deal.account = "B";
    deal.exclusive = true;
    add_condition(w.conn, w.as("sm1"), deal);

    const EntitlementIndex index(w.conn);
    const std::int64_t a = id_of(w, "accounts", "code", "A");
    const std::int64_t b = id_of(w, "accounts", "code", "B");
    const std::int64_t f2 = id_of(w, "products", "sku", "F2");
    const std::int64_t monday_0224 = day_number(Date(2025, 2, 24));
    const std::int64_t monday_0303 = day_number(Date(2025, 3, 3));
    const std::int64_t monday_0310 = day_number(Date(2025, 3, 10));

    // Week of 24 Feb: 3 % of 299.99 = 8.9997; the listing starts on Saturday 1 March, inside it.
    Entitlement e = index.entitled({a, f2, monday_0224, 0, 100, 29'999}, true);
    CHECK(e.anything_applies);
    CHECK(format_hundredths(e.amount, true) == "16.00");  // 8.9997 + 7.00 = 15.9997
    CHECK_FALSE(exceeds_entitlement(1600, e.amount));     // 0.0003 above
    CHECK(exceeds_entitlement(1601, e.amount));           // 16.01 − 15.9997 = 0.0103
    REQUIRE(e.parts.size() == 2);

    // B in the week of 3 March: the exclusive 12.5 % replaces both cumulative ones.
    e = index.entitled({b, f2, monday_0303, 0, 100, 30'000}, true);
    CHECK(format_hundredths(e.amount, true) == "37.50");
    REQUIRE(e.parts.size() == 3);
    for (const auto& part : e.parts) {
        CHECK(part.counted == (part.name == "Deal"));
    }
    // The week after, nothing but the everyday 3 %.
    e = index.entitled({b, f2, monday_0310, 0, 100, 30'000});
    CHECK(format_hundredths(e.amount, true) == "9.00");
    // Half a cent is the tolerance, exactly: 9.005 is not more than 0.005 above 9.00.
    CHECK_FALSE(exceeds_entitlement(900, Exact{e.amount.num - kExactDen / 200}));
    CHECK(exceeds_entitlement(901, e.amount));
}

TEST_CASE(
    "write-offs of claims carry a reason code of the one catalogue and count in the "
    "discount analysis",
    "[discounts][claims]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'000, "");
    allocate(w.conn, fin, "Fizz", 60'000, "");
    allocate(w.conn, fin, "Fizz-A", 50'000, "");
    w.approved("P1", "A", "F1", {Date(2025, 6, 2), Date(2025, 6, 15)}, 20'000, "Fizz-A");
    enter_claim(w.conn, fin, {"CL1", "P1", 12'000, Date(2025, 6, 20), ""});
    enter_claim(w.conn, fin, {"CL2", "P1", 3'000, Date(2025, 7, 1), ""});
    // An unknown code is refused and books nothing.
    Settlement bad{0, 2'000, "crushed pallet", std::nullopt, "CRUSHED"};
    CHECK_THROWS_WITH(settle_claim(w.conn, fin, "CL1", bad),
                      Catch::Contains("unknown write-off reason code 'CRUSHED'"));
    CHECK(find_claim(w.conn, "CL1")->written_off == 0);
    settle_claim(w.conn, fin, "CL1", {10'000, 2'000, "crushed pallet", std::nullopt, "damaged"});
    // A reason that is itself a code counts as that code; free text stays uncoded.
    settle_claim(w.conn, fin, "CL2", {0, 1'000, "Expired", std::nullopt, ""});
    settle_claim(w.conn, fin, "CL2", {0, 500, "goodwill", std::nullopt, ""});
    const auto rows = analyse_discounts(w.conn, DiscountDimension::Reason);
    std::map<std::string, std::int64_t> write_offs;
    for (const auto& r : rows) {
        write_offs[r.key] = r.write_offs_cents;
    }
    CHECK(write_offs == std::map<std::string, std::int64_t>{
                            {"(no code)", 500}, {"DAMAGED", 2'000}, {"EXPIRED", 1'000}});
    const auto by_month = analyse_discounts(w.conn, DiscountDimension::Month);
    REQUIRE(by_month.size() == 2);
    CHECK(by_month[0].key == "2025-06");
    CHECK(by_month[0].write_offs_cents == 2'000);
    CHECK(by_month[1].write_offs_cents == 1'500);
}

TEST_CASE("check finds exclusive conditions that met after an account moved under another",
          "[discounts][conditions][check]") {
    World w(false);
    auto chain = pct("Chain deal", 50'000, days("2025-03-01", "2025-03-31"));
    chain.account = "A";
    chain.exclusive = true;
    add_condition(w.conn, w.as("sm1"), chain);
    auto store = pct("Store deal", 80'000, days("2025-03-15", "2025-04-30"));
    store.account = "B";
    store.exclusive = true;
    add_condition(w.conn, w.as("sm1"), store);  // B is not below A yet: no clash
    CHECK(check_integrity(w.conn).empty());
    make_chain(w);
    const auto problems = check_integrity(w.conn);
    REQUIRE(problems.size() == 2);
    CHECK_THAT(problems[0], Catch::Contains("'Chain deal' clashes with exclusive condition "
                                            "'Store deal' on account B"));
    CHECK_THAT(problems[1], Catch::Contains("'Store deal' clashes with exclusive condition "
                                            "'Chain deal' on account B"));
}
