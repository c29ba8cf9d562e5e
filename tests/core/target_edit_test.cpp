// Editing many targets as one action (the target grid): all or nothing, "no target" as a value
// that undo can restore, the rights per account, and a period's snapshot that undoes a
// disaggregation exactly; the grid's one read of rows, targets and top-down versions.
#include <catch2/catch.hpp>

#include "errors.h"
#include "funds_test_support.h"
#include "targets/disaggregation.h"
#include "targets/target_edit.h"
#include "targets/target_grid.h"

using namespace uplift;
using namespace uplift::funds_test;
using Catch::Matchers::Contains;

namespace {

std::string state(World& w) {
    return fmt::format("{} {} {} {} {}", count(w.conn, "targets"), count(w.conn, "target_history"),
                       count(w.conn, "target_topdown"), count(w.conn, "target_totals"),
                       count(w.conn, "audit_log"));
}

TargetEdit edit(World& w, const std::string& period, const std::string& account,
                const std::string& brand, std::optional<TargetAmount> amount) {
    return {target_key(w.conn, period, account, brand), amount};
}

void rep1_has_a(World& w) {
    w.conn.exec_script(
        "UPDATE accounts SET rep_id = (SELECT id FROM users WHERE name = 'rep1') "
        "WHERE code = 'A';");
}

}  // namespace

TEST_CASE("several targets are set in one action and can go back to having none",
          "[targets][edit]") {
    World w(false);
    set_target(w.conn, w.as("sm1"), "2025-03", "A", "Fizz", 10, 1000);
    const std::vector<TargetEdit> edits = {
        edit(w, "2025-03", "A", "Fizz", TargetAmount{20, 2000}),
        edit(w, "2025-03", "B", "Crisp", TargetAmount{5, 0}),
        edit(w, "2025-04", "A", "Fizz", TargetAmount{0, 300}),
    };
    CHECK(set_targets(w.conn, w.as("sm1"), edits) == 3);
    CHECK(list_targets(w.conn) == std::vector<Target>{{"2025-03", "A", "Fizz", 20, 2000},
                                                      {"2025-03", "B", "Crisp", 5, 0},
                                                      {"2025-04", "A", "Fizz", 0, 300}});
    // The same values again change nothing and audit nothing.
    const std::string same = state(w);
    CHECK(set_targets(w.conn, w.as("sm1"), edits) == 0);
    CHECK(state(w) == same);
    // Undo: the old values, and "no target" where there was none.
    const std::vector<TargetEdit> undo = {
        edit(w, "2025-03", "A", "Fizz", TargetAmount{10, 1000}),
        edit(w, "2025-03", "B", "Crisp", std::nullopt),
        edit(w, "2025-04", "A", "Fizz", std::nullopt),
    };
    CHECK(set_targets(w.conn, w.as("sm1"), undo) == 3);
    CHECK(list_targets(w.conn) == std::vector<Target>{{"2025-03", "A", "Fizz", 10, 1000}});
    CHECK(db::query_int(w.conn,
                        "SELECT count(*) FROM audit_log WHERE action = 'remove' AND "
                        "entity_key = '2025-03 B/Crisp'") == 1);
    CHECK_FALSE(remove_target(w.conn, target_key(w.conn, "2025-04", "A", "Fizz")));
}

TEST_CASE("a refused edit refuses them all, naming the key", "[targets][edit][rights]") {
    World w(false);
    rep1_has_a(w);
    set_target(w.conn, w.as("sm1"), "2025-03", "B", "Fizz", 7, 700);
    // A rep edits targets in their rep file only: make this one (what rep export writes).
    w.conn.exec_script(
        "UPDATE settings SET value = 'e1' WHERE key = 'rep_export_id';"
        "UPDATE settings SET value = 'main' WHERE key = 'rep_main_database';"
        "UPDATE settings SET value = 'rep1' WHERE key = 'rep_name';");
    const std::string before = state(w);
    // A rep may write their own partner A, not B: the whole list is refused.
    const std::vector<TargetEdit> mixed = {
        edit(w, "2025-03", "A", "Fizz", TargetAmount{1, 100}),
        edit(w, "2025-03", "B", "Fizz", std::nullopt),
    };
    CHECK_THROWS_AS(set_targets(w.conn, w.as("rep1"), mixed), PermissionDenied);
    CHECK_THROWS_WITH(set_targets(w.conn, w.as("rep1"), mixed), Contains("2025-03 B/Fizz"));
    CHECK(state(w) == before);
    const std::vector<TargetEdit> negative = {
        edit(w, "2025-03", "A", "Fizz", TargetAmount{1, 100}),
        edit(w, "2025-03", "A", "Crisp", TargetAmount{-1, 100}),
    };
    CHECK_THROWS_WITH(set_targets(w.conn, w.as("sm1"), negative),
                      Contains("2025-03 A/Crisp") && Contains("cannot be negative"));
    const std::vector<TargetEdit> unknown = {{{"2025-03", 999, 1}, TargetAmount{1, 1}}};
    CHECK_THROWS_WITH(set_targets(w.conn, w.as("sm1"), unknown), Contains("no account"));
    CHECK(state(w) == before);
    // The rep's own partner alone is fine.
    const std::vector<TargetEdit> own = {edit(w, "2025-03", "A", "Fizz", TargetAmount{1, 100})};
    CHECK(set_targets(w.conn, w.as("rep1"), own) == 1);
}

TEST_CASE("restoring a period's snapshot undoes a disaggregation exactly", "[targets][edit]") {
    World w(false);
    set_target(w.conn, w.as("sm1"), "2025-03", "A", "Fizz", 10, 1000);
    set_target(w.conn, w.as("sm1"), "2025-04", "B", "Fizz", 4, 400);
    DisaggregationRequest first;
    first.period = "2025-03";
    first.units = 40;
    first.value = 4000;
    disaggregate(w.conn, w.as("sm1"), first, false);
    const PeriodTargets before = snapshot_period_targets(w.conn, "2025-03");
    CHECK(before.targets.size() == 4);
    CHECK(before.topdown.size() == 4);
    CHECK_FALSE(before.totals.empty());

    DisaggregationRequest second = first;
    second.units = 80;
    second.value = 16000;
    disaggregate(w.conn, w.as("sm1"), second, false);
    CHECK(snapshot_period_targets(w.conn, "2025-03") != before);
    CHECK_THROWS_AS(restore_period_targets(w.conn, w.as("rep1"), before), PermissionDenied);
    restore_period_targets(w.conn, w.as("sm1"), before);
    CHECK(snapshot_period_targets(w.conn, "2025-03") == before);

    // Back to before any split: one target, no top-down versions, no totals; April untouched.
    PeriodTargets empty;
    empty.period = "2025-03";
    empty.targets = {edit(w, "2025-03", "A", "Fizz", TargetAmount{10, 1000})};
    restore_period_targets(w.conn, w.as("sm1"), empty);
    CHECK(snapshot_period_targets(w.conn, "2025-03") == empty);
    CHECK(list_targets(w.conn, {.period = "2025-04", .rep = {}}).size() == 1);
}

TEST_CASE("the grid reads every pair with its targets and top-down versions", "[targets][grid]") {
    World w(false);
    rep1_has_a(w);
    set_target(w.conn, w.as("sm1"), "2025-02", "B", "Crisp", 3, 300);
    DisaggregationRequest r;
    r.period = "2025-03";
    r.units = 4;
    r.value = 400;
    disaggregate(w.conn, w.as("sm1"), r, false);
    set_target(w.conn, w.as("sm1"), "2025-03", "A", "Fizz", 9, 900);

    CHECK(target_periods_of_year(2025, true) ==
          std::vector<std::string>{"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"});
    const TargetGrid g = load_target_grid(w.conn, target_periods_of_year(2025, false));
    REQUIRE(g.periods.size() == 12);
    // rep1's account A first, then B (no rep); brands by name.
    REQUIRE(g.rows.size() == 4);
    CHECK(g.rows[0].account == "A");
    CHECK(g.rows[0].brand == "Crisp");
    CHECK(g.rows[0].rep == "rep1");
    CHECK(g.rows[1].brand == "Fizz");
    CHECK(g.rows[2].account == "B");
    CHECK(g.rows[2].rep.empty());
    CHECK(g.current[g.cell(2, 1)] == TargetAmount{3, 300});
    CHECK_FALSE(g.topdown[g.cell(2, 1)].has_value());
    CHECK(g.current[g.cell(1, 2)] == TargetAmount{9, 900});
    CHECK(g.topdown[g.cell(1, 2)] == TargetAmount{1, 100});
    CHECK_FALSE(g.current[g.cell(0, 0)].has_value());

    const TargetGrid mine = load_target_grid(w.conn, {"2025-03"}, "rep1");
    CHECK(mine.rows.size() == 2);
    CHECK(mine.current[mine.cell(1, 0)] == TargetAmount{9, 900});
}
