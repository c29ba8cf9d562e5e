// report pivot and report pivots: golden CSV on small fixed data, worked out by hand.
//
// Products COLA, LEMON (Fizz) and CRISP (Crisp); accounts A1 (Retail, North), A2 (Wholesale,
// South). Sell-in rows (week, account, sku, units, gross):
//   2025-01-06 A1 COLA 10 0.10    2025-02-03 A2 COLA  4 12.34
//   2025-01-06 A1 LEMON 5 0.20    2025-02-03 A1 CRISP 2  1.01
// Brand × month of gross (v_sales_weekly): Crisp: 2025-02 1.01; Fizz: 2025-01 0.10 + 0.20 =
// 0.30, 2025-02 12.34 → 12.64; totals 2025-01 0.30, 2025-02 13.35, all 13.65.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_test_support.h"

namespace uplift::cli_test {

namespace {

class PivotFile {
  public:
    PivotFile() : dir_("pivot-cli"), db_(dir_ / "pivot.uplift") {
        REQUIRE(run({"init"}).code == 0);
        import("products",
               "sku,name,brand,category,list_price,unit_cost\n"
               "COLA,Cola,Fizz,Drinks,1.00,0.50\nLEMON,Lemon,Fizz,Drinks,1.00,0.50\n"
               "CRISP,Crisp,Crisp,Snacks,1.00,0.50\n");
        import("accounts",
               "code,name,channel,region\nA1,Shop One,Retail,North\n"
               "A2,Cash and Carry,Wholesale,South\n");
        import("actuals",
               "week,account,sku,units,gross_amount\n"
               "2025-01-06,A1,COLA,10,0.10\n2025-01-06,A1,LEMON,5,0.20\n"
               "2025-02-03,A2,COLA,4,12.34\n2025-02-03,A1,CRISP,2,1.01\n");
        REQUIRE(run({"user", "add", "bm1", "--role", "BM"}).code == 0);
        REQUIRE(run({"user", "add", "kam1", "--role", "KAM"}).code == 0);
    }

    CliRun run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db_.string()});
        return run_in_process(args);
    }

    void import(const std::string& kind, const std::string& text) {
        const fs::path file = dir_ / fmt::format("{}.csv", kind);
        write_bytes(file, text);
        const CliRun r = run({"import", kind, file.string()});
        INFO(r.err);
        REQUIRE(r.code == 0);
    }

    const fs::path& db() const { return db_; }
    const TempDir& dir() const { return dir_; }

  private:
    TempDir dir_;
    fs::path db_;
};

}  // namespace

TEST_CASE("report pivot --format csv prints the hand-computed cells", "[cli][pivot]") {
    PivotFile f;
    const CliRun r =
        f.run({"report", "pivot", "--source", "v_sales_weekly", "--rows", "brand", "--columns",
               "month", "--values", "sum:gross_amount", "--format", "csv"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    // The Total column is data; the Total row (screen and PDF) is not in the CSV contract.
    CHECK(r.out ==
          "brand,2025-01,2025-02,Total\n"
          "Crisp,,1.01,1.01\n"
          "Fizz,0.30,12.34,12.64\n");

    // The PDF has the Total row after the rows.
    const fs::path pdf = f.dir() / "pivot.pdf";
    const CliRun p =
        f.run({"report", "pivot", "--source", "v_sales_weekly", "--rows", "brand", "--columns",
               "month", "--values", "sum:gross_amount", "--format", "pdf", "-o", pdf.string()});
    INFO(p.err);
    REQUIRE(p.code == 0);
    if (std::system("command -v pdftotext >/dev/null 2>&1") == 0) {
        const fs::path txt = f.dir() / "pivot.txt";
        REQUIRE(std::system(
                    fmt::format("pdftotext -layout -enc UTF-8 {} {}", pdf.string(), txt.string())
                        .c_str()) == 0);
        const std::string text = read_bytes(txt);
        CHECK(text.find("13.65") != std::string::npos);
        CHECK(text.find("Total") < text.find("13.65"));
        CHECK(text.find("Fizz") < text.find("13.65"));
    }

    // Two values, a filter and no totals; the Russian Excel dialect.
    const CliRun ru = f.run({"report", "pivot", "--source", "v_actuals", "--rows", "account,brand",
                             "--values", "sum:units,avg:gross_amount", "--where", "brand=Fizz",
                             "--no-totals", "--format", "csv", "--csv-dialect", "excel-ru"});
    INFO(ru.err);
    REQUIRE(ru.code == 0);
    // A1 Fizz: 10 + 5 units, (0.10 + 0.20) / 2 = 0.15; A2 Fizz: 4, 12.34.
    CHECK(ru.out ==
          "\xEF\xBB\xBF"
          "account;brand;sum_units;avg_gross_amount\n"
          "A1;Fizz;15;0,15\n"
          "A2;Fizz;4;12,34\n");
}

TEST_CASE("report pivot refuses bad fields and misuse, and changes nothing", "[cli][pivot]") {
    PivotFile f;
    const std::string before = db_snapshot(f.db());
    const CliRun bad = f.run({"report", "pivot", "--source", "v_actuals", "--rows", "colour",
                              "--values", "sum:units", "--save", "x"});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("'colour' is not a dimension of v_actuals") != std::string::npos);
    const CliRun agg =
        f.run({"report", "pivot", "--source", "v_actuals", "--rows", "brand", "--values", "units"});
    CHECK(agg.code == 1);
    CHECK(agg.err.find("AGGREGATE:MEASURE") != std::string::npos);
    const CliRun missing = f.run({"report", "pivot", "--source", "v_actuals", "--rows", "brand"});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("--values") != std::string::npos);
    CHECK(db_snapshot(f.db()) == before);
}

TEST_CASE("report pivot --save, --layout and report pivots", "[cli][pivot]") {
    PivotFile f;
    const CliRun saved =
        f.run({"--user", "bm1", "report", "pivot", "--source", "v_sales_weekly", "--rows", "brand",
               "--values", "sum:units", "--save", "Units by brand", "--format", "csv"});
    INFO(saved.err);
    REQUIRE(saved.code == 0);
    CHECK(saved.out == "brand,sum_units\nCrisp,2\nFizz,19\n");
    CHECK(saved.err.find("created saved pivot 'Units by brand'") != std::string::npos);

    // Reopened, with one part replaced.
    const CliRun again = f.run({"--user", "bm1", "report", "pivot", "--layout", "Units by brand",
                                "--rows", "region", "--format", "csv"});
    INFO(again.err);
    REQUIRE(again.code == 0);
    CHECK(again.out == "region,sum_units\nNorth,17\nSouth,4\n");

    const CliRun list = f.run({"--user", "bm1", "report", "pivots", "--format", "csv"});
    REQUIRE(list.code == 0);
    CHECK(list.out.find("Units by brand,bm1,v_sales_weekly: rows brand; values sum_units,") !=
          std::string::npos);
    CHECK(f.run({"--user", "kam1", "report", "pivots", "--format", "csv"}).out ==
          "name,owner,layout,updated_at\n");

    // kam1 can neither run nor delete bm1's layout.
    const CliRun other = f.run(
        {"--user", "kam1", "report", "pivots", "--delete", "Units by brand", "--owner", "bm1"});
    CHECK(other.code == 1);
    CHECK(other.err.find("kam1 cannot delete bm1's saved pivots") != std::string::npos);
    CHECK(f.run({"--user", "kam1", "report", "pivot", "--layout", "Units by brand"}).code == 1);

    const CliRun del = f.run({"--user", "bm1", "report", "pivots", "--delete", "Units by brand"});
    CHECK(del.code == 0);
    CHECK(f.run({"--user", "bm1", "report", "pivots", "--format", "csv"}).out ==
          "name,owner,layout,updated_at\n");
}

TEST_CASE("report pivot --fields lists the catalogue; json carries the layout", "[cli][pivot]") {
    PivotFile f;
    const CliRun fields =
        f.run({"report", "pivot", "--fields", "--source", "v_claims", "--format", "csv"});
    REQUIRE(fields.code == 0);
    CHECK(fields.out.find("v_claims,month,dimension,,YYYY-MM of claim_date\n") !=
          std::string::npos);
    CHECK(fields.out.find("v_claims,amount,measure,sum avg min max,") != std::string::npos);

    const CliRun json = f.run({"report", "pivot", "--source", "v_actuals", "--rows", "sku",
                               "--values", "sum:gross_amount", "--format", "json"});
    REQUIRE(json.code == 0);
    const nlohmann::json j = nlohmann::json::parse(json.out);
    CHECK(j["layout"]["source"] == "v_actuals");
    CHECK(j["rows"][0]["sku"] == "COLA");
    CHECK(j["rows"][0]["sum_gross_amount"] == 12.44);
}

}  // namespace uplift::cli_test
