// The promotions import (SPEC §9): every bad file is refused by line and column with the
// database unchanged; re-import replaces drafts, refuses approved promotions; rollback is exact.
#include <catch2/catch.hpp>

#include "cli_test_support.h"

namespace {

using namespace uplift::cli_test;

constexpr const char* kHeader =
    "promo_id,account,sku,start,end,discount_pct,fixed_cost,fund,planned_units,campaign,status\n";

struct PromoFile {
    TempDir dir{"promo-import"};
    std::string db = (dir / "p.uplift").string();

    PromoFile() {
        write_bytes(dir / "products.csv",
                    "sku,name,brand,category,list_price,unit_cost\nX,Cola,Fizz,Drinks,4.99,2.10\n"
                    "Y,Lemon,Fizz,Drinks,2.00,1.00\n");
        write_bytes(dir / "accounts.csv",
                    "code,name,channel,region\nA,Shop A,Super,North\n"
                    "B,Shop B,Super,North\n");
        REQUIRE(run({"init"}).code == 0);
        REQUIRE(run({"import", "products", (dir / "products.csv").string()}).code == 0);
        REQUIRE(run({"import", "accounts", (dir / "accounts.csv").string()}).code == 0);
    }
    CliRun run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        return run_in_process(args);
    }
    CliRun import(const std::string& name, const std::string& body) const {
        write_bytes(dir / name, body);
        return run({"import", "promotions", (dir / name).string()});
    }
};

}  // namespace

TEST_CASE("bad promotions files are refused by line and column, nothing changes",
          "[promo][import]") {
    PromoFile f;
    struct Case {
        const char* rows;
        const char* where;  // "line N, column 'C'"
        const char* phrase;
    };
    const Case cases[] = {
        {"P1,A,X,2025-06-02,2025-06-15,25,0,,,,\nP1,B,Y,2025-06-02,2025-06-15,25,0,,,,\n",
         "line 3, column 'account'", "must share"},
        {"P1,A,X,2025-06-02,2025-06-15,25,0,,,,\nP1,A,Y,2025-06-03,2025-06-15,25,0,,,,\n",
         "line 3, column 'start'", "must share"},
        {"P1,A,X,2025-06-02,2025-06-15,25,0,,,C1,\nP1,A,Y,2025-06-02,2025-06-15,25,0,,,C2,\n",
         "line 3, column 'campaign'", "must share"},
        {"P1,A,X,2025-06-15,2025-06-02,25,0,,,,\n", "line 2, column 'end'", "before start"},
        {"P1,A,X,2025-06-02,2025-06-15,120,0,,,,\n", "line 2, column 'discount_pct'",
         "between 0 and 100"},
        {"P1,A,X,2025-06-02,2025-06-15,12.34567,0,,,,\n", "line 2, column 'discount_pct'",
         "not a percentage"},
        {"P1,A,Q,2025-06-02,2025-06-15,25,0,,,,\n", "line 2, column 'sku'", "unknown sku"},
        {"P1,Z,X,2025-06-02,2025-06-15,25,0,,,,\n", "line 2, column 'account'", "unknown account"},
        {"P1,A,X,2025-06-02,2025-06-15,25,0,,,,\nP1,A,X,2025-06-02,2025-06-15,20,0,,,,\n",
         "line 3, column 'sku'", "appears twice"},
        {"P1,A,X,2025-06-02,2025-06-15,25,0,,,,approved\n", "line 2, column 'status'",
         "not draft, planned, submitted or closed"},
        {"P1,A,X,2025-06-02,2025-06-15,25,-5,,,,\n", "line 2, column 'fixed_cost'",
         "must not be negative"},
        {"P1,A,X,2025-06-02,2025-06-15,25,0,,1.5,,\n", "line 2, column 'planned_units'",
         "whole number"},
        {"P1,A,X,2025-02-30,2025-06-15,25,0,,,,\n", "line 2, column 'start'", "not a date"},
        {",A,X,2025-06-02,2025-06-15,25,0,,,,\n", "line 2, column 'promo_id'", "must not be empty"},
    };
    const std::string before = db_snapshot(f.db);
    for (const auto& c : cases) {
        INFO(c.rows);
        const CliRun r = f.import("bad.csv", std::string(kHeader) + c.rows);
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Catch::Contains(std::string("bad.csv, ") + c.where));
        CHECK_THAT(r.err, Catch::Contains(c.phrase));
        CHECK(db_snapshot(f.db) == before);
    }
    const CliRun missing = f.import("nofixed.csv",
                                    "promo_id,account,sku,start,end,discount_pct\n"
                                    "P1,A,X,2025-06-02,2025-06-15,25\n");
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("line 1, column 'fixed_cost'"));
    CHECK(db_snapshot(f.db) == before);
}

TEST_CASE("re-import replaces a draft, refuses an approved promotion; rollback restores",
          "[promo][import]") {
    PromoFile f;
    const std::string v1 = std::string(kHeader) +
                           "P1,A,X,2025-06-02,2025-06-15,25,100.00,Fund,,Summer,\n"
                           "P1,A,Y,2025-06-02,2025-06-15,10,300.00,Fund,500,Summer,\n";
    REQUIRE(f.import("v1.csv", v1).code == 0);
    const std::string shown_v1 = f.run({"promo", "show", "P1"}).out;
    // The largest fixed cost counts once.
    CHECK_THAT(f.run({"promo", "show", "P1"}).out, Catch::Contains("300.00"));
    CHECK(f.run({"promo", "show", "P1"}).out.find("100.00") == std::string::npos);
    const CliRun same = f.import("v1b.csv", v1);
    CHECK_THAT(same.out, Catch::Contains("0 inserted, 0 updated, 1 unchanged"));
    std::string v2 = v1;
    v2.replace(v2.find(",10,"), 4, ",15,");
    const CliRun changed = f.import("v2.csv", v2);
    CHECK_THAT(changed.out, Catch::Contains("0 inserted, 1 updated, 0 unchanged"));
    CHECK_THAT(f.run({"promo", "show", "P1"}).out, Catch::Contains("Y  15 %"));
    // Rolling back the change gives the first version back exactly (batch 5 is v2).
    REQUIRE(f.run({"rollback", "5"}).code == 0);
    CHECK(f.run({"promo", "show", "P1"}).out == shown_v1);
    CHECK_THAT(shown_v1, Catch::Contains("Y  10 %"));
    // An approved promotion is changed in Uplift, not by a file.
    REQUIRE(f.run({"promo", "submit", "P1"}).code == 0);
    REQUIRE(f.run({"user", "add", "fin", "--role", "FIN"}).code == 0);
    // Approval commits on the tactics' fund, which must exist and have the money.
    const CliRun no_fund = f.run({"promo", "approve", "P1", "--user", "fin"});
    CHECK(no_fund.code == 1);
    CHECK_THAT(no_fund.err, Catch::Contains("fund 'Fund', which does not exist"));
    REQUIRE(f.run({"fund", "create", "Fund"}).code == 0);
    REQUIRE(f.run({"fund", "allocate", "Fund", "100000"}).code == 0);
    REQUIRE(f.run({"promo", "approve", "P1", "--user", "fin"}).code == 0);
    const std::string approved = db_snapshot(f.db);
    const CliRun refused = f.import("v3.csv", v2);
    CHECK(refused.code == 1);
    CHECK_THAT(refused.err, Catch::Contains("line 2, column 'promo_id'"));
    CHECK_THAT(refused.err, Catch::Contains("is approved"));
    CHECK(db_snapshot(f.db) == approved);
}
