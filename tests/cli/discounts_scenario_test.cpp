// Discount management end to end (issue 7's "done when"): central conditions, an approved
// promotion, discount requests decided through the approval matrix, and actuals with invoice
// discounts give exactly the expected `report unjustified-discounts` rows, to the cent.
// Every expected figure is worked out by hand in the comments from the rule of
// docs/formulas.md ("Entitled discount"), never taken from a run of the code:
//  - a condition or promotion applies to a weekly row when its dates overlap a day of the
//    row's ISO week (ship period for sell-in rows, in-store period for sell-out rows);
//  - % of the row's gross_amount, amount per unit × its units, exact; an exclusive condition
//    replaces the other conditions (the largest exclusive one counts), promotions always add;
//  - flagged when invoiced − entitled > 0.005; printed half away from zero.
//
// Master data: COLA (Fizz, Drinks, 4.99), LEMON (Fizz, Drinks, 2.00), CRISP (Crisp, Snacks,
// 3.00); A1 Retail; A2 Wholesale; A3 Retail below A1.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cli_test_support.h"

namespace uplift::cli_test {

namespace {

constexpr const char* kProducts =
    "sku,name,brand,category,list_price,unit_cost\n"
    "COLA,Fizz Cola,Fizz,Drinks,4.99,2.10\n"
    "LEMON,Fizz Lemon,Fizz,Drinks,2.00,1.20\n"
    "CRISP,Crisp Salted,Crisp,Snacks,3.00,1.50\n";

constexpr const char* kAccounts =
    "code,name,channel,region,parent\n"
    "A1,Shop One,Retail,North,\n"
    "A2,Cash and Carry,Wholesale,South,\n"
    "A3,Shop Three,Retail,South,A1\n";

class DiscountFile : public CliFile {
  public:
    DiscountFile() : CliFile("discounts", "2025-06-02") {
        ok({"init"});
        import("products", kProducts);
        import("accounts", kAccounts);
        ok({"user", "add", "kam", "--role", "KAM"});
        ok({"user", "add", "bea", "--role", "BM"});
        ok({"user", "add", "sam", "--role", "SM"});
        ok({"user", "add", "fin", "--role", "FIN"});
        ok({"user", "add", "sue", "--role", "KAM,SM"});
        ok({"user", "add", "rex", "--role", "REP"});
    }
    void import(const std::string& kind, const std::string& text) {
        const auto file = dir / fmt::format("{}-{}.csv", kind, ++files_);
        write_bytes(file, text);
        ok({"import", kind, file.string()});
    }

  private:
    int files_ = 0;
};

std::vector<std::string> request(const std::string& account, const std::string& skus,
                                 const std::string& pct, const std::string& from,
                                 const std::string& to, const std::string& reason,
                                 const std::string& user) {
    return {"discount", "request", account, skus,       "--pct", pct,      "--from",
            from,       "--to",    to,      "--reason", reason,  "--user", user};
}

}  // namespace

TEST_CASE(
    "conditions, a promotion and decided requests give exactly the expected unjustified "
    "discounts",
    "[discounts][golden]") {
    DiscountFile f;
    // 3 % everyday for Retail (A1 and A3) all year.
    f.ok({"condition", "add", "RETAIL3", "--pct", "3", "--from", "2025-01-01", "--to", "2025-12-31",
          "--channel", "Retail", "--user", "sam"});
    // 0.10 a unit on Fizz for A1 and the accounts below it (A3) in March.
    f.ok({"condition", "add", "FIZZ-UNIT", "--per-unit", "0.10", "--from", "2025-03-01", "--to",
          "2025-03-31", "--brand", "Fizz", "--account", "A1", "--user", "fin"});
    // Wholesale gets 8 %, exclusive, in the first half year; A2's 2 % on CRISP is replaced then.
    f.ok({"condition", "add", "WHOLESALE-EX", "--pct", "8", "--from", "2025-01-01", "--to",
          "2025-06-30", "--channel", "Wholesale", "--exclusive", "--user", "sam"});
    f.ok({"condition", "add", "A2-CRISP", "--pct", "2", "--from", "2025-01-01", "--to",
          "2025-12-31", "--account", "A2", "--sku", "CRISP", "--user", "sam"});
    // A second exclusive one sharing 30 June with WHOLESALE-EX on A2 is refused, naming the
    // clash (first sku in order: COLA); one from 2 July is fine.
    f.refused({"condition", "add", "A2-EX", "--pct", "10", "--from", "2025-06-30", "--to",
               "2025-07-31", "--account", "A2", "--exclusive", "--user", "sam"},
              "clashes with exclusive condition 'WHOLESALE-EX' on account A2 × sku COLA on "
              "2025-06-30");
    f.ok({"condition", "add", "A2-EX", "--pct", "10", "--from", "2025-07-02", "--to", "2025-07-31",
          "--account", "A2", "--exclusive", "--user", "sam"});

    // P1: 20 % on A1 × COLA in store 5–18 May; shipping from 21 April (14 days before).
    // P2 stays a draft: it entitles nothing.
    f.import("promotions",
             "promo_id,account,sku,start,end,discount_pct,fixed_cost,status\n"
             "P1,A1,COLA,2025-05-05,2025-05-18,20,0,submitted\n"
             "P2,A2,LEMON,2025-09-01,2025-09-14,10,0,draft\n");
    f.ok({"promo", "approve", "P1", "--user", "fin"});

    // Requests: 4 % is within the automatic limit (REQ-1); 12 % waits for a sales manager
    // (REQ-2); 20 % needs finance, which rejects it.
    const CliRun r1 =
        f.run(request("A2", "LEMON", "4", "2025-10-01", "2025-10-31", "VOLUME", "kam"));
    REQUIRE(r1.code == 0);
    CHECK(r1.out == "1\n");
    CHECK_THAT(r1.err, Catch::Contains("approved at once"));
    auto req2 = request("A1", "CRISP", "12", "2025-11-03", "2025-11-16", "display", "kam");
    req2.insert(req2.end(), {"--units", "100"});
    CHECK(f.ok(req2) == "2\n");
    auto req3 = request("A1", "LEMON", "20", "2025-12-01", "2025-12-31", "TPR", "kam");
    req3.insert(req3.end(), {"--units", "10"});
    CHECK(f.ok(req3) == "3\n");
    f.refused({"discount", "approve", "3", "--user", "sam"}, "finance decides it");
    f.ok({"discount", "approve", "2", "--user", "sam"});
    f.ok({"discount", "reject", "3", "--reason", "too deep for a listing", "--user", "fin"});
    CHECK(f.ok({"discount", "list", "--format", "csv"}) ==
          "id,account,skus,pct,from,to,reason,status,requested_by,decided_by\n"
          "1,A2,LEMON,4,2025-10-01,2025-10-31,VOLUME,approved,kam,auto\n"
          "2,A1,CRISP,12,2025-11-03,2025-11-16,DISPLAY,approved,kam,sam\n"
          "3,A1,LEMON,20,2025-12-01,2025-12-31,TPR,rejected,kam,fin\n");

    f.import("actuals",
             "week,account,sku,units,gross_amount,discount_amount,kind\n"
             // 3 % × 499.00 = 14.97 + 0.10 × 100 = 10.00 → 24.97: as invoiced.
             "2025-03-03,A1,COLA,100,499.00,24.97,sell_in\n"
             // A3 is below A1: 1.497 + 1.00 = 2.497; 2.50 is only 0.003 more: not flagged.
             "2025-03-10,A3,COLA,10,49.90,2.50,sell_in\n"
             // 3.00 + 5.00 = 8.00; 8.01 is a cent more: flagged.
             "2025-03-17,A3,LEMON,50,100.00,8.01,sell_in\n"
             // The week of Monday 31 March still holds FIZZ-UNIT's last day: 1.20 + 2.00.
             "2025-03-31,A1,LEMON,20,40.00,3.20,sell_in\n"
             // A week later only RETAIL3 applies: 1.20; 2.00 too much.
             "2025-04-07,A1,LEMON,20,40.00,3.20,sell_in\n"
             // Exclusive 8 % = 24.00 replaces A2-CRISP's 2 %; 30.00 invoiced: 6.00 too much.
             "2025-02-03,A2,CRISP,100,300.00,30.00,sell_in\n"
             // The week of 30 June: WHOLESALE-EX (8 %, 24.00) and A2-EX (10 %, 30.00) both
             // touch it; the largest exclusive counts: 30.00 as invoiced.
             "2025-06-30,A2,CRISP,100,300.00,30.00,sell_in\n"
             // Nothing applies to A2 × COLA in August.
             "2025-08-04,A2,COLA,10,49.90,1.00,sell_in\n"
             // P1 and RETAIL3 on the same row: 199.60 + 29.94 = 229.54.
             "2025-05-05,A1,COLA,200,998.00,229.54,sell_in\n"
             // Shipped before the in-store start, inside the ship period: P1's 20 % = 149.70
             // + 22.455 = 172.155; 172.16 is 0.005 more: not flagged.
             "2025-04-21,A1,COLA,150,748.50,172.16,sell_in\n"
             // The week after the ship and in-store periods: RETAIL3 only, 14.97.
             "2025-05-19,A1,COLA,100,499.00,99.80,sell_in\n"
             // Sell-out follows the in-store period, which the week of 21 April misses:
             // RETAIL3's 11.976 only; 79.84 − 11.976 = 67.864.
             "2025-04-21,A1,COLA,80,399.20,79.84,sell_out\n"
             // P2 is a draft.
             "2025-09-01,A2,LEMON,30,60.00,6.00,sell_in\n"
             // REQ-1's 4 % of 100.00.
             "2025-10-06,A2,LEMON,50,100.00,4.00,sell_in\n"
             // REQ-2's 12 % + RETAIL3's 3 % of 30.00 = 4.50.
             "2025-11-03,A1,CRISP,10,30.00,4.50,sell_in\n"
             // After REQ-2's dates: RETAIL3's 0.90 only.
             "2025-11-17,A1,CRISP,10,30.00,4.50,sell_in\n"
             // The rejected 20 %: RETAIL3's 0.60 only.
             "2025-12-01,A1,LEMON,10,20.00,4.00,sell_in\n"
             // No discount invoiced, or none given: never flagged.
             "2025-12-08,A2,COLA,10,49.90,0,sell_in\n"
             "2025-12-15,A2,COLA,10,49.90,,sell_in\n");

    const std::string expected =
        "week,account,sku,invoiced_discount,entitled_discount,excess,reason\n"
        "2025-02-03,A2,CRISP,30.00,24.00,6.00,exceeds_entitlement\n"
        "2025-03-17,A3,LEMON,8.01,8.00,0.01,exceeds_entitlement\n"
        "2025-04-07,A1,LEMON,3.20,1.20,2.00,exceeds_entitlement\n"
        "2025-04-21,A1,COLA,79.84,11.98,67.86,exceeds_entitlement\n"
        "2025-05-19,A1,COLA,99.80,14.97,84.83,exceeds_entitlement\n"
        "2025-08-04,A2,COLA,1.00,0.00,1.00,no_entitlement\n"
        "2025-09-01,A2,LEMON,6.00,0.00,6.00,no_entitlement\n"
        "2025-11-17,A1,CRISP,4.50,0.90,3.60,exceeds_entitlement\n"
        "2025-12-01,A1,LEMON,4.00,0.60,3.40,exceeds_entitlement\n";
    CHECK(f.ok({"report", "unjustified-discounts", "--format", "csv"}) == expected);

    SECTION("sums by reason, account and month, and filters") {
        CHECK(f.ok({"report", "unjustified-discounts", "--by", "reason", "--format", "csv"}) ==
              "reason,rows,invoiced_discount,entitled_discount,excess\n"
              "exceeds_entitlement,7,229.35,61.65,167.70\n"
              "no_entitlement,2,7.00,0.00,7.00\n");
        CHECK(f.ok({"report", "unjustified-discounts", "--by", "all", "--account", "A2", "--format",
                    "csv"}) ==
              "account,reason,month,rows,invoiced_discount,entitled_discount,excess\n"
              "A2,exceeds_entitlement,2025-02,1,30.00,24.00,6.00\n"
              "A2,no_entitlement,2025-08,1,1.00,0.00,1.00\n"
              "A2,no_entitlement,2025-09,1,6.00,0.00,6.00\n");
        // For Russian Excel: a byte-order mark, ';' and decimal commas, the same figures.
        CHECK(f.ok({"report", "unjustified-discounts", "--by", "reason", "--format", "csv",
                    "--csv-dialect", "excel-ru"}) ==
              "\xEF\xBB\xBFreason;rows;invoiced_discount;entitled_discount;excess\n"
              "exceeds_entitlement;7;229,35;61,65;167,70\n"
              "no_entitlement;2;7,00;0,00;7,00\n");
        f.refused({"report", "unjustified-discounts", "--format", "csv", "--csv-dialect", "tsv"},
                  "not plain, excel or excel-ru", 2);
        // A1 and its child A3 only, in the second half of April.
        CHECK(f.ok({"report", "unjustified-discounts", "--account", "A1", "--from", "2025-04-15",
                    "--to", "2025-04-30", "--format", "csv"}) ==
              "week,account,sku,invoiced_discount,entitled_discount,excess,reason\n"
              "2025-04-21,A1,COLA,79.84,11.98,67.86,exceeds_entitlement\n");
        CHECK(f.ok({"report", "unjustified-discounts", "--by", "month", "--reason",
                    "no_entitlement", "--format", "csv"}) ==
              "month,rows,invoiced_discount,entitled_discount,excess\n"
              "2025-08,1,1.00,0.00,1.00\n"
              "2025-09,1,6.00,0.00,6.00\n");
    }
    SECTION("a condition entered later justifies rows after the fact") {
        f.ok({"condition", "add", "A2-AUTUMN", "--pct", "10", "--from", "2025-08-01", "--to",
              "2025-09-30", "--account", "A2", "--user", "fin"});
        const std::string now = f.ok({"report", "unjustified-discounts", "--format", "csv"});
        CHECK(now.find("no_entitlement") == std::string::npos);
        // 10 % of 49.90 = 4.99 ≥ 1.00; 10 % of 60.00 = 6.00 = 6.00.
        CHECK(now.find("2025-08-04") == std::string::npos);
        CHECK(now.find("2025-09-01") == std::string::npos);
    }
    SECTION("the conditions as listed") {
        CHECK(f.ok({"condition", "list", "--format", "csv"}) ==
              "name,pct,per_unit,from,to,channel,account,brand,category,skus,stacking,reason,"
              "request_id\n"
              "A2-CRISP,2,,2025-01-01,2025-12-31,,A2,,,CRISP,cumulative,,\n"
              "A2-EX,10,,2025-07-02,2025-07-31,,A2,,,,exclusive,,\n"
              "FIZZ-UNIT,,0.10,2025-03-01,2025-03-31,,A1,Fizz,,,cumulative,,\n"
              "REQ-1,4,,2025-10-01,2025-10-31,,A2,,,LEMON,cumulative,VOLUME,1\n"
              "REQ-2,12,,2025-11-03,2025-11-16,,A1,,,CRISP,cumulative,DISPLAY,2\n"
              "RETAIL3,3,,2025-01-01,2025-12-31,Retail,,,,,cumulative,,\n"
              "WHOLESALE-EX,8,,2025-01-01,2025-06-30,Wholesale,,,,,exclusive,,\n");
    }
}

TEST_CASE("discount requests are routed by the matrix and decided by the right roles only",
          "[discounts]") {
    DiscountFile f;
    // Rights to request: KAM and BM yes; SM and REP no.
    CHECK(f.ok(request("A1", "COLA", "10", "2025-07-01", "2025-07-31", "TPR", "kam")) == "1\n");
    CHECK(f.ok(request("A1", "LEMON", "16", "2025-07-01", "2025-07-31", "TPR", "bea")) == "2\n");
    f.refused(request("A1", "COLA", "3", "2025-07-01", "2025-07-31", "TPR", "sam"),
              "may not request discounts");
    f.refused(request("A1", "COLA", "3", "2025-07-01", "2025-07-31", "TPR", "rex"),
              "may not request discounts");
    // Hostile input: each refused with a message naming the field, nothing stored.
    f.refused(request("ZZ", "COLA", "3", "2025-07-01", "2025-07-31", "TPR", "kam"),
              "unknown account 'ZZ'");
    f.refused(request("A1", "COLA,NOPE", "3", "2025-07-01", "2025-07-31", "TPR", "kam"),
              "unknown sku 'NOPE'");
    f.refused(request("A1", "COLA", "3", "2025-07-01", "2025-07-31", "BRIBE", "kam"),
              "unknown reason code 'BRIBE'");
    f.refused(request("A1", "COLA", "0", "2025-07-01", "2025-07-31", "TPR", "kam"),
              "above 0 and at most 100");
    f.refused(request("A1", "COLA", "3", "2025-07-31", "2025-07-01", "TPR", "kam"), "is before");
    f.refused(request("A1", "COLA", "3", "2025-07-01", "2025-07-31x", "TPR", "kam"),
              "is not a date", 2);

    // A KAM may not decide; the requester may not decide even holding SM (sue); Admin neither.
    f.refused({"discount", "approve", "1", "--user", "kam"}, "nobody decides");
    f.refused({"discount", "approve", "2", "--user", "kam"}, "may not decide discount requests");
    CHECK(f.ok(request("A2", "COLA", "10", "2025-07-01", "2025-07-31", "TPR", "sue")) == "3\n");
    f.refused({"discount", "approve", "3", "--user", "sue"}, "nobody decides");
    CHECK(f.ok(request("A2", "LEMON", "10", "2025-07-01", "2025-07-31", "TPR", "admin")) == "4\n");
    f.refused({"discount", "approve", "4"}, "nobody decides");
    // SM decides up to 15 %, not the 16 % of request 2; finance decides anything.
    f.ok({"discount", "approve", "1", "--user", "sam"});
    f.refused({"discount", "approve", "2", "--user", "sam"}, "finance decides it");
    f.ok({"discount", "approve", "2", "--user", "fin"});
    f.refused({"discount", "reject", "2", "--user", "fin"}, "approved already");
    f.ok({"discount", "approve", "4", "--user", "sue"});
    // The requester withdraws; nobody else may.
    f.refused({"discount", "withdraw", "3", "--user", "kam"}, "only sue");
    f.ok({"discount", "withdraw", "3", "--user", "sue"});
    CHECK(f.ok({"discount", "list", "--status", "approved", "--format", "csv"}) ==
          "id,account,skus,pct,from,to,reason,status,requested_by,decided_by\n"
          "1,A1,COLA,10,2025-07-01,2025-07-31,TPR,approved,kam,sam\n"
          "2,A1,LEMON,16,2025-07-01,2025-07-31,TPR,approved,bea,fin\n"
          "4,A2,LEMON,10,2025-07-01,2025-07-31,TPR,approved,admin,sue\n");

    SECTION("value thresholds route a cheap depth to a sales manager once they are set") {
        f.refused({"discount", "matrix", "--auto-value", "50", "--user", "sam"},
                  "may not change the discount approval matrix");
        f.ok({"discount", "matrix", "--auto-value", "50"});
        // 5 % of 4.99 × 300 units = 74.85 > 50.00: a sales manager decides.
        auto big = request("A1", "COLA", "5", "2025-08-01", "2025-08-31", "VOLUME", "kam");
        big.insert(big.end(), {"--units", "300"});
        CHECK(f.ok(big) == "5\n");
        // 5 % of 4.99 × 200 = 49.90: approved at once.
        auto small = request("A1", "COLA", "5", "2025-09-01", "2025-09-30", "VOLUME", "kam");
        small.insert(small.end(), {"--units", "200"});
        CHECK(f.ok(small) == "6\n");
        const std::string pending =
            f.ok({"discount", "list", "--status", "pending", "--format", "csv"});
        CHECK_THAT(pending, Catch::Contains("\n5,A1,COLA,5,"));
        CHECK_THAT(pending, !Catch::Contains("\n6,"));
    }
    SECTION("report discounts by depth band and by reason") {
        CHECK(f.ok({"report", "discounts", "--by", "depth", "--format", "csv"}) ==
              "depth,requests,pending,approved,rejected,withdrawn,requested_value,"
              "approved_value,avg_approved_pct\n"
              "5-10,3,0,2,0,1,0.00,0.00,10.00\n"
              "15-25,1,0,1,0,0,0.00,0.00,16.00\n");
    }
}

TEST_CASE("an approved request of a promotion becomes a tactic of it", "[discounts]") {
    DiscountFile f;
    f.import("promotions",
             "promo_id,account,sku,start,end,discount_pct,fixed_cost,status\n"
             "P9,A1,COLA,2025-07-07,2025-07-20,10,0,submitted\n"
             "P9,A1,LEMON,2025-07-07,2025-07-20,10,0,submitted\n");
    f.ok({"promo", "approve", "P9", "--user", "fin"});
    f.refused({"discount", "request", "A2", "COLA", "--pct", "8", "--from", "2025-07-07", "--to",
               "2025-07-20", "--reason", "FEATURE", "--promo", "P9", "--user", "kam"},
              "is not for account A2");
    f.refused({"discount", "request", "A1", "CRISP", "--pct", "8", "--from", "2025-07-07", "--to",
               "2025-07-20", "--reason", "FEATURE", "--promo", "P9", "--user", "kam"},
              "sku CRISP is not a line of promotion P9");
    CHECK(f.ok({"discount", "request", "A1", "COLA", "--pct", "8", "--from", "2025-07-01", "--to",
                "2025-07-13", "--reason", "FEATURE", "--promo", "P9", "--user", "kam"}) == "1\n");
    f.ok({"discount", "approve", "1", "--user", "sam"});
    // No condition: a discount_pct tactic of 8 % on the COLA line over 7–13 July (the days the
    // request shares with the in-store period).
    CHECK(f.ok({"condition", "list", "--format", "csv"}).find("REQ-1") == std::string::npos);
    db::Connection conn = db::Connection::open(f.db, db::OpenMode::ReadOnly);
    db::Statement s(conn,
                    "SELECT t.label, tt.value, tt.valid_from, tt.valid_to, pr.sku "
                    "FROM tactics t JOIN promotions p ON p.scenario_id = t.scenario_id "
                    "JOIN tactic_terms tt ON tt.tactic_id = t.id "
                    "JOIN promotion_lines l ON l.id = tt.line_id "
                    "JOIN products pr ON pr.id = l.product_id WHERE p.code = 'P9' "
                    "AND t.label = 'REQ-1'");
    REQUIRE(s.step());
    CHECK(s.get_int(1) == 80'000);
    CHECK(s.get_text(2) == "2025-07-07");
    CHECK(s.get_text(3) == "2025-07-13");
    CHECK(s.get_text(4) == "COLA");
    CHECK_FALSE(s.step());
}

}  // namespace uplift::cli_test
