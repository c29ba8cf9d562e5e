// The command-line side of issue 6: `demo --csv` writes files that import into a new file as
// the same data, and `report brand-channel` prints its contract columns from the summary.
#include <catch2/catch.hpp>

#include "cli_test_support.h"

using namespace uplift::cli_test;

namespace {

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

std::size_t line_count(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("demo --csv writes import files that load into a new file as the same data",
          "[cli][scale]") {
    CliFile demo("demo-db", "2026-06-30");
    demo.ok({"demo", "--scale", "0.01"});
    TempDir out("demo-csv");
    const CliRun r = run_in_process(
        {"--today", "2026-06-30", "demo", "--scale", "0.01", "--csv", (out / "csv").string()});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("actuals.csv:"));
    CHECK_FALSE(fs::exists(out / "csv" / ".uplift-demo-build.uplift"));  // the scratch file went

    CHECK(first_line(read_bytes(out / "csv" / "actuals.csv")) ==
          "week,account,sku,units,gross_amount,discount_amount");
    CHECK(first_line(read_bytes(out / "csv" / "promotions.csv")) ==
          "promo_id,account,sku,start,end,discount_pct,fixed_cost,planned_units,campaign,status");

    CliFile copy("demo-import", "2026-06-30");
    copy.ok({"init"});
    for (const char* kind :
         {"products", "accounts", "prices", "promotions", "actuals", "targets", "inventory"}) {
        copy.ok({"import", kind, (out / "csv" / (std::string(kind) + ".csv")).string()});
    }
    // Same detail, same summary, same brand x channel report.
    const char* sums =
        "SELECT count(*) || ' ' || sum(units) || ' ' || sum(gross_amount) || ' ' || "
        "sum(ifnull(discount_amount, 0)) FROM v_actuals";
    CHECK(copy.ok({"query", sums}) == demo.ok({"query", sums}));
    CHECK(copy.ok({"report", "brand-channel", "--format", "csv"}) ==
          demo.ok({"report", "brand-channel", "--format", "csv"}));
    const char* targets = "SELECT count(*) || ' ' || sum(units) FROM v_targets";
    CHECK(copy.ok({"query", targets}) == demo.ok({"query", targets}));
    copy.ok({"check"});
}

TEST_CASE("report brand-channel: contract columns, buckets, filters and growth", "[cli][scale]") {
    CliFile f("brand-channel", "2026-06-30");
    f.ok({"init"});
    write_bytes(f.dir / "p.csv",
                "sku,name,brand,category,list_price,unit_cost\nS1,One,Fizz,Drinks,1.00,0.50\n"
                "S2,Two,Crisp,Snacks,2.00,1.00\n");
    write_bytes(f.dir / "a.csv",
                "code,name,channel,region\nA1,One,Grocery,North\nA2,Two,Discount,South\n");
    write_bytes(f.dir / "x.csv",
                "week,account,sku,units,gross_amount,discount_amount\n"
                "2025-03-31,A1,S1,10,10.00,1.50\n"  // Monday in March: counts in March
                "2025-04-07,A1,S1,4,4.00,\n"
                "2025-03-03,A2,S2,1,2.00,\n"
                "2026-03-30,A1,S1,12,12.60,\n");
    f.ok({"import", "products", (f.dir / "p.csv").string()});
    f.ok({"import", "accounts", (f.dir / "a.csv").string()});
    f.ok({"import", "actuals", (f.dir / "x.csv").string()});

    // P1 ran (closed history): 10 % off S1 at A1 in store 31 March – 13 April, fee 5.00. No
    // history before it, so the baseline is 0: incremental = actual = 10 + 4 = 14 units; spend =
    // 10 % × 1.00 × 14 + 5.00 = 6.40; profit = 14 × (1.00 − 0.50) − 6.40 = 0.60; ROI = 9.375 %.
    // It starts in the week of Monday 31 March, so it counts in March: spend rate = 6.40 / 10.00.
    // P2 was only submitted: it spent nothing.
    write_bytes(f.dir / "pr.csv",
                "promo_id,account,sku,start,end,discount_pct,fixed_cost,status\n"
                "P1,A1,S1,2025-03-31,2025-04-13,10,5.00,closed\n"
                "P2,A2,S2,2025-03-03,2025-03-09,20,0,submitted\n");
    f.ok({"import", "promotions", (f.dir / "pr.csv").string()});

    const std::string csv = f.ok({"report", "brand-channel", "--format", "csv"});
    CHECK(csv ==
          "brand,channel,period,gross_sales,units,prior_gross_sales,growth_pct,trade_spend,"
          "spend_rate_pct,roi_pct\n"
          "Crisp,Discount,2025-03,2.00,1,0.00,,0.00,0.00,\n"
          "Fizz,Grocery,2025-03,10.00,10,0.00,,6.40,64.00,9.38\n"
          "Fizz,Grocery,2025-04,4.00,4,0.00,,0.00,0.00,\n"
          "Fizz,Grocery,2026-03,12.60,12,10.00,26.00,0.00,0.00,\n");
    // The promotion's line agrees with report roi.
    CHECK_THAT(f.ok({"report", "roi", "--format", "csv"}),
               Catch::Contains("P1,0.00,14,14.00,6.40,0.60,9.38"));

    // P1's post-event sheet: the 13 baseline weeks (no history: 0) and its two in-store weeks,
    // and the waterfall from the lift's 14.00 of gross sales to the 0.60 of profit.
    const std::string weeks = f.ok({"report", "post-event", "P1", "--format", "csv"});
    CHECK(line_count(weeks) == 1 + 13 + 2);
    CHECK_THAT(weeks, Catch::StartsWith("week,in_store,baseline_units,actual_units,"
                                        "incremental_units\n2024-12-30,no,0.00,0,0.00\n"));
    CHECK_THAT(weeks, Catch::EndsWith("2025-03-24,no,0.00,0,0.00\n2025-03-31,yes,0.00,10,10.00\n"
                                      "2025-04-07,yes,0.00,4,4.00\n"));
    CHECK(f.ok({"report", "post-event", "P1", "--part", "waterfall", "--format", "csv"}) ==
          "step,amount\n"
          "Incremental gross sales,14.00\n"
          "Cost of goods of the lift,-7.00\n"
          "Incremental margin,7.00\n"
          "Discounts and allowances (on every unit),-1.40\n"
          "Fixed fees,-5.00\n"
          "Incremental profit,0.60\n");
    CHECK_THAT(f.ok({"report", "post-event", "P1"}), Catch::Contains("= Incremental profit 0.60."));
    f.refused({"report", "post-event", "P9"}, "unknown promotion 'P9'");
    CHECK(f.run({"report", "post-event", "P1", "--part", "pie"}).code == 2);

    const std::string quarters = f.ok(
        {"report", "brand-channel", "--by", "quarter", "--channel", "Grocery", "--format", "csv"});
    CHECK(line_count(quarters) == 4);  // header + 2025-Q1, 2025-Q2, 2026-Q1
    CHECK_THAT(quarters, Catch::Contains("Fizz,Grocery,2025-Q1,10.00,10,0.00,,6.40,64.00,9.38"));
    CHECK_THAT(quarters, Catch::Contains("Fizz,Grocery,2026-Q1,12.60,12,10.00,26.00,0.00,0.00,"));
    // A category keeps its brands' rows, spend included: Drinks is Fizz, Snacks is Crisp.
    CHECK(f.ok({"report", "brand-channel", "--category", "Drinks", "--format", "csv"}) ==
          "brand,channel,period,gross_sales,units,prior_gross_sales,growth_pct,trade_spend,"
          "spend_rate_pct,roi_pct\n"
          "Fizz,Grocery,2025-03,10.00,10,0.00,,6.40,64.00,9.38\n"
          "Fizz,Grocery,2025-04,4.00,4,0.00,,0.00,0.00,\n"
          "Fizz,Grocery,2026-03,12.60,12,10.00,26.00,0.00,0.00,\n");
    CHECK(line_count(
              f.ok({"report", "brand-channel", "--category", "Snacks", "--format", "csv"})) == 2);
    f.refused({"report", "brand-channel", "--category", "Sweets"}, "unknown category 'Sweets'");
    // A brand or a range without the promotion has no spend.
    CHECK(f.ok({"report", "brand-channel", "--brand", "Fizz", "--from", "2025-04-01", "--format",
                "csv"})
              .find("6.40") == std::string::npos);

    const std::string from =
        f.ok({"report", "brand-channel", "--from", "2026-01-01", "--format", "json"});
    CHECK_THAT(from, Catch::Contains("\"growth_pct\": 26.0"));
    CHECK(f.run({"report", "brand-channel", "--by", "decade"}).code == 2);
    // The same sums through the reporting view of the summary.
    CHECK(f.ok({"query",
                "SELECT brand, sum(units), sum(rows) FROM v_sales_weekly WHERE kind = "
                "'sell_in' GROUP BY brand ORDER BY brand"}) ==
          "brand,sum(units),sum(rows)\nCrisp,1,1\nFizz,26,3\n");
}
