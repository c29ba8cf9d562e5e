// Conditional fund rules (SPEC §4): the three kinds, the dry run, once per subject, validation
// naming the field, rights, and the ledger entries a firing books.
#include <catch2/catch.hpp>

#include "db/transaction.h"
#include "errors.h"
#include "funds/rules.h"
#include "funds_test_support.h"
#include "security/audit.h"
#include "targets/target_store.h"

using namespace uplift;
using namespace uplift::funds_test;
using Catch::Matchers::Contains;

namespace {

const Period kPast{Date(2025, 3, 3), Date(2025, 3, 16)};
const Period kFuture{Date(2025, 9, 1), Date(2025, 9, 14)};

std::int64_t rule(World& w, const std::string& name, const std::string& schedule,
                  const std::string& condition, const std::string& action) {
    return add_rule(w.conn, w.as("fin1"), {name, schedule, condition, action});
}

// Money in and out of the file's funds, to prove a dry run wrote nothing.
std::string state(World& w) {
    return fmt::format("{} {} {} {}", count(w.conn, "fund_ledger"), count(w.conn, "audit_log"),
                       count(w.conn, "rule_firings"),
                       db::query_int(w.conn, "SELECT ifnull(sum(amount), 0) FROM fund_ledger"));
}

void funded(World& w) {
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 1'000'000, "year budget");
    allocate(w.conn, fin, "Fizz", 400'000, "");
    allocate(w.conn, fin, "Fizz-A", 100'000, "");
    allocate(w.conn, fin, "Fizz-B", 100'000, "");
}

}  // namespace

TEST_CASE("a closed promotion's unspent commitment goes back to the parent fund once",
          "[funds][rules]") {
    World w;
    funded(w);
    w.approved("P1", "A", "F1", kPast, 30'000, "Fizz-A");
    w.approved("P2", "A", "F2", kFuture, 20'000, "Fizz-A");
    w.approved("P3", "B", "F1", kPast, 10'000, "Fizz-B");
    rule(w, "back", "on_close", "", R"({"type":"return_to_parent"})");
    // Nothing is closed yet: approved commitments stay where they are.
    CHECK(run_rules(w.conn, w.as("fin1"), false).empty());

    w.status("fin1", "P1", PromotionAction::Close);   // releases 300.00 on Fizz-A
    w.status("fin1", "P2", PromotionAction::Cancel);  // releases 200.00, but is not closed
    const std::vector<RuleFiring> expected{{1, "back", "P1/Fizz-A", "Fizz-A", "Fizz", 30'000}};
    CHECK(evaluate_rules(w.conn, w.as("fin1")) == expected);
    CHECK(run_rules(w.conn, w.as("fin1"), false) == expected);

    const FundFigures child = w.figures("Fizz-A");
    CHECK(child.transfers_out == 30'000);
    CHECK(child.budget() == 70'000);
    CHECK(child.available() == 70'000);  // P2's release stays on the child
    CHECK(w.figures("Fizz").transfers_in == 30'000);
    // The entries name the rule as their source.
    CHECK(db::query_int(w.conn,
                        "SELECT count(*) FROM fund_ledger WHERE source_type = 'rule' AND "
                        "source_id = 1 AND kind IN ('transfer_in', 'transfer_out')") == 2);
    CHECK(audit_history(w.conn, "fund rule", "back").size() == 2);  // created, fired

    // Once per subject: a second run and a second on_close rule return nothing more.
    CHECK(run_rules(w.conn, w.as("fin1"), false).empty());
    rule(w, "back again", "on_close", R"({"fund":"Fizz"})", R"({"type":"return_to_parent"})");
    CHECK(run_rules(w.conn, w.as("fin1"), false).empty());

    // The next closure fires for its own subject only, by the first rule that covers it.
    w.status("fin1", "P3", PromotionAction::Close);
    CHECK(run_rules(w.conn, w.as("fin1"), false) ==
          std::vector<RuleFiring>{{1, "back", "P3/Fizz-B", "Fizz-B", "Fizz", 10'000}});
    const auto log = list_rule_firings(w.conn);
    REQUIRE(log.size() == 2);
    CHECK(log[0].subject == "P1/Fizz-A");
    CHECK(log[0].fired_on == "2025-06-30");
    CHECK(log[0].effect == R"({"amount":"300.00","from":"Fizz-A","to":"Fizz"})");
}

TEST_CASE("a return to the parent never takes more than the child has available",
          "[funds][rules]") {
    World w;
    funded(w);
    w.approved("P1", "A", "F1", kPast, 60'000, "Fizz-A");
    w.status("fin1", "P1", PromotionAction::Close);
    // The released 600.00 is committed again before the rule runs: only 250.00 is unspent.
    w.approved("P2", "A", "F2", kFuture, 75'000, "Fizz-A");
    rule(w, "back", "on_close", "", R"({"type":"return_to_parent"})");
    CHECK(run_rules(w.conn, w.as("fin1"), false) ==
          std::vector<RuleFiring>{{1, "back", "P1/Fizz-A", "Fizz-A", "Fizz", 25'000}});
    CHECK(w.figures("Fizz-A").available() == 0);
    // A rule limited to another branch of the tree ignores it.
    World v;
    funded(v);
    v.approved("P1", "A", "F1", kPast, 60'000, "Fizz-A");
    v.status("fin1", "P1", PromotionAction::Close);
    rule(v, "crisp only", "on_close", R"({"fund":"Crisp"})", R"({"type":"return_to_parent"})");
    CHECK(run_rules(v.conn, v.as("fin1"), false).empty());
}

TEST_CASE("on a date, a fund used below P % moves Q % of its available", "[funds][rules]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'001, "");  // 1000.01
    allocate(w.conn, fin, "North", 50'000, "");
    // Some actual spend on North: 300.00 of 500.00 is 60 %, not below 50 %.
    book(w.conn, fin,
         {0, find_fund(w.conn, "North")->id, LedgerKind::Actual, 30'000, w.today, "claim", 1,
          std::nullopt, "fin1", "settled"});
    rule(w, "october", "on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"50"})",
         R"({"type":"move_available_pct","to":"South","pct":"30"})");
    rule(w, "north", "on_date:2025-10-01", R"({"fund":"North","utilisation_below_pct":50})",
         R"({"type":"move_available_pct","to":"South","pct":30})");
    rule(w, "empty", "on_date:2025-10-01", R"({"fund":"Crisp","utilisation_below_pct":"50"})",
         R"({"type":"move_available_pct","to":"South","pct":"30"})");
    // Before the date nothing fires.
    CHECK(run_rules(w.conn, w.as("fin1"), false).empty());
    w.today = Date(2025, 10, 2);
    // 30 % of 1000.01 = 300.003 -> 300.00; North is used 60 %; Crisp has no budget (empty
    // utilisation), so neither of them fires.
    const std::vector<RuleFiring> expected{{1, "october", "2025-10-01", "HQ", "South", 30'000}};
    const std::string before = state(w);
    CHECK(run_rules(w.conn, w.as("bm1"), true) == expected);  // a preview is open to all
    CHECK(state(w) == before);
    CHECK(run_rules(w.conn, w.as("fin1"), false) == expected);
    CHECK(w.figures("HQ").available() == 70'001);
    CHECK(w.figures("South").transfers_in == 30'000);
    // Fired once for its date: later runs leave it alone.
    w.today = Date(2025, 11, 1);
    CHECK(run_rules(w.conn, w.as("fin1"), false).empty());
    CHECK(count(w.conn, "rule_firings") == 1);
}

TEST_CASE("rounding of a moved share is half away from zero, once", "[funds][rules]") {
    World w;
    w.today = Date(2025, 10, 1);
    allocate(w.conn, w.as("fin1"), "HQ", 33'335, "");  // 333.35 x 30 % = 100.005 -> 100.01
    rule(w, "r", "on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"100"})",
         R"({"type":"move_available_pct","to":"North","pct":"30"})");
    CHECK(run_rules(w.conn, w.as("fin1"), false).at(0).amount == 10'001);
}

TEST_CASE("a dry run shows exactly what the run then books", "[funds][rules]") {
    World w;
    funded(w);
    w.today = Date(2025, 10, 1);
    w.approved("P1", "A", "F1", kPast, 30'000, "Fizz-A");
    w.status("fin1", "P1", PromotionAction::Close);
    rule(w, "back", "on_close", "", R"({"type":"return_to_parent"})");
    // Two rules on one fund: the second sees what the first leaves (HQ has 6000.00 available:
    // 60 % = 3600.00, then 60 % of 2400.00 = 1440.00), and the third sees Fizz after the
    // return of 300.00 (2000.00 + 300.00, 10 % = 230.00).
    rule(w, "first", "on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"50"})",
         R"({"type":"move_available_pct","to":"North","pct":"60"})");
    rule(w, "second", "on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"50"})",
         R"({"type":"move_available_pct","to":"South","pct":"60"})");
    rule(w, "third", "on_date:2025-09-30", R"({"fund":"Fizz","utilisation_below_pct":"50"})",
         R"({"type":"move_available_pct","to":"Crisp","pct":"10"})");
    const std::string before = state(w);
    const std::vector<RuleFiring> preview = run_rules(w.conn, w.as("fin1"), true);
    CHECK(state(w) == before);
    const std::vector<RuleFiring> expected{
        {1, "back", "P1/Fizz-A", "Fizz-A", "Fizz", 30'000},
        {2, "first", "2025-10-01", "HQ", "North", 360'000},
        {3, "second", "2025-10-01", "HQ", "South", 144'000},
        {4, "third", "2025-09-30", "Fizz", "Crisp", 23'000},
    };
    CHECK(preview == expected);
    CHECK(run_rules(w.conn, w.as("fin1"), false) == preview);
    // The ledger holds exactly those movements.
    db::Statement s(w.conn,
                    "SELECT r.name, f.name, l.kind, l.amount FROM fund_ledger l JOIN funds f ON "
                    "f.id = l.fund_id JOIN fund_rules r ON r.id = l.source_id WHERE "
                    "l.source_type = 'rule' ORDER BY l.id");
    std::vector<std::string> rows;
    while (s.step()) {
        rows.push_back(
            fmt::format("{} {} {} {}", s.get_text(0), s.get_text(1), s.get_text(2), s.get_int(3)));
    }
    CHECK(rows == std::vector<std::string>{
                      "back Fizz-A transfer_out 30000", "back Fizz transfer_in 30000",
                      "first HQ transfer_out 360000", "first North transfer_in 360000",
                      "second HQ transfer_out 144000", "second South transfer_in 144000",
                      "third Fizz transfer_out 23000", "third Crisp transfer_in 23000"});
    CHECK(w.figures("HQ").available() == 96'000);
    CHECK(run_rules(w.conn, w.as("fin1"), true).empty());
}

TEST_CASE("a rule fires once per subject, also against a direct second insert", "[funds][rules]") {
    World w;
    w.today = Date(2025, 10, 1);
    allocate(w.conn, w.as("fin1"), "HQ", 10'000, "");
    const std::int64_t id =
        rule(w, "r", "on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"50"})",
             R"({"type":"move_available_pct","to":"North","pct":"50"})");
    CHECK(run_rules(w.conn, w.as("fin1"), false).size() == 1);
    CHECK(run_rules(w.conn, w.as("fin1"), false).empty());
    db::Statement again(w.conn,
                        "INSERT INTO rule_firings(rule_id, fired_at, fired_on, subject, effect) "
                        "VALUES(?, 'x', '2025-10-01', '2025-10-01', '{}')");
    again.bind(1, id);
    CHECK_THROWS(again.exec());
    CHECK(count(w.conn, "rule_firings") == 1);
}

TEST_CASE("a target rule adds a bonus once the account reaches its target, once",
          "[funds][rules][targets]") {
    World w;
    rule(w, "bonus", "on_target", R"({"account":"A","period":"2025-Q3","reached_pct":"100"})",
         R"({"type":"add_to_fund","fund":"Fizz-A","amount":"500.00"})");
    // No target yet: nothing, however much was sold.
    w.import(w.as("admin"), ImportKind::Actuals,
             "week,account,sku,units,gross_amount\n2025-07-07,A,F1,100,200.00\n"
             "2025-09-29,A,C1,10,10.00\n2025-10-06,A,F1,999,9999.00\n");
    CHECK(evaluate_rules(w.conn, w.as("fin1")).empty());
    // Targets of 150.00 + 60.00 for the quarter; 210.00 sold in it (6 October is Q4).
    set_target(w.conn, w.as("sm1"), "2025-Q3", "A", "Fizz", 100, 15'000);
    set_target(w.conn, w.as("sm1"), "2025-Q3", "A", "Crisp", 10, 6'001);
    CHECK(evaluate_rules(w.conn, w.as("fin1")).empty());  // 21,000 < 21,001: not yet
    set_target(w.conn, w.as("sm1"), "2025-Q3", "A", "Crisp", 10, 6'000);
    const std::vector<RuleFiring> due{{1, "bonus", "A/2025-Q3", "", "Fizz-A", 50'000}};
    const std::int64_t entries = count(w.conn, "fund_ledger");  // the import's accruals
    CHECK(run_rules(w.conn, w.as("fin1"), true) == due);
    CHECK(count(w.conn, "fund_ledger") == entries);
    CHECK(run_rules(w.conn, w.as("fin1"), false) == due);
    CHECK(run_rules(w.conn, w.as("fin1"), false).empty());  // once per account and period
    const FundFigures f = w.figures("Fizz-A");
    CHECK(f.allocated == 50'000);  // an adjustment: new money, counted in allocated
    CHECK(f.budget() == 50'000);
    CHECK(w.figures("Fizz").distributed == 0);  // not carved out of the parent
    CHECK(db::query_int(w.conn,
                        "SELECT count(*) FROM fund_ledger WHERE kind = 'adjustment' AND "
                        "source_type = 'rule'") == 1);
}

TEST_CASE("a bad rule is refused naming the field, and nothing is stored", "[funds][rules]") {
    World w;
    const std::string ok_cond = R"({"fund":"HQ","utilisation_below_pct":"50"})";
    const std::string ok_act = R"({"type":"move_available_pct","to":"North","pct":"30"})";
    struct Bad {
        std::string schedule, condition, action, message;
    };
    const std::vector<Bad> bad{
        {"weekly", ok_cond, ok_act, "schedule: 'weekly' is not on_close"},
        {"on_date:2025-02-30", ok_cond, ok_act, "schedule: 'on_date:2025-02-30'"},
        {"on_date:2025-10-01", "{", ok_act, "condition: is not valid JSON"},
        {"on_date:2025-10-01", "[1]", ok_act, "condition: must be a JSON object"},
        {"on_date:2025-10-01", R"({"utilisation_below_pct":"50"})", ok_act,
         "condition.fund: is missing"},
        {"on_date:2025-10-01", R"({"fund":"Nope","utilisation_below_pct":"50"})", ok_act,
         "condition.fund: unknown fund 'Nope'"},
        {"on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"abc"})", ok_act,
         "condition.utilisation_below_pct:"},
        {"on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"0"})", ok_act,
         "condition.utilisation_below_pct: '0' is not a percentage above 0"},
        {"on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"50","x":1})", ok_act,
         "condition.x: is not a field"},
        {"on_date:2025-10-01", ok_cond, R"({"to":"North","pct":"30"})", "action.type: is missing"},
        {"on_date:2025-10-01", ok_cond, R"({"type":"add_to_fund","to":"North","pct":"30"})",
         "action.type: 'add_to_fund' does not go with schedule"},
        {"on_date:2025-10-01", ok_cond, R"({"type":"move_available_pct","to":"HQ","pct":"30"})",
         "action.to: must be another fund"},
        {"on_date:2025-10-01", ok_cond,
         R"({"type":"move_available_pct","to":"North","pct":"100.5"})",
         "action.pct: '100.5' is not a percentage above 0 and at most 100"},
        {"on_date:2025-10-01", ok_cond, R"({"type":"move_available_pct","to":"North","pct":[]})",
         "action.pct: must be a string or a number"},
        {"on_close", "", R"({"type":"return_to_parent","fund":"HQ"})",
         "action.fund: is not a field of an on_close rule"},
        {"on_target", R"({"account":"Z","period":"2025-Q3","reached_pct":"100"})",
         R"({"type":"add_to_fund","fund":"HQ","amount":"5"})",
         "condition.account: unknown account 'Z'"},
        {"on_target", R"({"account":"A","period":"2025-Q5","reached_pct":"100"})",
         R"({"type":"add_to_fund","fund":"HQ","amount":"5"})", "condition.period:"},
        {"on_target", R"({"account":"A","period":"2025-Q3","reached_pct":"100"})",
         R"({"type":"add_to_fund","fund":"HQ","amount":"-5"})",
         "action.amount: '-5' must be a positive amount"},
        {"on_target", R"({"account":"A","period":"2025-Q3","reached_pct":"100"})",
         R"({"type":"add_to_fund","fund":"HQ","amount":"5.001"})", "action.amount:"},
    };
    const std::string before = state(w);
    for (const auto& b : bad) {
        INFO(b.schedule << " " << b.condition << " " << b.action);
        CHECK_THROWS_WITH(rule(w, "bad", b.schedule, b.condition, b.action),
                          Contains("rule 'bad': " + b.message));
    }
    CHECK(state(w) == before);
    CHECK(list_rules(w.conn).empty());
    rule(w, "good", "on_date:2025-10-01", ok_cond, ok_act);
    CHECK_THROWS_WITH(rule(w, "good", "on_close", "", R"({"type":"return_to_parent"})"),
                      Contains("exists already"));
    CHECK_THROWS_WITH(rule(w, "", "on_close", "", R"({"type":"return_to_parent"})"),
                      Contains("name"));
    const auto rules = list_rules(w.conn);
    REQUIRE(rules.size() == 1);
    CHECK(rules[0].condition == R"({"fund":"HQ","utilisation_below_pct":"50"})");
    CHECK(rules[0].created_by == "fin1");
}

TEST_CASE("adding and running rules needs funds.rules; listing and previewing do not",
          "[funds][rules]") {
    World w;
    w.today = Date(2025, 10, 1);
    allocate(w.conn, w.as("fin1"), "HQ", 10'000, "");
    const RuleSpec spec{"r", "on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"50"})",
                        R"({"type":"move_available_pct","to":"North","pct":"50"})"};
    for (const char* user : {"bm1", "kam1", "sm1", "rep1"}) {
        INFO(user);
        CHECK_THROWS_AS(add_rule(w.conn, w.as(user), spec), PermissionDenied);
    }
    add_rule(w.conn, w.as("admin"), spec);
    const std::string before = state(w);
    for (const char* user : {"bm1", "kam1", "sm1", "rep1"}) {
        INFO(user);
        CHECK(run_rules(w.conn, w.as(user), true).size() == 1);
        CHECK_THROWS_AS(run_rules(w.conn, w.as(user), false), PermissionDenied);
        CHECK(list_rules(w.conn).size() == 1);
    }
    CHECK(state(w) == before);
    CHECK(run_rules(w.conn, w.as("fin2"), false).size() == 1);
}

TEST_CASE("a previewed run books exactly the preview, or nothing when the figures moved",
          "[funds][rules]") {
    World w;
    w.today = Date(2025, 10, 1);
    allocate(w.conn, w.as("fin1"), "HQ", 10'000, "");
    rule(w, "r", "on_date:2025-10-01", R"({"fund":"HQ","utilisation_below_pct":"50"})",
         R"({"type":"move_available_pct","to":"North","pct":"50"})");
    const std::vector<RuleFiring> preview = run_rules(w.conn, w.as("fin1"), true);
    REQUIRE(preview.size() == 1);
    CHECK(preview[0].amount == 5'000);
    // HQ gets more money after the preview: the run would move 60.00, not the 50.00 shown.
    allocate(w.conn, w.as("fin1"), "HQ", 2'000, "");
    const std::string before = state(w);
    CHECK_THROWS_WITH(run_previewed_rules(w.conn, w.as("fin1"), preview),
                      Contains("dry run again"));
    CHECK(state(w) == before);
    CHECK_THROWS_AS(run_previewed_rules(w.conn, w.as("bm1"), preview), PermissionDenied);
    const std::vector<RuleFiring> fresh = run_rules(w.conn, w.as("fin1"), true);
    CHECK(fresh[0].amount == 6'000);
    CHECK(run_previewed_rules(w.conn, w.as("fin1"), fresh) == fresh);
    CHECK(w.figures("North").transfers_in == 6'000);
    CHECK(run_previewed_rules(w.conn, w.as("fin1"), {}).empty());
}
