// Reason codes and returns / write-offs (SPEC §5): the seeded catalogue, Admin adding codes,
// entering by hand with rights per role, hostile input, the returns import and its rollback.
#include <catch2/catch.hpp>

#include "discounts/reason_codes.h"
#include "discounts/returns.h"
#include "errors.h"
#include "funds_test_support.h"
#include "security/audit.h"

using namespace uplift;
using namespace uplift::funds_test;
using Catch::Matchers::Contains;

namespace {

// Everything a refused action must leave as it was.
std::string state(World& w) {
    return fmt::format("{} {} {} {} {}", count(w.conn, "returns"), count(w.conn, "audit_log"),
                       count(w.conn, "reason_codes"), count(w.conn, "import_batches"),
                       db::query_int(w.conn, "SELECT ifnull(sum(amount + units), 0) FROM returns"));
}

NewReturn damaged_cola() {
    NewReturn n;
    n.kind = ReturnKind::Return;
    n.date = Date(2025, 3, 14);  // before "today": history is entered after the fact
    n.account = "A";
    n.sku = "F1";
    n.units = 12;
    n.amount_cents = 2'400;
    n.reason = "damaged";
    n.note = "crushed pallet";
    return n;
}

// Runs `action`, expects a UserError (PermissionDenied included) whose message has `phrase`,
// and checks that nothing changed.
template <typename Action>
void refused(World& w, Action action, const std::string& phrase) {
    const std::string before = state(w);
    try {
        action();
        FAIL("expected a refusal containing: " << phrase);
    } catch (const UserError& e) {
        CHECK_THAT(e.what(), Contains(phrase));
    }
    CHECK(state(w) == before);
}

const char* const kGoodFile =
    "date,account,sku,kind,units,amount,reason,note\n"
    "2025-03-03,A,F1,return,10,20.00,DAMAGED,broken caps\n"
    "2025-03-04,B,C1,write-off,0,15.50,pricing_error,\n"
    "2025-02-28,A,F2,write_off,5,0,expired,\"short-dated, sold off\"\n";

}  // namespace

TEST_CASE("the reason-code catalogue starts with the ten codes of SPEC §5", "[returns][reasons]") {
    World w(false);
    std::vector<std::string> codes;
    for (const auto& r : list_reason_codes(w.conn)) {
        codes.push_back(r.code);
        CHECK(r.active);
        CHECK_FALSE(r.description.empty());
    }
    CHECK(codes == std::vector<std::string>{"COMPETITIVE", "DAMAGED", "DISPLAY", "EXPIRED",
                                            "FEATURE", "LISTING", "OTHER", "PRICING_ERROR", "TPR",
                                            "VOLUME"});
    CHECK(require_reason_code(w.conn, "  pricing_error ") == "PRICING_ERROR");
    CHECK_THROWS_WITH(require_reason_code(w.conn, "foo"),
                      Contains("unknown reason code 'foo' (one of COMPETITIVE, DAMAGED, DISPLAY,"));
    CHECK_THROWS_WITH(require_reason_code(w.conn, "", "discount reason"),
                      Contains("unknown discount reason ''"));
    // A code taken out of use no longer passes, and the message says why.
    w.conn.exec_script("UPDATE reason_codes SET active = 0 WHERE code = 'OTHER';");
    CHECK_THROWS_WITH(require_reason_code(w.conn, "other"), Contains("OTHER is no longer in use"));
}

TEST_CASE("Admin adds reason codes; duplicates, malformed codes and other roles are refused",
          "[returns][reasons]") {
    World w(false);
    CHECK(add_reason_code(w.conn, w.as("admin"), " recall_2025 ", "Product recall") ==
          "RECALL_2025");
    CHECK(require_reason_code(w.conn, "Recall_2025") == "RECALL_2025");
    const auto audit = audit_history(w.conn, "reason_code", "RECALL_2025");
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == "create");
    CHECK_THAT(*audit[0].new_value, Contains("Product recall"));

    refused(
        w, [&] { add_reason_code(w.conn, w.as("admin"), "recall_2025", ""); },
        "reason code RECALL_2025 exists already");
    refused(
        w, [&] { add_reason_code(w.conn, w.as("admin"), "DAMAGED", ""); }, "exists already");
    for (const char* bad : {"", "   ", "BAD-CODE", "TWO WORDS", "ÉCLAT", "X;DROP TABLE returns",
                            "A234567890123456789012345678901234"}) {
        INFO(bad);
        refused(
            w, [&] { add_reason_code(w.conn, w.as("admin"), bad, ""); },
            "must be 1 to 32 letters, digits or _");
    }
    // Exactly 32 characters is still a code.
    CHECK(add_reason_code(w.conn, w.as("admin"), std::string(32, 'Z'), "") == std::string(32, 'Z'));
    for (const char* user : {"kam1", "fin1", "bm1", "sm1", "rep1"}) {
        INFO(user);
        refused(
            w, [&] { add_reason_code(w.conn, w.as(user), "LATE", ""); }, "add reason codes");
        CHECK_THROWS_AS(add_reason_code(w.conn, w.as(user), "LATE", ""), PermissionDenied);
    }
}

TEST_CASE("key-account managers and finance enter returns and write-offs; others may not",
          "[returns]") {
    World w(false);
    const std::int64_t first = enter_return(w.conn, w.as("kam1"), damaged_cola());
    NewReturn off = damaged_cola();
    off.kind = ReturnKind::WriteOff;
    off.account = "B";
    off.sku = "C1";
    off.units = 0;
    off.amount_cents = 999;
    off.reason = "PRICING_ERROR";
    off.note = "";
    off.date = Date(2026, 1, 2);  // a future date is accepted too
    const std::int64_t second = enter_return(w.conn, w.as("fin1"), off);
    CHECK(second > first);

    const auto all = list_returns(w.conn);
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == first);
    CHECK(all[0].kind == ReturnKind::Return);
    CHECK(all[0].date == Date(2025, 3, 14));
    CHECK(all[0].account == "A");
    CHECK(all[0].sku == "F1");
    CHECK(all[0].units == 12);
    CHECK(all[0].amount_cents == 2'400);
    CHECK(all[0].reason == "DAMAGED");
    CHECK(all[0].note == "crushed pallet");
    CHECK_FALSE(all[0].batch_id);
    CHECK(all[0].entered_by == "kam1");
    CHECK(all[1].kind == ReturnKind::WriteOff);
    CHECK(all[1].amount_cents == 999);
    CHECK(all[1].entered_by == "fin1");

    const auto audit = audit_history(w.conn, "return", std::to_string(first));
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].user_name == "kam1");
    CHECK_THAT(*audit[0].new_value, Contains("\"amount\":\"24.00\""));
    CHECK_THAT(*audit[0].new_value, Contains("\"kind\":\"return\""));

    for (const char* user : {"bm1", "sm1", "rep1"}) {
        INFO(user);
        refused(
            w, [&] { enter_return(w.conn, w.as(user), damaged_cola()); },
            "enter returns and write-offs");
        CHECK_THROWS_AS(enter_return(w.conn, w.as(user), damaged_cola()), PermissionDenied);
    }
}

TEST_CASE("hostile input to a return is refused with a clear message and leaves no trace",
          "[returns]") {
    World w(false);
    enter_return(w.conn, w.as("kam1"), damaged_cola());
    struct Case {
        const char* what;
        void (*change)(NewReturn&);
        const char* phrase;
    };
    const Case cases[] = {
        {"unknown account", [](NewReturn& n) { n.account = "ZZ"; }, "unknown account 'ZZ'"},
        {"injection in the account", [](NewReturn& n) { n.account = "A'; DROP TABLE returns; --"; },
         "unknown account 'A'; DROP TABLE returns; --'"},
        {"unknown sku", [](NewReturn& n) { n.sku = "NOPE"; }, "unknown sku 'NOPE'"},
        {"unknown reason", [](NewReturn& n) { n.reason = "FOO"; },
         "unknown reason code 'FOO' (one of COMPETITIVE, DAMAGED"},
        {"empty reason", [](NewReturn& n) { n.reason = ""; }, "unknown reason code ''"},
        {"negative units", [](NewReturn& n) { n.units = -3; },
         "units must not be negative (got -3)"},
        {"negative amount", [](NewReturn& n) { n.amount_cents = -1; },
         "amount must not be negative (got -0.01)"},
        {"nothing at all",
         [](NewReturn& n) {
             n.units = 0;
             n.amount_cents = 0;
         },
         "units and amount are both 0"},
        {"no date", [](NewReturn& n) { n.date = Date(); }, "needs a date"},
        {"a note too long", [](NewReturn& n) { n.note = std::string(501, 'x'); },
         "longer than 500 characters"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        NewReturn n = damaged_cola();
        c.change(n);
        refused(
            w, [&] { enter_return(w.conn, w.as("kam1"), n); }, c.phrase);
    }
    CHECK(count(w.conn, "returns") == 1);
}

TEST_CASE("returns list by account, kind and period", "[returns]") {
    World w(false);
    w.import(w.as("kam1"), ImportKind::Returns, kGoodFile);
    const ActionContext kam = w.as("kam1");
    enter_return(w.conn, kam, damaged_cola());  // 2025-03-14, A, return

    const auto skus = [&](const ReturnFilter& f) {
        std::string out;
        for (const auto& e : list_returns(w.conn, f)) {
            out += (out.empty() ? "" : " ") + e.sku + "@" + to_iso(e.date);
        }
        return out;
    };
    CHECK(skus({}) == "F2@2025-02-28 F1@2025-03-03 C1@2025-03-04 F1@2025-03-14");
    CHECK(skus({std::nullopt, "A", std::nullopt}) == "F2@2025-02-28 F1@2025-03-03 F1@2025-03-14");
    CHECK(skus({std::nullopt, "", ReturnKind::WriteOff}) == "F2@2025-02-28 C1@2025-03-04");
    CHECK(skus({Period{Date(2025, 3, 3), Date(2025, 3, 4)}, "", std::nullopt}) ==
          "F1@2025-03-03 C1@2025-03-04");
    CHECK(skus({Period{Date(2025, 3, 1), Date(2025, 3, 31)}, "A", ReturnKind::Return}) ==
          "F1@2025-03-03 F1@2025-03-14");
    CHECK_THROWS_WITH(list_returns(w.conn, {std::nullopt, "ZZ", std::nullopt}),
                      Contains("unknown account 'ZZ'"));
}

TEST_CASE("a return entered by mistake is deleted with an audit row; an imported one is not",
          "[returns]") {
    World w(false);
    const std::int64_t id = enter_return(w.conn, w.as("kam1"), damaged_cola());
    const ImportResult batch = w.import(w.as("fin1"), ImportKind::Returns, kGoodFile);
    const std::int64_t imported =
        db::query_int(w.conn, "SELECT min(id) FROM returns WHERE batch_id IS NOT NULL");

    refused(
        w, [&] { delete_return(w.conn, w.as("bm1"), id, ""); }, "delete returns and write-offs");
    refused(
        w, [&] { delete_return(w.conn, w.as("kam1"), 9999, ""); },
        "there is no return or write-off 9999");
    refused(
        w, [&] { delete_return(w.conn, w.as("kam1"), imported, "wrong"); },
        fmt::format("return {} was imported in batch {}; roll the batch back", imported,
                    batch.batch_id));

    delete_return(w.conn, w.as("fin1"), id, "entered twice");
    CHECK(db::query_int(w.conn, "SELECT count(*) FROM returns WHERE batch_id IS NULL") == 0);
    const auto audit = audit_history(w.conn, "return", std::to_string(id));
    REQUIRE(audit.size() == 2);
    CHECK(audit[0].action == "delete");
    CHECK(audit[0].reason == "entered twice");
    CHECK_THAT(*audit[0].old_value, Contains("crushed pallet"));
    CHECK_FALSE(audit[0].new_value);
}

TEST_CASE("a returns file imports all its rows as one batch", "[returns][import]") {
    World w(false);
    const std::int64_t audit_before = count(w.conn, "audit_log");
    const ImportResult r = w.import(w.as("kam1"), ImportKind::Returns, kGoodFile);
    CHECK(r.rows == 3);
    CHECK(r.inserted == 3);
    CHECK(r.warnings.empty());
    CHECK(count(w.conn, "audit_log") == audit_before + 1);  // the batch's one import row

    const auto all = list_returns(w.conn);
    REQUIRE(all.size() == 3);
    CHECK(all[0].kind == ReturnKind::WriteOff);  // "write_off", ordered by date
    CHECK(all[0].units == 5);
    CHECK(all[0].amount_cents == 0);
    CHECK(all[0].reason == "EXPIRED");
    CHECK(all[0].note == "short-dated, sold off");
    CHECK(all[1].amount_cents == 2'000);
    CHECK(all[1].note == "broken caps");
    CHECK(all[2].kind == ReturnKind::WriteOff);  // "write-off"
    CHECK(all[2].reason == "PRICING_ERROR");
    CHECK(all[2].amount_cents == 1'550);
    for (const auto& e : all) {
        CHECK(e.batch_id == r.batch_id);
        CHECK(e.entered_by == "kam1");
    }

    // Without the optional note, with ';' and decimal commas.
    const ImportResult semi = w.import(w.as("fin1"), ImportKind::Returns,
                                       "date;account;sku;kind;units;amount;reason\n"
                                       "2025-04-01;B;F2;Return;3;7,25;competitive\n");
    CHECK(semi.inserted == 1);
    CHECK(list_returns(w.conn).back().amount_cents == 725);

    // The same file again: imported (two equal returns can happen) but the user is warned.
    const ImportResult again = w.import(w.as("kam1"), ImportKind::Returns, kGoodFile);
    CHECK(again.inserted == 3);
    REQUIRE(again.warnings.size() == 1);
    CHECK_THAT(again.warnings[0], Contains("3 rows (first on line 2) repeat"));
    CHECK_THAT(again.warnings[0], Contains("roll this batch back"));

    refused(
        w, [&] { w.import(w.as("bm1"), ImportKind::Returns, kGoodFile); }, "import returns");
    CHECK_THROWS_AS(w.import(w.as("sm1"), ImportKind::Returns, kGoodFile), PermissionDenied);
}

TEST_CASE("a bad returns file names line and column and imports nothing", "[returns][import]") {
    World w(false);
    struct Case {
        const char* what;
        const char* text;
        const char* phrase;
    };
    const char* const header = "date,account,sku,kind,units,amount,reason\n";
    const std::string good = "2025-03-03,A,F1,return,1,2.00,DAMAGED\n";
    const Case cases[] = {
        {"missing column", "date,account,sku,kind,units,amount\n2025-03-03,A,F1,return,1,2.00\n",
         "line 1, column 'reason': required column is missing"},
        {"bad kind", "2025-03-03,A,F1,refund,1,2.00,DAMAGED\n",
         "line 3, column 'kind': 'refund' is not return or write_off"},
        {"unknown reason", "2025-03-03,A,F1,return,1,2.00,GOODWILL\n",
         "line 3, column 'reason': unknown reason code 'GOODWILL' (one of COMPETITIVE"},
        {"bad amount", "2025-03-03,A,F1,return,1,2.0x,DAMAGED\n",
         "line 3, column 'amount': '2.0x'"},
        {"three decimals", "2025-03-03,A,F1,return,1,2.001,DAMAGED\n", "line 3, column 'amount'"},
        {"negative amount", "2025-03-03,A,F1,return,1,-2.00,DAMAGED\n",
         "line 3, column 'amount': '-2.00' must not be negative"},
        {"negative units", "2025-03-03,A,F1,return,-1,2.00,DAMAGED\n",
         "line 3, column 'units': '-1' must not be negative"},
        {"fractional units", "2025-03-03,A,F1,return,1.5,2.00,DAMAGED\n", "line 3, column 'units'"},
        {"nothing returned", "2025-03-03,A,F1,return,0,0,DAMAGED\n",
         "line 3, column 'units': units and amount are both 0"},
        {"unknown account", "2025-03-03,ZZ,F1,return,1,2.00,DAMAGED\n",
         "line 3, column 'account': unknown account 'ZZ'"},
        {"unknown sku", "2025-03-03,A,F9,return,1,2.00,DAMAGED\n",
         "line 3, column 'sku': unknown sku 'F9'"},
        {"bad date", "2025-02-30,A,F1,return,1,2.00,DAMAGED\n",
         "line 3, column 'date': '2025-02-30' is not a date"},
        {"empty kind", "2025-03-03,A,F1,,1,2.00,DAMAGED\n",
         "line 3, column 'kind': must not be empty"},
        {"short row", "2025-03-03,A,F1,return,1,2.00\n", "line 3: has 6 values"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const std::string text =
            std::string(c.text).starts_with("date,") ? c.text : header + good + c.text;
        refused(
            w, [&] { w.import(w.as("kam1"), ImportKind::Returns, text); }, c.phrase);
    }
    // Every bad field of a row is reported, not only the first.
    try {
        w.import(w.as("kam1"), ImportKind::Returns,
                 std::string(header) + "2025-13-01,ZZ,F9,swap,x,y,FOO\n");
        FAIL("expected the import to fail");
    } catch (const ImportFailed& e) {
        CHECK(e.total() == 7);
        CHECK_THAT(e.what(), Contains("line 2, column 'date'"));
        CHECK_THAT(e.what(), Contains("and 6 more problems; nothing was imported"));
    }
    CHECK(count(w.conn, "returns") == 0);
    CHECK(count(w.conn, "import_batches") == 2);  // the world's products and accounts only
}

TEST_CASE("rolling a returns batch back removes exactly its rows", "[returns][import]") {
    World w(false);
    const std::int64_t by_hand = enter_return(w.conn, w.as("kam1"), damaged_cola());
    const ImportResult first = w.import(w.as("kam1"), ImportKind::Returns, kGoodFile);
    const ImportResult second = w.import(
        w.as("fin1"), ImportKind::Returns,
        "date,account,sku,kind,units,amount,reason\n2025-05-05,B,F1,return,2,4.00,OTHER\n");
    REQUIRE(count(w.conn, "returns") == 5);

    refused(
        w, [&] { rollback_batch(w.conn, w.as("bm1"), first.batch_id); }, "roll back batch");
    rollback_batch(w.conn, w.as("fin1"), first.batch_id);
    std::vector<std::int64_t> left;
    for (const auto& e : list_returns(w.conn)) {
        left.push_back(e.id);
    }
    REQUIRE(left.size() == 2);
    CHECK(left[0] == by_hand);
    CHECK(list_returns(w.conn).back().batch_id == second.batch_id);
    const auto audit = audit_history(w.conn, "batch", std::to_string(first.batch_id));
    REQUIRE_FALSE(audit.empty());
    CHECK(audit[0].action == "rollback");
    CHECK(*audit[0].new_value == "returns");
    refused(
        w, [&] { rollback_batch(w.conn, w.as("fin1"), first.batch_id); }, "rolled back already");
}
