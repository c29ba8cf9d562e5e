// Targets through uplift-cli (issue 5): the exact CSV of `target list`, `target disaggregate`
// in last year's proportions with locks and a dry run equal to the save, and `report targets`
// against hand arithmetic (plan = baseline + approved promotions, WAPE, bias, stock-out).
#include <catch2/catch.hpp>

#include "cli_test_support.h"

namespace {

using namespace uplift::cli_test;

struct TargetsFile : CliFile {
    TargetsFile() : CliFile("targets", "2025-04-02") {
        write_bytes(dir / "p.csv",
                    "sku,name,brand,category,list_price,unit_cost\n"
                    "X,Cola,Fizz,Drinks,2.00,1.00\nY,Chips,Crisp,Snacks,1.00,0.50\n");
        write_bytes(dir / "a.csv",
                    "code,name,channel,region,parent,rep\n"
                    "A,Shop A,Super,North,,ann\nB,Shop B,Super,North,,bob\n"
                    "C,Shop C,Cash,South,,bob\n");
        // March 2024 (the basis) and the weeks before and in March 2025.
        write_bytes(dir / "x.csv",
                    "week,account,sku,units,gross_amount\n"
                    "2024-03-04,A,X,100,200.00\n2024-03-11,B,X,300,600.00\n"
                    "2024-03-18,C,Y,50,50.00\n"
                    "2025-01-06,A,X,10,20.00\n2025-01-13,A,X,10,20.00\n"
                    "2025-02-03,A,X,10,20.00\n2025-03-03,A,X,30,60.00\n"
                    "2025-03-10,A,X,10,20.00\n");
        for (const auto& args :
             std::vector<std::vector<std::string>>{{"init"},
                                                   {"import", "products", (dir / "p.csv").string()},
                                                   {"import", "accounts", (dir / "a.csv").string()},
                                                   {"import", "actuals", (dir / "x.csv").string()},
                                                   {"user", "add", "sam", "--role", "SM"},
                                                   {"user", "add", "fin", "--role", "FIN"}}) {
            ok(args);
        }
    }
};

}  // namespace

TEST_CASE("target disaggregate splits in last year's proportions, exactly, with locks",
          "[targets]") {
    TargetsFile f;
    const std::vector<std::string> split{"target",  "disaggregate", "2025-03", "--units", "1000",
                                         "--value", "5000",         "--user",  "sam"};
    std::vector<std::string> dry = split;
    dry.push_back("--dry-run");
    const std::string before = db_snapshot(f.db);
    const std::string preview = f.ok(dry);
    CHECK(db_snapshot(f.db) == before);
    // Units 100 : 300 : 50 of 450; value 200 : 600 : 50 of 850 (1176.470 + 3529.411 + 294.117:
    // the last cent goes to the largest remainder, C).
    CHECK(preview ==
          "period,account,brand,units,value,locked\n"
          "2025-03,A,Fizz,222,1176.47,0\n"
          "2025-03,B,Fizz,667,3529.41,0\n"
          "2025-03,C,Crisp,111,294.12,0\n");
    CHECK(f.ok(split) == preview);
    CHECK(f.ok({"target", "list", "--format", "csv"}) ==
          "period,account,brand,units,value\n"
          "2025-03,A,Fizz,222,1176.47\n"
          "2025-03,B,Fizz,667,3529.41\n"
          "2025-03,C,Crisp,111,294.12\n");
    CHECK(f.ok({"target", "disaggregate", "2025-03", "--units", "1000", "--value", "5000",
                "--level", "division", "--dry-run", "--user", "sam"}) ==
          "period,division,units,value\n2025-03,North,889,4705.88\n2025-03,South,111,294.12\n");
    // A locked pair keeps its target; the rest follows the shares of the others.
    f.ok({"target", "set", "2025-03", "B", "Fizz", "--units", "500", "--value", "1000", "--user",
          "sam"});
    f.ok({"target", "disaggregate", "2025-03", "--units", "1000", "--value", "5000", "--lock",
          "B:Fizz", "--user", "sam"});
    // 500 units and 4,000.00 over A Fizz (100 units, 200.00) and C Crisp (50, 50.00).
    CHECK(f.ok({"target", "list", "2025-03", "--rep", "bob", "--format", "csv"}) ==
          "period,account,brand,units,value\n"
          "2025-03,B,Fizz,500,1000.00\n"
          "2025-03,C,Crisp,167,800.00\n");
    f.refused({"target", "disaggregate", "2025-03", "--units", "10", "--value", "5000", "--lock",
               "B:Fizz", "--user", "sam"},
              "are more than the total");
    f.refused(
        {"target", "disaggregate", "2025-03", "--units", "10", "--value", "5", "--user", "fin"},
        "may not");
    f.refused(
        {"target", "set", "2025-3", "A", "Fizz", "--units", "1", "--value", "1", "--user", "sam"},
        "'2025-3' is not a period");
    f.refused(
        {"target", "set", "2025-03", "A", "Fizz", "--units", "x", "--value", "1", "--user", "sam"},
        "--units", 2);
}

TEST_CASE("report targets: plan = baseline + approved promotions, WAPE, bias, stock-out",
          "[targets]") {
    TargetsFile f;
    f.ok({"target", "set", "2025-03", "A", "Fizz", "--units", "200", "--value", "400", "--user",
          "sam"});
    write_bytes(f.dir / "pr.csv",
                "promo_id,account,sku,start,end,discount_pct,fixed_cost,planned_units\n"
                "P1,A,X,2025-03-03,2025-03-09,20,0,100\n");
    f.ok({"import", "promotions", (f.dir / "pr.csv").string()});
    f.ok({"promo", "submit", "P1"});
    f.ok({"promo", "approve", "P1", "--user", "fin"});
    write_bytes(f.dir / "inv.csv", "date,sku,units\n2025-02-20,X,50\n");
    f.ok({"import", "inventory", (f.dir / "inv.csv").string()});
    // Baseline: 10 a week (the three weeks with rows among the 13 before 3 March) x 5 March
    // weeks = 50; P1 plans 100 units over a baseline of 10: +90. Plan 140 units at the recent
    // 2.00 a unit = 280.00. Actual 40 units, 80.00: attainment 80 / 400 = 20 %, WAPE
    // |40 - 140| / 40 = 250 %, bias (140 - 40) / 40 = 250 %. P1 plans 100 units against an
    // inventory of 50 in its ship period: one promotion at risk.
    CHECK(f.ok({"report", "targets", "--format", "csv"}) ==
          "period,account,brand,rep,target_units,target_value,topdown_units,topdown_value,"
          "plan_units,plan_value,actual_units,actual_value,attainment_pct,wape_pct,bias_pct,"
          "stockout_promotions\n"
          "2025-03,A,Fizz,ann,200,400.00,200,400.00,140.00,280.00,40,80.00,20.00,250.00,250.00,"
          "1\n");
    CHECK_THAT(f.ok({"report", "targets"}),
               Catch::Contains("P1 A X: planned 100.00 in 2025-02-17..2025-03-09, inventory 50 "
                               "on 2025-02-20"));
    // June lies after the last actuals (10 March): its baseline is that of the 13 weeks up to
    // then, leaving out P1's week: 10 a week x 5 June Mondays = 50 units at 2.00.
    f.ok({"target", "set", "2025-06", "A", "Fizz", "--units", "60", "--value", "120", "--user",
          "sam"});
    CHECK_THAT(f.ok({"report", "targets", "--period", "2025-06", "--format", "csv"}),
               Catch::Contains("\n2025-06,A,Fizz,ann,60,120.00,60,120.00,50.00,100.00,0,0.00,"
                               "0.00,,,0\n"));
    CHECK_THAT(f.ok({"report", "targets", "--by", "rep", "--format", "csv"}),
               // Both targets: |40 - 140| + |0 - 50| = 150 over 40 sold = 375 %.
               Catch::Contains("\nann,260,520.00,260,520.00,190.00,380.00,40,80.00,15.38,375.00,"
                               "375.00,1\n"));
}
