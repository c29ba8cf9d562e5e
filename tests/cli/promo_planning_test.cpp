// The planned P&L of SPEC §3 on the published planning vector: price 4.99, unit cost 2.10,
// baseline 5,000 units a week, 25 % off for two weeks, a 2.0x uplift.
#include <catch2/catch.hpp>

#include "cli_test_support.h"

namespace {

using namespace uplift::cli_test;

struct VectorFile {
    TempDir dir{"promo-plan"};
    std::string db = (dir / "v.uplift").string();

    VectorFile() {
        write_bytes(dir / "p.csv",
                    "sku,name,brand,category,list_price,unit_cost\nX,Cola,Fizz,Drinks,4.99,2.10\n");
        write_bytes(dir / "a.csv", "code,name,channel,region\nA,Shop,Super,North\n");
        // 13 weeks of 5,000 units before Monday 2025-04-07.
        std::string actuals = "week,account,sku,units,gross_amount\n";
        const char* mondays[] = {"2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27",
                                 "2025-02-03", "2025-02-10", "2025-02-17", "2025-02-24",
                                 "2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24",
                                 "2025-03-31"};
        for (const char* m : mondays) {
            actuals += fmt::format("{},A,X,5000,24950.00\n", m);
        }
        write_bytes(dir / "x.csv", actuals);
        write_bytes(dir / "promo.csv",
                    "promo_id,account,sku,start,end,discount_pct,fixed_cost,planned_units\n"
                    "PV,A,X,2025-04-07,2025-04-20,25,0,20000\n");
        for (const auto& args : std::vector<std::vector<std::string>>{
                 {"init"},
                 {"import", "products", (dir / "p.csv").string()},
                 {"import", "accounts", (dir / "a.csv").string()},
                 {"import", "actuals", (dir / "x.csv").string()},
                 {"import", "promotions", (dir / "promo.csv").string()}}) {
            run(args);
        }
    }
    std::string run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        const CliRun r = run_in_process(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
        return r.out;
    }
};

}  // namespace

TEST_CASE("the published planning vector: spend, incremental profit, ROI, break-even lift",
          "[promo][planning]") {
    VectorFile f;
    // A manual forecast of 20,000 units over two weeks is the 2.0x uplift on 5,000 a week.
    // spend = 20,000 x 4.99 x 25 % = 24,950.00; incremental = 10,000 x (4.99 - 2.10) = 28,900.00
    // minus spend = 3,950.00; ROI = 3,950 / 24,950 = 15.83 %; break-even lift =
    // 2.89 / (2.89 - 1.2475) = 1.7595 -> 1.76x.
    const std::string out = f.run({"promo", "simulate", "PV"});
    CHECK_THAT(out,
               Catch::Contains("X,5000.00,manual,20000.00,99800.00,24950.00,10000.00,3950.00"));
    CHECK_THAT(out, Catch::Contains("trade spend 24950.00"));
    CHECK_THAT(out, Catch::Contains("incremental profit 3950.00"));
    CHECK_THAT(out, Catch::Contains("ROI 15.83%"));
    CHECK_THAT(out, Catch::Contains("break-even lift 1.76x"));
    // gross 99,800.00 - spend 24,950.00 = net 74,850.00; COGS 42,000.00; margin 32,850.00.
    CHECK_THAT(out, Catch::Contains("net sales 74850.00, COGS 42000.00, gross margin 32850.00"));
}

TEST_CASE("without a forecast the model lifts the baseline by (1 - d)^-e", "[promo][planning]") {
    VectorFile f;
    f.run({"promo", "forecast", "PV", "--sku", "X", "model"});
    // e = the default 2.0 (no estimate stored): lift = 0.75^-2 = 1.777778 (6 decimals),
    // planned = 10,000 x 1.777778 = 17,777.78 units; spend = 17,777.78 x 1.2475 = 22,177.78.
    const std::string out = f.run({"promo", "simulate", "PV"});
    CHECK_THAT(out, Catch::Contains("X,5000.00,1.7778,17777.78"));
    CHECK_THAT(out, Catch::Contains("trade spend 22177.78"));
    // A deeper discount lifts more but costs more: the P&L follows the new depth at once.
    f.run({"promo", "depth", "PV", "30"});
    CHECK_THAT(f.run({"promo", "simulate", "PV"}), Catch::Contains("X,5000.00,2.0408,20408.16"));
}

TEST_CASE("tactics of every kind: an off-invoice allowance spans the ship period",
          "[promo][planning]") {
    VectorFile f;
    f.run({"promo", "tactic", "PV", "off_invoice", "0.10", "--fund", "Trade"});
    f.run({"promo", "tactic", "PV", "fixed_fee", "500", "--lift", "1.2"});
    const std::string show = f.run({"promo", "show", "PV"});
    // Ship period: 14 days before the in-store start to its end.
    CHECK_THAT(show, Catch::Contains("off_invoice on fund Trade (version 1)"));
    CHECK_THAT(show, Catch::Contains("2025-03-24 to 2025-04-20  all lines  0.10"));
    CHECK_THAT(show, Catch::Contains("fixed_fee on fund - (version 1)"));
    // Planned spend: 20,000 x (1.2475 + 0.10) + 500.00 = 27,450.00.
    CHECK_THAT(f.run({"promo", "simulate", "PV"}), Catch::Contains("trade spend 27450.00"));
    const CliRun bad = run_in_process({"--db", f.db, "promo", "tactic", "PV", "coupon", "1"});
    CHECK(bad.code == 2);
}
