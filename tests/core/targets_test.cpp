// Sales targets (SPEC §6): the split rule over 100,000 random cases, disaggregation in last
// year's proportions with its fallbacks and locks, who may write targets, and the targets and
// inventory imports with their rollback.
#include <catch2/catch.hpp>

#include <random>

#include "db/statement.h"
#include "errors.h"
#include "funds_test_support.h"
#include "io/import_errors.h"
#include "targets/bottom_up.h"
#include "targets/disaggregation.h"
#include "targets/target_store.h"

using namespace uplift;
using namespace uplift::funds_test;
using Catch::Matchers::Contains;

namespace {

std::string state(World& w) {
    return fmt::format("{} {} {} {}", count(w.conn, "targets"), count(w.conn, "target_history"),
                       count(w.conn, "target_totals"), count(w.conn, "audit_log"));
}

// Shop A (North, rep1) sold 100 Cola for 200.00 in March 2024, Shop B (South) 300 Cola for
// 600.00 and 50 Chips for 50.00.
void last_year(World& w) {
    w.conn.exec_script(
        "UPDATE accounts SET rep_id = (SELECT id FROM users WHERE name = 'rep1') "
        "WHERE code = 'A';");
    w.import(w.as("admin"), ImportKind::Actuals,
             "week,account,sku,units,gross_amount\n"
             "2024-03-04,A,F1,100,200.00\n2024-03-11,B,F1,300,600.00\n"
             "2024-03-18,B,C1,50,50.00\n");
}

DisaggregationRequest request(std::int64_t units, std::int64_t value) {
    DisaggregationRequest r;
    r.period = "2025-03";
    r.units = units;
    r.value = value;
    return r;
}

}  // namespace

TEST_CASE("a split sums exactly and gives each child its share within one unit",
          "[targets][property]") {
    std::mt19937_64 rng(6);
    for (int i = 0; i < 100'000; ++i) {
        const auto n = std::uniform_int_distribution<int>(1, 12)(rng);
        std::vector<std::int64_t> weights;
        for (int k = 0; k < n; ++k) {
            // Some zero weights, some huge ones.
            const auto kind = std::uniform_int_distribution<int>(0, 3)(rng);
            weights.push_back(
                kind == 0   ? 0
                : kind == 1 ? std::uniform_int_distribution<std::int64_t>(1, 10)(rng)
                            : std::uniform_int_distribution<std::int64_t>(1, 1'000'000'000)(rng));
        }
        const std::int64_t total =
            std::uniform_int_distribution<std::int64_t>(0, 10'000'000'000)(rng);
        const std::vector<std::int64_t> parts = split_target(total, weights);
        REQUIRE(parts.size() == weights.size());
        std::int64_t sum = 0;
        long double all = 0;
        for (const auto w : weights) {
            all += static_cast<long double>(w);
        }
        for (std::size_t k = 0; k < parts.size(); ++k) {
            sum += parts[k];
            const long double share =
                all == 0
                    ? static_cast<long double>(total) / static_cast<long double>(n)
                    : static_cast<long double>(total) * static_cast<long double>(weights[k]) / all;
            REQUIRE(std::abs(static_cast<long double>(parts[k]) - share) < 1.0L);
            REQUIRE(parts[k] >= 0);
        }
        REQUIRE(sum == total);
    }
}

TEST_CASE("a split's tie goes to the first child", "[targets]") {
    CHECK(split_target(1, std::vector<std::int64_t>{1, 1}) == std::vector<std::int64_t>{1, 0});
    CHECK(split_target(5, std::vector<std::int64_t>{0, 0, 0}) ==
          std::vector<std::int64_t>{2, 2, 1});
}

TEST_CASE("disaggregation follows last year's units and gross and sums exactly", "[targets]") {
    World w(false);
    last_year(w);
    const Disaggregation d = disaggregate(w.conn, w.as("sm1"), request(1000, 500'000), false);
    CHECK(d.basis == TargetBasis::LastYear);
    CHECK(d.basis_from == "2024-03-01");
    CHECK(d.basis_to == "2024-03-31");
    // Units 100 : 300 : 50 of 450 -> 222.2, 666.7, 111.1; value 200 : 600 : 50 of 850 ->
    // 1176.470, 3529.411, 294.117 -> the remainder cent goes to the largest fraction (Chips).
    CHECK(list_targets(w.conn) == std::vector<Target>{{"2025-03", "A", "Fizz", 222, 117'647},
                                                      {"2025-03", "B", "Crisp", 111, 29'412},
                                                      {"2025-03", "B", "Fizz", 667, 352'941}});
    // Totals above the pairs: HQ, divisions (regions) and reps.
    CHECK(db::query_int(w.conn,
                        "SELECT value FROM target_totals WHERE level = 'division' AND "
                        "key = 'South'") == 382'353);
    CHECK(db::query_int(w.conn,
                        "SELECT units FROM target_totals WHERE level = 'rep' AND "
                        "key = 'rep1'") == 222);
    // The top-down version is kept beside the current target.
    CHECK(db::query_int(w.conn, "SELECT count(*) FROM target_topdown") == 3);
}

TEST_CASE("disaggregation falls back to the last three months, then to an equal split",
          "[targets]") {
    World w(false);
    SECTION("three months before") {
        w.import(w.as("admin"), ImportKind::Actuals,
                 "week,account,sku,units,gross_amount\n"
                 "2024-12-02,A,F1,10,20.00\n2025-02-24,B,C1,30,30.00\n"
                 "2024-11-25,B,F1,999,999.00\n");  // before the three months: not counted
        const Disaggregation d = plan_disaggregation(w.conn, request(4, 100));
        CHECK(d.basis == TargetBasis::LastThreeMonths);
        CHECK(d.basis_from == "2024-12-01");
        CHECK(d.basis_to == "2025-02-28");
        CHECK(d.shares == std::vector<TargetShare>{{"North", "", "A", "Fizz", 1, 40, false},
                                                   {"South", "", "B", "Crisp", 3, 60, false}});
    }
    SECTION("equal") {
        const Disaggregation d = plan_disaggregation(w.conn, request(5, 5));
        CHECK(d.basis == TargetBasis::Equal);
        // Two accounts x two brands, ties to the first by account code, then brand.
        REQUIRE(d.shares.size() == 4);
        CHECK(d.shares[0].units == 2);
        CHECK(d.shares[1].units == 1);
        CHECK(d.shares[3].units == 1);
    }
}

TEST_CASE("locked targets keep their values and the rest follows the shares", "[targets]") {
    World w(false);
    last_year(w);
    set_target(w.conn, w.as("sm1"), "2025-03", "B", "Fizz", 500, 100'000);
    DisaggregationRequest r = request(1000, 500'000);
    r.locks = {{"B", "Fizz"}};
    disaggregate(w.conn, w.as("sm1"), r, false);
    // 500 units and 4,000.00 left for A Fizz (100 units, 200.00) and B Crisp (50, 50.00).
    CHECK(list_targets(w.conn) == std::vector<Target>{{"2025-03", "A", "Fizz", 333, 320'000},
                                                      {"2025-03", "B", "Crisp", 167, 80'000},
                                                      {"2025-03", "B", "Fizz", 500, 100'000}});
    r.units = 499;
    const std::string before = state(w);
    CHECK_THROWS_WITH(disaggregate(w.conn, w.as("sm1"), r, false),
                      Contains("locked targets (500 units, 1000.00) are more than the total"));
    r.locks = {{"Z", "Fizz"}};
    CHECK_THROWS_WITH(disaggregate(w.conn, w.as("sm1"), r, false), Contains("Z:Fizz"));
    CHECK(state(w) == before);
}

TEST_CASE("a dry run saves nothing and shows what the save writes", "[targets]") {
    World w(false);
    last_year(w);
    const std::string before = state(w);
    const Disaggregation preview = disaggregate(w.conn, w.as("sm1"), request(90, 9000), true);
    CHECK(state(w) == before);
    const Disaggregation saved = disaggregate(w.conn, w.as("sm1"), request(90, 9000), false);
    CHECK(preview.shares == saved.shares);
    CHECK(saved.changed == 3);
}

TEST_CASE("only sales managers set and split targets; a rep only their own partners'",
          "[targets][rights]") {
    World w(false);
    last_year(w);
    const std::string before = state(w);
    CHECK_THROWS_AS(disaggregate(w.conn, w.as("rep1"), request(10, 10), false), PermissionDenied);
    CHECK_THROWS_AS(disaggregate(w.conn, w.as("fin1"), request(10, 10), false), PermissionDenied);
    CHECK_THROWS_AS(set_target(w.conn, w.as("bm1"), "2025-03", "A", "Fizz", 1, 1),
                    PermissionDenied);
    CHECK_THROWS_AS(set_target(w.conn, w.as("rep1"), "2025-03", "B", "Fizz", 1, 1),
                    PermissionDenied);
    // Their own partner, but in the main file: reps edit targets in their rep file only.
    CHECK_THROWS_WITH(set_target(w.conn, w.as("rep1"), "2025-03", "A", "Fizz", 1, 1),
                      Contains("in their rep file"));
    CHECK(state(w) == before);
    w.conn.exec_script("UPDATE settings SET value = 'e1' WHERE key = 'rep_export_id';");
    CHECK_THROWS_AS(set_target(w.conn, w.as("rep1"), "2025-03", "B", "Fizz", 1, 1),
                    PermissionDenied);
    set_target(w.conn, w.as("rep1"), "2025-03", "A", "Fizz", 5, 700);
    CHECK(find_target(w.conn, target_key(w.conn, "2025-03", "A", "Fizz"))->units == 5);
    // Bad keys and values are refused naming them.
    CHECK_THROWS_WITH(set_target(w.conn, w.as("sm1"), "2025-13", "A", "Fizz", 1, 1),
                      Contains("'2025-13' is not a period"));
    CHECK_THROWS_WITH(set_target(w.conn, w.as("sm1"), "2025-Q1", "A", "Fuzz", 1, 1),
                      Contains("unknown brand 'Fuzz'"));
    CHECK_THROWS_WITH(set_target(w.conn, w.as("sm1"), "2025-q1", "A", "Fizz", -1, 1),
                      Contains("cannot be negative"));
}

TEST_CASE("targets import: by line and column, all or nothing, rollback restores",
          "[targets][import]") {
    World w(false);
    set_target(w.conn, w.as("sm1"), "2025-04", "A", "Fizz", 1, 100);
    const std::string before = state(w);
    try {
        w.import(w.as("sm1"), ImportKind::Targets,
                 "period,account,brand,units,value\n"
                 "2025-04,A,Fizz,10,10.00\n"
                 "2025-4,A,Fizz,10,10.00\n"
                 "2025-05,Q,Fizz,10,10.00\n"
                 "2025-04,A,Fizz,11,10.00\n"
                 "2025-05,B,Crisp,-3,10.00\n");
        FAIL("the import should be refused");
    } catch (const ImportFailed& e) {
        std::string m;
        for (const ImportIssue& i : e.issues()) {
            m += i.to_string() + "\n";
        }
        CHECK(e.total() == 4);
        CHECK_THAT(m, Contains("line 3, column 'period'"));
        CHECK_THAT(m, Contains("line 4, column 'account': unknown account 'Q'"));
        CHECK_THAT(m, Contains("line 5, column 'period'") && Contains("appears twice"));
        CHECK_THAT(m, Contains("line 6, column 'units'"));
    }
    CHECK(state(w) == before);
    const auto batch = w.import(w.as("sm1"), ImportKind::Targets,
                                "period,account,brand,units,value\n"
                                "2025-04,A,Fizz,10,10.00\n2025-Q2,B,Crisp,20,20.50\n");
    CHECK(batch.inserted == 1);
    CHECK(batch.updated == 1);
    CHECK(list_targets(w.conn) == std::vector<Target>{{"2025-04", "A", "Fizz", 10, 1000},
                                                      {"2025-Q2", "B", "Crisp", 20, 2050}});
    rollback_batch(w.conn, w.as("sm1"), batch.batch_id);
    CHECK(list_targets(w.conn) == std::vector<Target>{{"2025-04", "A", "Fizz", 1, 100}});
}

TEST_CASE("inventory import replaces by date and sku; rollback puts the old rows back",
          "[targets][import]") {
    World w(false);
    const auto first = w.import(w.as("sm1"), ImportKind::Inventory,
                                "date,sku,units\n2025-03-01,F1,500\n2025-03-01,C1,20\n");
    const auto second =
        w.import(w.as("sm1"), ImportKind::Inventory, "date,sku,units\n2025-03-01,F1,450\n");
    CHECK(second.updated == 1);
    CHECK(db::query_int(w.conn, "SELECT units FROM v_inventory WHERE sku = 'F1'") == 450);
    CHECK_THROWS_WITH(rollback_batch(w.conn, w.as("sm1"), first.batch_id),
                      Contains("roll back batch " + std::to_string(second.batch_id) + " first"));
    rollback_batch(w.conn, w.as("sm1"), second.batch_id);
    CHECK(db::query_int(w.conn, "SELECT units FROM v_inventory WHERE sku = 'F1'") == 500);
    CHECK_THROWS_AS(w.import(w.as("sm1"), ImportKind::Inventory, "date,sku,units\nx,F9,1\n"),
                    ImportFailed);
}

TEST_CASE("a manager accepts, rejects or edits each bottom-up gap; history keeps every version",
          "[targets]") {
    World w(false);
    last_year(w);
    disaggregate(w.conn, w.as("sm1"), request(1000, 500'000), false);
    // What a merged rep file does: the rep's values become current; top-down stays.
    for (const auto& [account, brand, units] :
         {std::tuple{"A", "Fizz", 250}, std::tuple{"B", "Fizz", 600},
          std::tuple{"B", "Crisp", 100}}) {
        write_target(w.conn, w.as("rep1"), target_key(w.conn, "2025-03", account, brand), units,
                     100'000, "rep");
    }
    auto gaps = target_gaps(w.conn);
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].current.account == "A");
    CHECK(gaps[0].gap_units() == 250 - 222);
    CHECK(gaps[0].gap_value() == 100'000 - 117'647);
    CHECK(gaps[0].source == "rep");
    CHECK_THROWS_AS(decide_gap(w.conn, w.as("rep1"), target_key(w.conn, "2025-03", "A", "Fizz"),
                               GapDecision::Accept),
                    PermissionDenied);
    decide_gap(w.conn, w.as("sm1"), target_key(w.conn, "2025-03", "A", "Fizz"),
               GapDecision::Accept);
    decide_gap(w.conn, w.as("sm1"), target_key(w.conn, "2025-03", "B", "Fizz"),
               GapDecision::Reject);
    decide_gap(w.conn, w.as("sm1"), target_key(w.conn, "2025-03", "B", "Crisp"), GapDecision::Edit,
               120, 30'000);
    CHECK(target_gaps(w.conn).empty());
    CHECK(list_targets(w.conn) == std::vector<Target>{{"2025-03", "A", "Fizz", 250, 100'000},
                                                      {"2025-03", "B", "Crisp", 120, 30'000},
                                                      {"2025-03", "B", "Fizz", 667, 352'941}});
    CHECK_THROWS_WITH(decide_gap(w.conn, w.as("sm1"), target_key(w.conn, "2025-03", "A", "Fizz"),
                                 GapDecision::Reject),
                      Contains("no bottom-up gap"));
    // Every version of B Fizz: top-down, the rep's, the manager's rejection.
    CHECK(db::query_int(w.conn,
                        "SELECT group_concat(source) = 'topdown,rep,reject' FROM "
                        "(SELECT source FROM target_history h JOIN accounts a ON "
                        "a.id = h.account_id JOIN brands b ON b.id = h.brand_id WHERE "
                        "a.code = 'B' AND b.name = 'Fizz' ORDER BY h.id)") == 1);
}
