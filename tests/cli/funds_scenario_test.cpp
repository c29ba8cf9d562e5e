// A scripted funds scenario through uplift-cli whose budget-vs-actual CSV is checked against
// hand arithmetic to the cent, with every refused step changing nothing (issue 4, "Done when").
#include <catch2/catch.hpp>

#include "cli_test_support.h"

namespace {

using namespace uplift::cli_test;

struct FundsFile : CliFile {
    FundsFile() : CliFile("funds", "2025-04-25") {
        write_bytes(dir / "p.csv",
                    "sku,name,brand,category,list_price,unit_cost\n"
                    "X,Cola,Fizz,Drinks,4.99,2.10\nY,Water,Aqua,Drinks,0.99,0.40\n");
        write_bytes(dir / "a.csv", "code,name,channel,region\nA,Shop A,Super,North\n");
        std::string actuals = "week,account,sku,units,gross_amount\n";
        const char* mondays[] = {"2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27",
                                 "2025-02-03", "2025-02-10", "2025-02-17", "2025-02-24",
                                 "2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24",
                                 "2025-03-31"};
        for (const char* m : mondays) {
            actuals += fmt::format("{},A,X,5000,24950.00\n", m);
        }
        actuals += "2025-04-07,A,X,10000,49900.00\n2025-04-14,A,X,10000,49900.00\n";
        write_bytes(dir / "x.csv", actuals);
        // 5,000 cases of Aqua in one week: the accrual test vector.
        write_bytes(dir / "y.csv",
                    "week,account,sku,units,gross_amount\n"
                    "2025-02-03,A,Y,5000,4950.00\n");
        write_bytes(dir / "promo.csv",
                    "promo_id,account,sku,start,end,discount_pct,fixed_cost,fund,planned_units\n"
                    "PV,A,X,2025-04-07,2025-04-20,25,0,Fizz fund,20000\n");
        for (const auto& args :
             std::vector<std::vector<std::string>>{{"init"},
                                                   {"import", "products", (dir / "p.csv").string()},
                                                   {"import", "accounts", (dir / "a.csv").string()},
                                                   {"import", "actuals", (dir / "x.csv").string()},
                                                   {"user", "add", "fin", "--role", "FIN"},
                                                   {"user", "add", "kam", "--role", "KAM"}}) {
            ok(args);
        }
    }
};

}  // namespace

TEST_CASE("funds scenario: budget vs actual matches hand arithmetic to the cent", "[funds]") {
    FundsFile f;
    f.ok({"fund", "create", "HQ"});
    f.ok({"fund", "create", "Fizz fund", "--parent", "HQ", "--brand", "Fizz"});
    f.ok({"fund", "create", "Aqua cases", "--per-unit", "1.50", "--brand", "Aqua"});
    f.ok({"fund", "allocate", "HQ", "100000"});
    f.ok({"fund", "allocate", "Fizz fund", "30000", "--reason", "2025 budget"});
    // A child never gets more than its parent has available (70,000.00 left).
    f.refused({"fund", "allocate", "Fizz fund", "70000.01"}, "has only 70000.00 available");
    f.refused({"fund", "allocate", "HQ", "10", "--user", "kam"}, "may not");
    // Accrual vector: 5,000 cases x 1.50 = 7,500.00, booked on import.
    f.ok({"import", "actuals", (f.dir / "y.csv").string()});
    // Approval commits the planned spend: 20,000 units x 4.99 x 25 % = 24,950.00.
    f.ok({"import", "promotions", (f.dir / "promo.csv").string()});
    f.ok({"promo", "submit", "PV"});
    f.ok({"promo", "approve", "PV", "--user", "fin"});
    f.ok({"fund", "transfer", "HQ", "Fizz fund", "10000", "--reason", "spring push"});
    f.refused({"fund", "transfer", "HQ", "Fizz fund", "60000.01", "--reason", "too much"},
              "would leave fund 'HQ' with -0.01 available");
    const std::string no_reason = db_snapshot(f.db);
    const CliRun misuse = f.run({"fund", "transfer", "HQ", "Fizz fund", "1"});
    CHECK(misuse.code == 2);
    CHECK_THAT(misuse.err, Catch::Contains("--reason"));
    CHECK(db_snapshot(f.db) == no_reason);
    // Deduction vector: 20,000.00 split 15,000.00 + 5,000.00, of which 4,950.00 accepted and
    // 50.00 written off.
    write_bytes(f.dir / "claims.csv",
                "claim_id,promo_id,amount,date\nCL1,PV,20000.00,2025-04-25\n");
    f.ok({"import", "claims", (f.dir / "claims.csv").string()});
    f.refused(
        {"claim", "enter", "CL2", "--promo", "PV", "--amount", "5000.01", "--date", "2025-04-26"},
        "more than promotion PV's open commitment");
    f.ok({"claim", "settle", "CL1", "--amount", "15000"});
    f.ok({"claim", "settle", "CL1", "--amount", "4950", "--write-off", "50", "--reason",
          "not on the agreement"});
    // Settling twice and importing twice add nothing.
    const std::string before = db_snapshot(f.db, {"audit_log", "import_batches"});
    CHECK_THAT(f.ok({"claim", "settle", "CL1"}), Catch::Contains("settled already"));
    CHECK_THAT(f.ok({"import", "claims", (f.dir / "claims.csv").string()}),
               Catch::Contains("0 inserted, 0 updated, 1 unchanged"));
    CHECK(db_snapshot(f.db, {"audit_log", "import_batches"}) == before);
    // Closing releases what was committed but not spent: 24,950 - 19,950 = 5,000.00.
    f.ok({"--today", "2025-05-01", "promo", "close", "PV", "--user", "fin"});
    // Hand arithmetic:
    //  Aqua cases: accrued 7,500.00; budget 7,500.00; available 7,500.00; utilisation 0.00.
    //  Fizz fund: allocated 30,000 + transfer in 10,000 = budget 40,000.00; committed 0 after
    //    the release; actual 19,950 + 50 written off = 20,000.00; available 20,000.00;
    //    utilisation 20,000 / 40,000 = 50.00.
    //  HQ: allocated 100,000; distributed 30,000; transfer out 10,000; budget 60,000.00.
    const std::string csv = f.ok({"report", "budget-vs-actual", "--format", "csv"});
    CHECK(csv ==
          "fund,parent,allocated,accrued,transfers_in,transfers_out,distributed,committed,actual,"
          "available,utilisation_pct\n"
          "Aqua cases,,0.00,7500.00,0.00,0.00,0.00,0.00,0.00,7500.00,0.00\n"
          "Fizz fund,HQ,30000.00,0.00,10000.00,0.00,0.00,0.00,20000.00,20000.00,50.00\n"
          "HQ,,100000.00,0.00,0.00,10000.00,30000.00,0.00,0.00,60000.00,0.00\n");
    // By month: April holds everything up to the 25th (before the close on 1 May released
    // 5,000.00), May the figures above.
    const std::string by_month = f.ok({"--today", "2025-05-31", "report", "budget-vs-actual",
                                       "--by", "month", "--format", "csv"});
    CHECK_THAT(by_month,
               Catch::Contains("Fizz fund,2025-04,HQ,30000.00,0.00,10000.00,0.00,0.00,5000.00,"
                               "20000.00,15000.00,50.00\n"));
    CHECK_THAT(by_month,
               Catch::Contains("Fizz fund,2025-05,HQ,30000.00,0.00,10000.00,0.00,0.00,0.00,"
                               "20000.00,20000.00,50.00\n"));
    // The JSON form by period keeps fund, period and parent as text, amounts as numbers.
    const std::string json = f.ok({"--today", "2025-05-31", "report", "budget-vs-actual", "--by",
                                   "month", "--format", "json"});
    CHECK_THAT(json, Catch::Contains("\"parent\": \"HQ\""));
    CHECK_THAT(json, Catch::Contains("\"period\": \"2025-05\""));
    CHECK_THAT(json, Catch::Contains("\"available\": 20000.0"));
    // Rolling the Aqua actuals back books the exact negative of their accrual.
    f.ok({"rollback", "4"});
    CHECK_THAT(f.ok({"fund", "show", "Aqua cases"}), Catch::Contains("accrued 0.00"));
    // The ledger itself is append-only.
    CHECK_THROWS(query_text(f.db, "UPDATE fund_ledger SET amount = 0"));
}

TEST_CASE("fund rules from the CLI: the dry run prints exactly what the run books, once",
          "[funds][rules]") {
    FundsFile f;
    f.ok({"fund", "create", "HQ"});
    f.ok({"fund", "create", "Fizz fund", "--parent", "HQ", "--brand", "Fizz"});
    f.ok({"fund", "create", "Reserve"});
    f.ok({"fund", "allocate", "HQ", "100000"});
    f.ok({"fund", "allocate", "Fizz fund", "30000"});
    f.ok({"import", "promotions", (f.dir / "promo.csv").string()});
    f.ok({"promo", "submit", "PV"});
    f.ok({"promo", "approve", "PV", "--user", "fin"});
    f.ok({"--today", "2025-05-01", "promo", "close", "PV", "--user", "fin"});
    // Closing released the whole 24,950.00 commitment on Fizz fund.
    f.ok({"fund", "rules", "add", "give back", "--schedule", "on_close", "--action",
          R"({"type":"return_to_parent"})", "--user", "fin"});
    // HQ: budget 70,000 after distributing 30,000, nothing used: 30 % of it goes to Reserve.
    f.ok({"fund", "rules", "add", "sweep HQ", "--schedule", "on_date:2025-06-30", "--condition",
          R"({"fund":"HQ","utilisation_below_pct":"50"})", "--action",
          R"({"type":"move_available_pct","to":"Reserve","pct":"30"})", "--user", "fin"});
    f.refused({"fund", "rules", "add", "bad", "--schedule", "on_close", "--action",
               R"({"type":"move_available_pct"})", "--user", "fin"},
              "action.type");
    f.refused({"fund", "rules", "add", "no right", "--schedule", "on_close", "--action",
               R"({"type":"return_to_parent"})", "--user", "kam"},
              "may not");
    CHECK_THAT(f.ok({"fund", "rules", "list"}), Catch::Contains("sweep HQ,on_date:2025-06-30,"));

    // Before the date only the close rule is due.
    const std::string before = db_snapshot(f.db);
    const std::string dry = f.ok({"--today", "2025-07-01", "fund", "rules", "run", "--dry-run"});
    CHECK(db_snapshot(f.db) == before);
    // Fizz fund gives 24,950.00 back; HQ then has 94,950.00 available, of which 30 % is
    // 28,485.00.
    CHECK(dry ==
          "rule,subject,from_fund,to_fund,amount\n"
          "give back,PV/Fizz fund,Fizz fund,HQ,24950.00\n"
          "sweep HQ,2025-06-30,HQ,Reserve,28485.00\n");
    CHECK(f.ok({"--today", "2025-07-01", "fund", "rules", "run", "--user", "fin"}) == dry);
    // Nothing is due a second time.
    CHECK(f.ok({"--today", "2025-07-02", "fund", "rules", "run", "--user", "fin"}) ==
          "rule,subject,from_fund,to_fund,amount\n");
    const std::string log = f.ok({"fund", "rules", "log"});
    CHECK_THAT(log, Catch::Contains("give back,PV/Fizz fund,2025-07-01,"));
    CHECK_THAT(log, Catch::Contains("sweep HQ,2025-06-30,2025-07-01,"));
    const std::string csv = f.ok({"report", "budget-vs-actual", "--format", "csv"});
    CHECK_THAT(csv, Catch::Contains("Reserve,,0.00,0.00,28485.00,0.00,0.00,0.00,0.00,28485.00,"));
    CHECK_THAT(csv, Catch::Contains("HQ,,100000.00,0.00,24950.00,28485.00,30000.00,0.00,0.00,"
                                    "66465.00,0.00\n"));
}
