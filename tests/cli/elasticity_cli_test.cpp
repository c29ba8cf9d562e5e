// uplift-cli elasticity: the CSV contract (header, 4-decimal numbers, rows ordered by key),
// the optional used column, JSON and table output, --refresh, and misuse (exit code 2).
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_test_support.h"

namespace uplift::cli_test {

namespace {

// The worked example of docs/formulas.md ("Price elasticity") plus a brand with one price.
fs::path make_elasticity_file(const TempDir& dir) {
    const fs::path db = dir / "elasticity.uplift";
    REQUIRE(run_in_process({"--db", db.string(), "init"}).code == 0);
    write_bytes(dir / "products.csv",
                "sku,name,brand,category,list_price,unit_cost\n"
                "COLA,Fizz Cola,Fizz,Drinks,2.00,0.80\n"
                "CRISP,Crisp Salted,Crisp,Snacks,2.49,1.10\n");
    write_bytes(dir / "accounts.csv",
                "code,name,channel,region\n"
                "A1,Shop One,Retail,North\n");
    write_bytes(dir / "actuals.csv",
                "week,account,sku,units,gross_amount,kind\n"
                "2025-01-06,A1,COLA,90,180.00,sell_in\n"
                "2025-01-13,A1,COLA,110,220.00,sell_in\n"
                "2025-01-20,A1,COLA,150,240.00,sell_in\n"
                "2025-01-27,A1,COLA,170,272.00,sell_in\n"
                "2025-02-03,A1,COLA,0,0.00,sell_in\n"
                "2025-01-06,A1,COLA,500,500.00,sell_out\n"
                "2025-01-06,A1,CRISP,40,99.60,sell_in\n"
                "2025-01-13,A1,CRISP,50,124.50,sell_in\n");
    for (const char* kind : {"products", "accounts", "actuals"}) {
        const CliRun r = run_in_process(
            {"--db", db.string(), "import", kind, (dir / fmt::format("{}.csv", kind)).string()});
        INFO(r.err);
        REQUIRE(r.code == 0);
    }
    return db;
}

}  // namespace

TEST_CASE("elasticity --format csv prints the contract's columns", "[cli][elasticity]") {
    TempDir dir("elasticity");
    const fs::path db = make_elasticity_file(dir);

    CliRun r = run_in_process({"--db", db.string(), "elasticity", "--format", "csv"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out ==
          "scope,key,elasticity,r2,n\n"
          "category,Drinks,2.1200,0.8889,4\n");

    r = run_in_process({"--db", db.string(), "elasticity", "--by", "brand", "--format=csv"});
    REQUIRE(r.code == 0);
    CHECK(r.out ==
          "scope,key,elasticity,r2,n\n"
          "brand,Fizz,2.1200,0.8889,4\n");

    r = run_in_process(
        {"elasticity", "--by", "account-sku", "--format", "csv", "--used", "--db", db.string()});
    REQUIRE(r.code == 0);
    CHECK(r.out ==
          "scope,key,elasticity,r2,n,used\n"
          "account-sku,A1/COLA,2.1200,0.8889,4,2.0000\n");

    // Read-only: nothing is stored without --refresh.
    CHECK(query_text(db, "SELECT count(*) FROM elasticities") == "0");
}

TEST_CASE("elasticity prints JSON and an aligned table", "[cli][elasticity]") {
    TempDir dir("elasticity");
    const fs::path db = make_elasticity_file(dir);

    CliRun r = run_in_process({"--db", db.string(), "elasticity", "--format", "json", "--used"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 1);
    CHECK(j[0]["scope"] == "category");
    CHECK(j[0]["key"] == "Drinks");
    CHECK(j[0]["elasticity"].get<double>() == 2.12);
    CHECK(j[0]["r2"].get<double>() == 0.8889);
    CHECK(j[0]["n"] == 4);
    CHECK(j[0]["used"].get<double>() == 2.0);

    r = run_in_process({"--db", db.string(), "elasticity", "--by", "brand"});
    REQUIRE(r.code == 0);
    CHECK(r.out ==
          "scope  key   elasticity      r2  n\n"
          "brand  Fizz      2.1200  0.8889  4\n");
}

TEST_CASE("elasticity --refresh stores what planning may use", "[cli][elasticity]") {
    TempDir dir("elasticity");
    const fs::path db = make_elasticity_file(dir);
    const CliRun r = run_in_process({"--db", db.string(), "elasticity", "--refresh"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.err == "stored 0 usable estimates for planning\n");  // n = 4 < 26
    CHECK(query_text(db, "SELECT count(*) FROM audit_log WHERE entity = 'elasticities'") == "1");
}

TEST_CASE("elasticity refuses bad options with exit code 2", "[cli][elasticity]") {
    TempDir dir("elasticity");
    const fs::path db = make_elasticity_file(dir);
    const std::string before = db_snapshot(db);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--db", db.string(), "elasticity", "--by", "sku"},
          std::vector<std::string>{"--db", db.string(), "elasticity", "--format", "xml"},
          std::vector<std::string>{"--db", db.string(), "elasticity", "--by"},
          std::vector<std::string>{"--db", db.string(), "elasticity", "extra"}}) {
        const CliRun r = run_in_process(args);
        INFO(args[3]);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK_FALSE(r.err.empty());
    }
    const CliRun r = run_in_process({"--db", db.string(), "elasticity", "--by", "sku"});
    CHECK(r.err == "uplift-cli: --by: 'sku' is not category, brand or account-sku\n");
    // An unknown user is refused (exit 1); nothing changed.
    CHECK(run_in_process({"--db", db.string(), "--user", "nobody", "elasticity"}).code == 1);
    CHECK(db_snapshot(db) == before);
}

}  // namespace uplift::cli_test
