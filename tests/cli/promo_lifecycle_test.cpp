// The promotion life cycle from the command line: who may take which step from which state,
// reasons, the approval limit, overlaps, derived active/ended, and that a refusal changes
// nothing.
#include <catch2/catch.hpp>

#include "cli_test_support.h"

namespace {

using namespace uplift::cli_test;

// A file with one account managed by kam1 (plus another), two skus of brand Fizz managed by
// bm1, users for every role, and 13 weeks of history.
struct LifecycleFile {
    TempDir dir{"promo-life"};
    std::string db = (dir / "p.uplift").string();

    LifecycleFile() {
        write_bytes(dir / "products.csv",
                    "sku,name,brand,category,list_price,unit_cost\n"
                    "X,Cola,Fizz,Drinks,4.99,2.10\nY,Lemon,Fizz,Drinks,2.00,1.00\n"
                    "Z,Chips,Crunch,Snacks,3.00,1.00\n");
        write_bytes(dir / "accounts.csv",
                    "code,name,channel,region\nA,Shop A,Super,North\nB,Shop B,Super,North\n");
        std::string actuals = "week,account,sku,units,gross_amount\n";
        for (int w = 0; w < 13; ++w) {
            actuals += fmt::format("2025-{:02}-{:02},A,X,5000,24950.00\n", 1 + (w * 7 + 5) / 31,
                                   1 + (w * 7 + 5) % 31);
        }
        write_bytes(dir / "actuals.csv", actuals);
        ok({"init"});
        ok({"import", "products", (dir / "products.csv").string()});
        ok({"import", "accounts", (dir / "accounts.csv").string()});
        for (const char* u : {"bm1:BM", "kam1:KAM", "sm1:SM", "fin1:FIN", "sm2:SM"}) {
            const std::string s(u);
            ok({"user", "add", s.substr(0, s.find(':')), "--role", s.substr(s.find(':') + 1)});
        }
        ok({"promo", "create", "P1", "--account", "A", "--sku", "X,Y", "--start", "2025-06-02",
            "--end", "2025-06-15", "--discount", "20", "--user", "sm1"});
    }

    CliRun run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db, "--today", "2025-05-01"});
        return run_in_process(args);
    }
    void ok(const std::vector<std::string>& args) const {
        const CliRun r = run(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
    }
    std::string status(const std::string& code, const std::string& today = "2025-05-01") const {
        const CliRun r = run_in_process({"--db", db, "--today", today, "promo", "list"});
        for (std::size_t pos = 0; (pos = r.out.find('\n', pos)) != std::string::npos;) {
            const std::size_t next = r.out.find('\n', pos + 1);
            const std::string line = r.out.substr(pos + 1, next - pos - 1);
            if (line.rfind(code + ",", 0) == 0) {
                std::vector<std::string> cells;
                std::stringstream ss(line);
                std::string c;
                while (std::getline(ss, c, ',')) {
                    cells.push_back(c);
                }
                return cells.at(7);
            }
            pos = next;
        }
        return "?";
    }
};

}  // namespace

TEST_CASE("a promotion goes draft, submitted, approved, active, ended, closed", "[promo]") {
    LifecycleFile f;
    CHECK(f.status("P1") == "draft");
    f.ok({"promo", "submit", "P1", "--user", "sm1"});
    CHECK(f.status("P1") == "submitted");
    // The submitter may not approve their own promotion; another sales manager may.
    const CliRun own = f.run({"promo", "approve", "P1", "--user", "sm1"});
    CHECK(own.code == 1);
    CHECK_THAT(own.err, Catch::Contains("may not approve"));
    f.ok({"promo", "approve", "P1", "--user", "sm2"});
    CHECK(f.status("P1") == "approved");
    CHECK(f.status("P1", "2025-06-05") == "active");
    CHECK(f.status("P1", "2025-06-16") == "ended");
    // Active promotions cannot be cancelled.
    const CliRun late = f.run({"--today", "2025-06-05", "promo", "cancel", "P1", "--reason", "x"});
    CHECK(late.code == 1);
    CHECK_THAT(late.err, Catch::Contains("cannot be cancelled"));
    // Closing is finance's step, once the promotion has ended.
    CHECK(f.run({"--today", "2025-06-20", "promo", "close", "P1", "--user", "sm2"}).code == 1);
    f.ok({"--today", "2025-06-20", "promo", "close", "P1", "--user", "fin1"});
    CHECK(f.status("P1") == "closed");
    const std::string log =
        query_text(f.db,
                   "SELECT group_concat(action || ':' || old_value || '>' || new_value, "
                   "' ') FROM (SELECT * FROM v_audit WHERE entity = 'promotion' AND "
                   "action <> 'create' ORDER BY id)");
    CHECK_THAT(log, Catch::Contains("submit:draft>submitted"));
    CHECK_THAT(log, Catch::Contains("approve:submitted>approved"));
    CHECK_THAT(log, Catch::Contains("close:approved>closed"));
}

TEST_CASE("reject and cancel need a reason; a refusal changes nothing", "[promo]") {
    LifecycleFile f;
    f.ok({"promo", "submit", "P1", "--user", "sm1"});
    const std::string before = db_snapshot(f.db);
    const CliRun no_reason = f.run({"promo", "reject", "P1", "--user", "fin1"});
    CHECK(no_reason.code == 1);
    CHECK_THAT(no_reason.err, Catch::Contains("reason"));
    CHECK(db_snapshot(f.db) == before);
    f.ok({"promo", "reject", "P1", "--user", "fin1", "--reason", "too deep"});
    CHECK(f.status("P1") == "rejected");
    f.ok({"promo", "reopen", "P1", "--user", "sm1"});
    CHECK(f.status("P1") == "draft");
    CHECK(f.run({"promo", "cancel", "P1"}).code == 1);
    f.ok({"promo", "cancel", "P1", "--reason", "buyer said no"});
    CHECK(f.status("P1") == "cancelled");
}

TEST_CASE("rights: brand and account ownership, approvers, the sales manager's limit", "[promo]") {
    LifecycleFile f;
    // A KAM without the account and a BM without the brands may not submit it.
    CHECK(f.run({"promo", "submit", "P1", "--user", "kam1"}).code == 1);
    CHECK(f.run({"promo", "submit", "P1", "--user", "bm1"}).code == 1);
    // Nobody but approvers approves; a rep has no promotion rights at all.
    f.ok({"user", "add", "rep9", "--role", "REP"});
    CHECK(f.run({"promo", "submit", "P1", "--user", "rep9"}).code == 1);
    f.ok({"promo", "submit", "P1", "--user", "sm1"});
    CHECK(f.run({"promo", "approve", "P1", "--user", "kam1"}).code == 1);
    // A big promotion is above the sales manager's 50,000.00 limit: finance approves it.
    f.ok({"promo", "create", "BIG", "--account", "B", "--sku", "X", "--start", "2025-07-07",
          "--end", "2025-07-13", "--discount", "10", "--fixed", "60000"});
    f.ok({"promo", "submit", "BIG", "--user", "sm1"});
    const CliRun sm = f.run({"promo", "approve", "BIG", "--user", "sm2"});
    CHECK(sm.code == 1);
    CHECK_THAT(sm.err, Catch::Contains("approval limit"));
    f.ok({"promo", "approve", "BIG", "--user", "fin1"});
    CHECK(f.status("BIG") == "approved");
}

TEST_CASE("an overlap warns while planning and is refused at approval unless overridden",
          "[promo]") {
    LifecycleFile f;
    const CliRun made = f.run({"promo", "create", "P2", "--account", "A", "--sku", "Y", "--start",
                               "2025-06-10", "--end", "2025-06-20", "--discount", "15"});
    REQUIRE(made.code == 0);
    CHECK_THAT(made.err, Catch::Contains("overlaps P1 on Y"));
    f.ok({"promo", "submit", "P2", "--user", "sm1"});
    const CliRun refused = f.run({"promo", "approve", "P2", "--user", "fin1"});
    CHECK(refused.code == 1);
    CHECK_THAT(refused.err, Catch::Contains("overlaps promotion P1"));
    f.ok({"promo", "approve", "P2", "--user", "fin1", "--override-overlap", "agreed"});
    CHECK(query_text(f.db, "SELECT status FROM v_promotions WHERE promo_id = 'P2'") == "approved");
    // A cancelled promotion no longer overlaps anything.
    f.ok({"promo", "cancel", "P1", "--reason", "replaced by P2"});
    CHECK(f.run({"promo", "show", "P2"}).out.find("warning: overlaps") == std::string::npos);
}

TEST_CASE("copy to other accounts and to next year; depth changes keep history", "[promo]") {
    LifecycleFile f;
    const CliRun copy = f.run({"promo", "copy", "P1", "--to", "B", "--next-year"});
    REQUIRE(copy.code == 0);
    CHECK_THAT(copy.out, Catch::Contains("P1-B-2026"));
    CHECK(query_text(f.db,
                     "SELECT account || ',' || instore_from || ',' || status FROM "
                     "v_promotions WHERE promo_id = 'P1-B-2026'") == "B,2026-06-01,draft");
}
