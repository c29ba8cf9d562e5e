// report roi: golden tests on small fixed data (SPEC §7, ENGINEERING.md's CSV contract
// `promo_id,baseline_units,actual_units,incremental_units,spend,incremental_profit,roi_pct`).
// Every expected number is worked out by hand from the spec in the comment above it, never
// taken from a run of the code. The rules applied (docs/formulas.md, "Post-event analysis"):
//  - W = the ISO weeks overlapping the in-store period; baseline = the exact average of the 13
//    weeks before the start week that have a row and are not promoted for (account, sku) by a
//    promotion that is neither cancelled nor rejected; else of those 13 weeks' rows; else 0;
//  - baseline_units = baseline × |W|; actual_units = Σ units in W; incremental = the difference;
//  - spend = % depth × list price × units (+ per-unit amounts × units) + fixed fee once;
//  - incremental profit = Σ weeks (units − baseline) × (list − cost on the week's Monday) −
//    spend; roi_pct = 100 × profit / spend, empty when spend is 0;
//  - printed once, half away from zero: units and money with 2 decimals.
//
// Master data of every case (prices per unit):
//   COLA  brand Fizz,  list 4.99, cost 2.10 → margin 2.89; 25 % off = 1.2475
//   LEMON brand Fizz,  list 2.00, cost 1.20 → margin 0.80; 10 % off = 0.20
//   CRISP brand Crisp, list 3.00, cost 1.50 → margin 1.50; 20 % off = 0.60
//   A1 Retail; A2 Wholesale; A3 Retail, below A1.
// Handy Mondays: 2025-03-03 + 7k for k = 0..12 are the 13 weeks before the week of 2025-06-02
// (2025-06-02 − 91 days = 2025-03-03); 2025-05-26 is the 13th.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "cli_test_support.h"

namespace uplift::cli_test {

namespace {

constexpr const char* kHeader =
    "promo_id,baseline_units,actual_units,incremental_units,spend,incremental_profit,roi_pct\n";

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

constexpr const char* kActualsHeader = "week,account,sku,units,gross_amount,kind\n";
constexpr const char* kPromotionsHeader =
    "promo_id,account,sku,start,end,discount_pct,fixed_cost,campaign,status\n";

// One actuals row; `week` is any date of the week. The gross amount plays no part in §7.
std::string row(std::string_view week, std::string_view account, std::string_view sku,
                std::int64_t units, std::string_view kind = "sell_in") {
    return fmt::format("{},{},{},{},{}.00,{}\n", week, account, sku, units, units, kind);
}

// `n` rows of `units` a week, from the week of `first` on.
std::string weeks(std::string_view first, int n, std::string_view account, std::string_view sku,
                  std::int64_t units, std::string_view kind = "sell_in") {
    std::string out;
    const Date d = parse_date(first);
    for (int i = 0; i < n; ++i) {
        out += row(to_iso(d + boost::gregorian::days(7 * i)), account, sku, units, kind);
    }
    return out;
}

// A fresh file with the products and accounts above.
class RoiFile {
  public:
    explicit RoiFile(std::string_view tag) : dir_(tag), db_(dir_ / "roi.uplift") {
        const CliRun r = run({"init"});
        INFO(r.err);
        REQUIRE(r.code == 0);
        import("products", kProducts);
        import("accounts", kAccounts);
    }

    const fs::path& db() const { return db_; }
    const TempDir& dir() const { return dir_; }

    CliRun run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db_.string()});
        return run_in_process(args);
    }

    void import(const std::string& kind, const std::string& text) {
        const fs::path file = dir_ / fmt::format("{}-{}.csv", kind, ++files_);
        write_bytes(file, text);
        const CliRun r = run({"import", kind, file.string()});
        INFO(kind << ": " << r.err);
        REQUIRE(r.code == 0);
    }
    void actuals(const std::string& rows) { import("actuals", kActualsHeader + rows); }
    void promotions(const std::string& rows) { import("promotions", kPromotionsHeader + rows); }

    // `report roi --format csv` with more options; it must succeed.
    std::string roi(const std::vector<std::string>& options = {}) const {
        std::vector<std::string> args{"report", "roi", "--format", "csv"};
        args.insert(args.end(), options.begin(), options.end());
        const CliRun r = run(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
        return r.out;
    }

    // Statuses the promotions file cannot give (approved, cancelled, rejected) are set in SQL.
    void set_status(const std::string& code, const std::string& status) const {
        db::Connection conn = db::Connection::open(db_, db::OpenMode::ReadWrite);
        db::Statement s(conn, "UPDATE promotions SET status = ? WHERE code = ?");
        s.bind_all(status, code);
        s.exec();
        REQUIRE(conn.changes() == 1);
    }

  private:
    TempDir dir_;
    fs::path db_;
    int files_ = 0;
};

// The id of the one tactic of `kind` in the chosen scenario of promotion `code`.
std::int64_t tactic_id(db::Connection& conn, const std::string& code, const std::string& kind) {
    db::Statement s(conn,
                    "SELECT t.id FROM tactics t JOIN promotions p ON p.scenario_id = t.scenario_id "
                    "WHERE p.code = ? AND t.kind = ?");
    s.bind_all(code, kind);
    REQUIRE(s.step());
    const std::int64_t id = s.get_int(0);
    REQUIRE_FALSE(s.step());
    return id;
}

void insert_term(db::Connection& conn, std::int64_t tactic, std::int64_t version,
                 const std::string& from, const std::string& to, std::int64_t value) {
    db::Statement s(conn,
                    "INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, "
                    "value, created_at, created_by) VALUES(?, ?, NULL, ?, ?, ?, "
                    "'2025-06-11T09:00:00Z', 'admin')");
    s.bind_all(tactic, version, from, to, value);
    s.exec();
}

}  // namespace

TEST_CASE("roi golden 1: the published planning vector", "[cli][roi]") {
    RoiFile f("roi-vector");
    // 13 weeks of 5,000 COLA (2025-03-03 … 2025-05-26), then 2 promoted weeks of 10,000.
    f.actuals(weeks("2025-03-03", 13, "A1", "COLA", 5000) +
              weeks("2025-06-02", 2, "A1", "COLA", 10000));
    f.promotions("P1,A1,COLA,2025-06-02,2025-06-15,25,,,\n");
    // baseline = 13 × 5,000 / 13 = 5,000 a week; W = {06-02, 06-09} → baseline_units 10,000.00
    // actual = 2 × 10,000 = 20,000; incremental = 10,000.00
    // spend = 20,000 × 4.99 × 25 % = 20,000 × 1.2475 = 24,950.00
    // profit = 10,000 × (4.99 − 2.10) − 24,950 = 28,900 − 24,950 = 3,950.00
    // roi = 100 × 3,950 / 24,950 = 15.8316… → 15.83
    const std::string expected =
        std::string(kHeader) + "P1,10000.00,20000,10000.00,24950.00,3950.00,15.83\n";
    CHECK(f.roi() == expected);

    // -o writes the same bytes to the file and nothing to standard output.
    const fs::path out = f.dir() / "roi.csv";
    const CliRun r = f.run({"report", "roi", "--format", "csv", "-o", out.string()});
    REQUIRE(r.code == 0);
    CHECK(r.out.empty());
    CHECK(read_bytes(out) == expected);

    // JSON carries the same figures as numbers.
    const CliRun j = f.run({"report", "roi", "--format", "json"});
    REQUIRE(j.code == 0);
    const auto doc = nlohmann::json::parse(j.out);
    REQUIRE(doc["rows"].size() == 1);
    const auto& p1 = doc["rows"][0];
    CHECK(p1["promo_id"] == "P1");
    CHECK(p1["actual_units"] == 20000);
    CHECK(p1["spend"].get<double>() == Approx(24950.00));
    CHECK(p1["incremental_profit"].get<double>() == Approx(3950.00));
    CHECK(p1["roi_pct"].get<double>() == Approx(15.83));
}

TEST_CASE("roi golden 2: no history gives a baseline of 0", "[cli][roi]") {
    RoiFile f("roi-nohistory");
    // Nothing of (A1, LEMON) in 2025-03-03 … 2025-05-26. Rows that must not count: A1 LEMON on
    // 2025-02-24 (the 14th week before), A2 LEMON (another account), A1 COLA (another sku).
    f.actuals(row("2025-02-24", "A1", "LEMON", 999) + weeks("2025-03-03", 13, "A2", "LEMON", 50) +
              weeks("2025-03-03", 13, "A1", "COLA", 100) + row("2025-06-02", "A1", "LEMON", 300) +
              row("2025-06-09", "A1", "LEMON", 200));
    f.promotions("P2,A1,LEMON,2025-06-02,2025-06-15,10,,,\n");
    // baseline 0 → baseline_units 0.00; actual 300 + 200 = 500; incremental 500.00
    // spend = 500 × 0.20 = 100.00; profit = 500 × 0.80 − 100 = 300.00; roi = 300.00
    CHECK(f.roi() == std::string(kHeader) + "P2,0.00,500,500.00,100.00,300.00,300.00\n");
}

TEST_CASE("roi golden 3: all 13 history weeks promoted fall back to the rows as they are",
          "[cli][roi]") {
    RoiFile f("roi-allpromoted");
    // (A1, CRISP): 100 a week 2025-03-03 … 2025-05-19 (12 weeks), 101 on 2025-05-26, 250 on
    // 2025-06-02. E3a (draft) covers the weeks 03-03 … 04-14 (7), E3b (closed, imported history)
    // the weeks 04-21 … 05-26 (6): every week of P3's window is promoted.
    f.actuals(weeks("2025-03-03", 12, "A1", "CRISP", 100) + row("2025-05-26", "A1", "CRISP", 101) +
              row("2025-06-02", "A1", "CRISP", 250));
    f.promotions(
        "E3a,A1,CRISP,2025-03-03,2025-04-16,,,,draft\n"
        "E3b,A1,CRISP,2025-04-21,2025-05-31,,,,closed\n"
        "P3,A1,CRISP,2025-06-02,2025-06-08,20,,,\n");
    // E3a: window 2024-12-02 … 2025-02-24 has no row → baseline 0; W = 7 weeks, actual 700;
    //      no discount, no fee → spend 0; profit = 700 × 1.50 = 1050.00; roi empty.
    // E3b: window 2025-01-20 … 04-14 holds the 7 rows of 100, all promoted by E3a → fallback
    //      100 a week; W = 6 weeks → 600.00; actual 5 × 100 + 101 = 601; incremental 1.00;
    //      profit = 1 × 1.50 = 1.50; roi empty.
    // P3:  13 rows, all promoted → fallback (12 × 100 + 101) / 13 = 1301/13 = 100.0769… a week;
    //      |W| = 1 → 100.08; actual 250; incremental 250 − 1301/13 = 1949/13 = 149.923… → 149.92;
    //      spend = 250 × 0.60 = 150.00; profit = 1949/13 × 1.50 − 150 = 224.8846… − 150 =
    //      74.8846… → 74.88; roi = 100 × 74.8846… / 150 = 49.923… → 49.92.
    CHECK(f.roi() == std::string(kHeader) +
                         "E3a,0.00,700,700.00,0.00,1050.00,\n"
                         "E3b,600.00,601,1.00,0.00,1.50,\n"
                         "P3,100.08,250,149.92,150.00,74.88,49.92\n");
}

TEST_CASE("roi golden 4: an earlier promotion's weeks leave the baseline, a cancelled one's stay",
          "[cli][roi]") {
    RoiFile f("roi-earlier");
    // (A1, LEMON) in P4's window 2025-03-03 … 05-26:
    //   03-03 03-10 03-17 03-24 03-31: 100 each   04-07 04-14: 400 each (E4's weeks)
    //   04-21 04-28 05-05: 100 each   05-12: 160 (C4)   05-19: 130 (R4)   05-26: 100
    // and in P4's weeks: 06-02: 300, 06-09: 250.
    f.actuals(weeks("2025-03-03", 5, "A1", "LEMON", 100) +
              weeks("2025-04-07", 2, "A1", "LEMON", 400) +
              weeks("2025-04-21", 3, "A1", "LEMON", 100) + row("2025-05-12", "A1", "LEMON", 160) +
              row("2025-05-19", "A1", "LEMON", 130) + row("2025-05-26", "A1", "LEMON", 100) +
              row("2025-06-02", "A1", "LEMON", 300) + row("2025-06-09", "A1", "LEMON", 250));
    // E4 runs Wednesday to Tuesday: it overlaps (so promotes) the weeks of 04-07 and 04-14.
    f.promotions(
        "P4,A1,LEMON,2025-06-02,2025-06-15,10,,,\n"
        "E4,A1,LEMON,2025-04-09,2025-04-15,,,,\n"
        "C4,A1,LEMON,2025-05-12,2025-05-18,,,,\n"
        "R4,A1,LEMON,2025-05-19,2025-05-25,,,,\n");

    // All four are drafts, so all promote their weeks.
    // C4: window 02-10 … 05-05: 10 rows, 04-07/04-14 promoted → 8 × 100 / 8 = 100; W = {05-12}:
    //     actual 160, incremental 60.00, spend 0, profit 60 × 0.80 = 48.00, roi empty.
    // E4: window 01-06 … 03-31: 5 rows of 100 → 100; W = {04-07, 04-14} → 200.00; actual 800;
    //     incremental 600.00; profit 600 × 0.80 = 480.00; roi empty.
    // P4: promoted 04-07, 04-14, 05-12, 05-19 → clean 9 × 100 / 9 = 100; |W| = 2 → 200.00;
    //     actual 550; incremental 350.00; spend = 550 × 0.20 = 110.00;
    //     profit = 350 × 0.80 − 110 = 170.00; roi = 100 × 170 / 110 = 154.545… → 154.55.
    // R4: window 02-17 … 05-12: 11 rows, 04-07/04-14/05-12 promoted → 8 × 100 / 8 = 100;
    //     W = {05-19}: actual 130, incremental 30.00, profit 24.00, roi empty.
    CHECK(f.roi() == std::string(kHeader) +
                         "C4,100.00,160,60.00,0.00,48.00,\n"
                         "E4,200.00,800,600.00,0.00,480.00,\n"
                         "P4,200.00,550,350.00,110.00,170.00,154.55\n"
                         "R4,100.00,130,30.00,0.00,24.00,\n");

    // Cancelled and rejected promotions promote nothing: their weeks count again.
    f.set_status("C4", "cancelled");
    f.set_status("R4", "rejected");
    // C4, E4: their windows do not hold each other's weeks or R4's → unchanged.
    // P4: clean = 9 × 100 + 160 + 130 = 1190 over 11 weeks; baseline_units = 2 × 1190/11 =
    //     2380/11 = 216.3636… → 216.36; incremental = 550 − 2380/11 = 3670/11 = 333.6363… →
    //     333.64; spend 110.00; profit = 3670/11 × 0.80 − 110 = 266.9090… − 110 = 156.9090… →
    //     156.91; roi = 100 × (2936/11 − 110) / 110 = 100 × 1726/1210 = 142.644… → 142.64.
    // R4: clean = 8 × 100 + 160 (C4's week now counts) = 960 over 9 weeks = 106.666… → 106.67;
    //     incremental = 130 − 960/9 = 210/9 = 23.333… → 23.33; profit = 210/9 × 0.80 = 18.666… →
    //     18.67; roi empty. Cancelled and rejected promotions are still listed.
    CHECK(f.roi() == std::string(kHeader) +
                         "C4,100.00,160,60.00,0.00,48.00,\n"
                         "E4,200.00,800,600.00,0.00,480.00,\n"
                         "P4,216.36,550,333.64,110.00,156.91,142.64\n"
                         "R4,106.67,130,23.33,0.00,18.67,\n");
}

TEST_CASE("roi golden 5: zero spend leaves roi_pct empty", "[cli][roi]") {
    RoiFile f("roi-zerospend");
    f.actuals(weeks("2025-03-03", 13, "A1", "LEMON", 50) + row("2025-06-02", "A1", "LEMON", 40));
    // P5: depth 0 and fixed cost 0.00 written out. P5b: 10 % off but no actuals at all.
    f.promotions(
        "P5,A1,LEMON,2025-06-02,2025-06-08,0,0.00,,\n"
        "P5b,A1,CRISP,2025-06-02,2025-06-08,10,,,\n");
    // P5:  baseline 50 → 50.00; actual 40; incremental −10.00; spend 0.00;
    //      profit = −10 × 0.80 = −8.00; roi empty (spend 0).
    // P5b: baseline 0, actual 0, spend = 0 units × 0.30 = 0.00, profit 0.00, roi empty.
    CHECK(f.roi() == std::string(kHeader) +
                         "P5,50.00,40,-10.00,0.00,-8.00,\n"
                         "P5b,0.00,0,0.00,0.00,0.00,\n");

    const CliRun j = f.run({"report", "roi", "--format", "json"});
    REQUIRE(j.code == 0);
    const auto doc = nlohmann::json::parse(j.out);
    REQUIRE(doc["rows"].size() == 2);
    CHECK(doc["rows"][0]["roi_pct"].is_null());
    CHECK(doc["rows"][1]["roi_pct"].is_null());
}

TEST_CASE("roi golden 6: across the year end (ISO week 2020-W53) with missing history weeks",
          "[cli][roi]") {
    RoiFile f("roi-yearend");
    // In-store Wednesday 2020-12-30 … Tuesday 2021-01-05: W = {2020-12-28 (2020-W53),
    // 2021-01-04 (2021-W01)}, |W| = 2. The window is the 13 weeks 2020-09-28 … 2020-12-21.
    // (A1, CRISP) rows, `week` being any day of the week:
    //   2020-09-21: 1000   the 14th week before: outside the window
    //   2020-10-01: 121    a Thursday → the week of 09-28
    //   2020-10-12: 0      a 0-unit row: counts
    //   2020-11-11: 90     a Wednesday → the week of 11-09
    //   2020-12-21: 150
    //   (the 9 other weeks of the window have no row: they do not count)
    //   2021-01-01: 200    a Friday → the week of 2020-12-28 (W53)
    //   2021-01-04: 160
    //   2021-01-11: 500    after the promotion
    f.actuals(row("2020-09-21", "A1", "CRISP", 1000) + row("2020-10-01", "A1", "CRISP", 121) +
              row("2020-10-12", "A1", "CRISP", 0) + row("2020-11-11", "A1", "CRISP", 90) +
              row("2020-12-21", "A1", "CRISP", 150) + row("2021-01-01", "A1", "CRISP", 200) +
              row("2021-01-04", "A1", "CRISP", 160) + row("2021-01-11", "A1", "CRISP", 500));
    f.promotions("P6,A1,CRISP,2020-12-30,2021-01-05,20,,,\n");
    // baseline = (121 + 0 + 90 + 150) / 4 = 361/4 = 90.25; baseline_units = 180.50
    // actual = 200 + 160 = 360; incremental = 179.50
    // spend = 360 × 0.60 = 216.00; profit = 179.5 × 1.50 − 216 = 269.25 − 216 = 53.25
    // roi = 100 × 53.25 / 216 = 24.652… → 24.65
    const std::string expected = std::string(kHeader) + "P6,180.50,360,179.50,216.00,53.25,24.65\n";
    CHECK(f.roi() == expected);

    // Inclusive period filters: the in-store period ends on 2021-01-05, starts on 2020-12-30.
    CHECK(f.roi({"--from", "2021-01-05"}) == expected);
    CHECK(f.roi({"--from", "2021-01-06"}) == kHeader);
    CHECK(f.roi({"--to", "2020-12-30"}) == expected);
    CHECK(f.roi({"--to", "2020-12-29"}) == kHeader);
}

TEST_CASE("roi golden 7: a mid-promotion depth change uses the newest term version", "[cli][roi]") {
    RoiFile f("roi-depth");
    // In-store Wednesday 2025-06-04 … Tuesday 2025-06-24: W = {06-02, 06-09, 06-16, 06-23}.
    f.actuals(weeks("2025-03-03", 13, "A1", "LEMON", 100) + row("2025-06-02", "A1", "LEMON", 150) +
              row("2025-06-09", "A1", "LEMON", 200) + row("2025-06-16", "A1", "LEMON", 300) +
              row("2025-06-23", "A1", "LEMON", 250));
    f.promotions("P7,A1,LEMON,2025-06-04,2025-06-24,10,,,\n");
    // Version 1 (the import): 10 % throughout.
    // baseline 100 → 400.00; actual 150 + 200 + 300 + 250 = 900; incremental 500.00
    // spend = 900 × 0.20 = 180.00; profit = 500 × 0.80 − 180 = 220.00; roi = 122.222… → 122.22
    CHECK(f.roi() == std::string(kHeader) + "P7,400.00,900,500.00,180.00,220.00,122.22\n");

    // Version 2 (as a depth change writes it): 20 % from 06-04 to Thursday 06-12, 30 % from
    // Friday 06-13 to 06-24, for every line (line_id NULL: were version 1's line-specific 10 %
    // still read, it would win over these).
    {
        db::Connection conn = db::Connection::open(f.db(), db::OpenMode::ReadWrite);
        const std::int64_t t = tactic_id(conn, "P7", "discount_pct");
        insert_term(conn, t, 2, "2025-06-04", "2025-06-12", 200'000);  // 20 % in 1e-4 %
        insert_term(conn, t, 2, "2025-06-13", "2025-06-24", 300'000);
    }
    // The depth of a week is the term in force on its first day inside the in-store period:
    //   06-02 → 06-04: 20 % = 0.40 × 150 =  60.00
    //   06-09 → 06-09: 20 % = 0.40 × 200 =  80.00   (30 % from Friday on does not count)
    //   06-16 → 06-16: 30 % = 0.60 × 300 = 180.00
    //   06-23 → 06-23: 30 % = 0.60 × 250 = 150.00
    // spend = 470.00; profit = 500 × 0.80 − 470 = −70.00; roi = −7000 / 470 = −14.893… → −14.89
    CHECK(f.roi() == std::string(kHeader) + "P7,400.00,900,500.00,470.00,-70.00,-14.89\n");
    // The old version is kept for history.
    CHECK(query_text(f.db(), "SELECT count(*) FROM tactic_terms WHERE version = 1") == "1");
}

namespace {

// Three promotions for the roll-ups (imported out of order: R3, R2, R1).
//   R1 A1 (Retail)    Summer  2025-06-02 … 06-08  COLA 25 % (fixed 40.00), LEMON 10 % (fixed
//                     100.00), CRISP no discount; approved
//   R2 A2 (Wholesale) Summer  2025-06-30 … 07-06  LEMON 10 %; approved
//   R3 A3 (Retail)    "Winter, North"  2025-12-01 … 12-07  CRISP 15 %, fixed 25.00;
//                     planned; no actuals at all
void make_rollup_file(RoiFile& f) {
    f.actuals(weeks("2025-03-03", 13, "A1", "COLA", 200) + row("2025-06-02", "A1", "COLA", 500) +
              weeks("2025-03-03", 12, "A1", "LEMON", 77) + row("2025-05-26", "A1", "LEMON", 76) +
              row("2025-06-02", "A1", "LEMON", 120) + row("2025-06-02", "A1", "CRISP", 30) +
              weeks("2025-03-31", 12, "A2", "LEMON", 77) + row("2025-06-23", "A2", "LEMON", 76) +
              row("2025-06-30", "A2", "LEMON", 100));
    f.promotions(
        "R3,A3,CRISP,2025-12-01,2025-12-07,15,25.00,\"Winter, North\",planned\n"
        "R2,A2,LEMON,2025-06-30,2025-07-06,10,,Summer,\n"
        "R1,A1,COLA,2025-06-02,2025-06-08,25,40.00,Summer,\n"
        "R1,A1,LEMON,2025-06-02,2025-06-08,10,100.00,Summer,\n"
        "R1,A1,CRISP,2025-06-02,2025-06-08,,,Summer,\n");
    f.set_status("R1", "approved");
    f.set_status("R2", "approved");
}

// Lines, by hand (fixed fees: R1's is the larger of 40.00 and 100.00, once: 100.00, shared
// 33.34 / 33.33 / 33.33 in line order, the odd cent to the first line):
//   R1 COLA : baseline 200 → 200.00; actual 500; incr 300.00;
//             spend = 500 × 1.2475 + 33.34 = 623.75 + 33.34 = 657.09;
//             profit = 300 × 2.89 − 657.09 = 867 − 657.09 = 209.91
//   R1 LEMON: baseline (12 × 77 + 76) / 13 = 1000/13 = 76.923…; actual 120;
//             incr = 120 − 1000/13 = 560/13 = 43.0769…; spend = 120 × 0.20 + 33.33 = 57.33;
//             profit = 560/13 × 0.80 − 57.33 = 34.4615… − 57.33 = −22.8684…
//   R1 CRISP: baseline 0; actual 30; incr 30.00; spend 33.33; profit = 45 − 33.33 = 11.67
//   R2 LEMON: baseline 1000/13 = 76.923… (window 03-31 … 06-23); actual 100;
//             incr 300/13 = 23.0769…; spend = 100 × 0.20 = 20.00;
//             profit = 300/13 × 0.80 − 20 = 18.4615… − 20 = −1.5384…
//   R3 CRISP: no actuals: 0, 0, 0; spend = the fixed fee 25.00; profit −25.00
// Promotions:
//   R1: baseline 200 + 1000/13 = 276.923… → 276.92; actual 650; incr 373.0769… → 373.08;
//       spend 657.09 + 57.33 + 33.33 = 747.75 (= 623.75 + 24.00 + 100.00);
//       profit 209.91 − 22.8684… + 11.67 = 198.7115… → 198.71; roi 26.574… → 26.57
//   R2: 76.92, 100, 23.08, 20.00, −1.54; roi = −153.846… / 20 = −7.692… → −7.69
//   R3: 0.00, 0, 0.00, 25.00, −25.00; roi −100.00
constexpr const char* kR1 = "R1,276.92,650,373.08,747.75,198.71,26.57\n";
constexpr const char* kR2 = "R2,76.92,100,23.08,20.00,-1.54,-7.69\n";
constexpr const char* kR3 = "R3,0.00,0,0.00,25.00,-25.00,-100.00\n";

}  // namespace

TEST_CASE("roi golden 8: several lines with different depths, the largest fixed cost once",
          "[cli][roi]") {
    RoiFile f("roi-lines");
    make_rollup_file(f);
    // Ordered by promo_id, not by import order; R3 without any actuals is listed.
    CHECK(f.roi() == std::string(kHeader) + kR1 + kR2 + kR3);
    CHECK(query_text(f.db(),
                     "SELECT count(*) FROM tactics t JOIN promotions p ON p.scenario_id = "
                     "t.scenario_id WHERE p.code = 'R1' AND t.kind = 'fixed_fee'") == "1");

    // Only the lines of one brand count.
    // Fizz in R1 = COLA + LEMON: baseline 276.92; actual 620; incr 620 − 3600/13 = 4460/13 =
    //   343.0769… → 343.08; spend 657.09 + 57.33 = 714.42; profit 209.91 − 22.8684… =
    //   187.0415… → 187.04; roi = 18704.15… / 714.42 = 26.180… → 26.18. R2 is all Fizz.
    CHECK(f.roi({"--brand", "Fizz"}) ==
          std::string(kHeader) + "R1,276.92,620,343.08,714.42,187.04,26.18\n" + kR2);
    // Crisp in R1 = CRISP with its 33.33 of the fee: 0.00, 30, 30.00, 33.33, 11.67,
    //   roi = 1167 / 33.33 = 35.013… → 35.01; R3 is all Crisp.
    CHECK(f.roi({"--brand", "Crisp"}) ==
          std::string(kHeader) + "R1,0.00,30,30.00,33.33,11.67,35.01\n" + kR3);
}

TEST_CASE("roi golden 9: a price change inside the promotion and an account price", "[cli][roi]") {
    RoiFile f("roi-prices");
    // Central list: 4.99 / 2.10 until Monday 2025-06-02, 5.29 / 2.20 from Tuesday 06-03 to
    // Tuesday 06-10, 5.49 / 2.30 from Wednesday 06-11 on.
    // A2's own list: 4.50 / 2.00 until Sunday 2025-06-15, then A2 falls back to the central list.
    f.import("prices",
             "sku,valid_from,valid_to,list_price,unit_cost,account\n"
             "COLA,2025-01-01,2025-06-02,4.99,2.10,\n"
             "COLA,2025-06-03,2025-06-10,5.29,2.20,\n"
             "COLA,2025-06-11,,5.49,2.30,\n"
             "COLA,2025-01-01,2025-06-15,4.50,2.00,A2\n");
    f.actuals(weeks("2025-03-03", 13, "A1", "COLA", 100) +
              weeks("2025-03-03", 13, "A2", "COLA", 50) + row("2025-06-02", "A1", "COLA", 200) +
              row("2025-06-09", "A1", "COLA", 300) + row("2025-06-16", "A1", "COLA", 400) +
              weeks("2025-06-02", 3, "A2", "COLA", 100));
    // Wednesday 2025-06-04 … Tuesday 2025-06-17: W = {06-02, 06-09, 06-16}; 20 % off.
    f.promotions(
        "P9,A1,COLA,2025-06-04,2025-06-17,20,,,\n"
        "Q9,A2,COLA,2025-06-04,2025-06-17,20,,,\n");
    // Prices on each week's Monday:
    //   P9 (central): 06-02 → 4.99 / 2.10 (not the 5.29 of the first in-store day, 06-04);
    //                 06-09 → 5.29 / 2.20 (the change on Wednesday 06-11 waits for the next
    //                 week); 06-16 → 5.49 / 2.30. 20 % of the list: 0.998, 1.058, 1.098.
    //   spend  = 200 × 0.998 + 300 × 1.058 + 400 × 1.098 = 199.60 + 317.40 + 439.20 = 956.20
    //   margin = (200 − 100) × 2.89 + (300 − 100) × 3.09 + (400 − 100) × 3.19
    //          = 289 + 618 + 957 = 1864.00; profit = 1864 − 956.20 = 907.80
    //   baseline 100 → 300.00; actual 900; incremental 600.00; roi = 90780 / 956.20 = 94.938… →
    //   94.94
    //   Q9 (A2): 06-02 and 06-09 → A2's 4.50 / 2.00; 06-16 → central 5.49 / 2.30.
    //   spend  = 100 × 0.90 + 100 × 0.90 + 100 × 1.098 = 90 + 90 + 109.80 = 289.80
    //   margin = 50 × 2.50 + 50 × 2.50 + 50 × 3.19 = 125 + 125 + 159.50 = 409.50;
    //   profit = 409.50 − 289.80 = 119.70
    //   baseline 50 → 150.00; actual 300; incremental 150.00; roi = 11970 / 289.80 = 41.304… →
    //   41.30
    CHECK(f.roi() == std::string(kHeader) +
                         "P9,300.00,900,600.00,956.20,907.80,94.94\n"
                         "Q9,150.00,300,150.00,289.80,119.70,41.30\n");
}

TEST_CASE("roi golden 10: roll-ups add the lines exactly; status filters with --today",
          "[cli][roi]") {
    RoiFile f("roi-rollups");
    make_rollup_file(f);
    const std::vector<std::string> today{"--today", "2025-07-01"};
    const auto roi = [&](std::vector<std::string> options) {
        options.insert(options.end(), today.begin(), today.end());
        return f.roi(options);
    };
    const std::string columns =
        ",baseline_units,actual_units,incremental_units,spend,incremental_profit,roi_pct\n";

    // By brand (line figures above, summed exactly, rounded once):
    //   Crisp = R1 CRISP + R3: 0.00, 30, 30.00, 33.33 + 25.00 = 58.33, 11.67 − 25 = −13.33,
    //           roi = −1333 / 58.33 = −22.852… → −22.85
    //   Fizz  = R1 COLA + R1 LEMON + R2: baseline 200 + 2000/13 = 353.846… → 353.85 (the printed
    //           200.00 + 76.92 + 76.92 would make 353.84); actual 720;
    //           incr 720 − 4600/13 = 4760/13 = 366.153… → 366.15 (printed parts: 366.16);
    //           spend 657.09 + 57.33 + 20.00 = 734.42; profit 209.91 − 22.8684… − 1.5384… =
    //           185.5030… → 185.50; roi = 18550.30… / 734.42 = 25.258… → 25.26
    CHECK(roi({"--by", "brand"}) == "brand" + columns +
                                        "Crisp,0.00,30,30.00,58.33,-13.33,-22.85\n"
                                        "Fizz,353.85,720,366.15,734.42,185.50,25.26\n");
    // By account: one promotion each.
    CHECK(roi({"--by", "account"}) == "account" + columns +
                                          "A1,276.92,650,373.08,747.75,198.71,26.57\n"
                                          "A2,76.92,100,23.08,20.00,-1.54,-7.69\n"
                                          "A3,0.00,0,0.00,25.00,-25.00,-100.00\n");
    // By channel: Retail = R1 + R3: 276.92, 650, 373.08, 747.75 + 25 = 772.75,
    //   198.7115… − 25 = 173.7115… → 173.71, roi = 17371.15… / 772.75 = 22.479… → 22.48;
    //   Wholesale = R2.
    CHECK(roi({"--by", "channel"}) == "channel" + columns +
                                          "Retail,276.92,650,373.08,772.75,173.71,22.48\n"
                                          "Wholesale,76.92,100,23.08,20.00,-1.54,-7.69\n");
    // By campaign: Summer = R1 + R2: baseline 200 + 2000/13 = 353.85; actual 750;
    //   incr 750 − 4600/13 = 5150/13 = 396.153… → 396.15; spend 747.75 + 20 = 767.75;
    //   profit 198.7115… − 1.5384… = 197.1730… → 197.17; roi = 19717.30… / 767.75 = 25.681… →
    //   25.68. "Winter, North" = R3, quoted for its comma.
    CHECK(roi({"--by", "campaign"}) == "campaign" + columns +
                                           "Summer,353.85,750,396.15,767.75,197.17,25.68\n"
                                           "\"Winter, North\",0.00,0,0.00,25.00,-25.00,-100.00\n");

    // Status as displayed on 2025-07-01: R1 approved and over → ended; R2 approved and running
    // (06-30 … 07-06) → active; R3 planned. Nothing is displayed as approved.
    CHECK(roi({"--status", "ended"}) == std::string(kHeader) + kR1);
    CHECK(roi({"--status", "active"}) == std::string(kHeader) + kR2);
    CHECK(roi({"--status", "planned"}) == std::string(kHeader) + kR3);
    CHECK(roi({"--status", "approved"}) == kHeader);
    CHECK(roi({"--status", "draft"}) == kHeader);
    // On 2025-06-01 both approved promotions are still ahead: approved.
    CHECK(f.roi({"--status", "approved", "--today", "2025-06-01"}) ==
          std::string(kHeader) + kR1 + kR2);
    // A filter and a roll-up together: R1's lines by brand.
    CHECK(roi({"--status", "ended", "--by", "brand"}) ==
          "brand" + columns +
              "Crisp,0.00,30,30.00,33.33,11.67,35.01\n"
              "Fizz,276.92,620,343.08,714.42,187.04,26.18\n");
    // The account and the accounts below it: A3 is below A1.
    CHECK(roi({"--account", "A1"}) == std::string(kHeader) + kR1 + kR3);
    CHECK(roi({"--account", "A2"}) == std::string(kHeader) + kR2);
    CHECK(roi({"--channel", "Wholesale"}) == std::string(kHeader) + kR2);
    CHECK(roi({"--campaign", "Summer"}) == std::string(kHeader) + kR1 + kR2);
    CHECK(roi({"--campaign", "Summer", "--by", "campaign"}) ==
          "campaign" + columns + "Summer,353.85,750,396.15,767.75,197.17,25.68\n");

    const CliRun bad = f.run({"report", "roi", "--format", "csv", "--status", "finished"});
    CHECK(bad.code == 1);
    CHECK(bad.out.empty());
    CHECK_THAT(bad.err, Catch::Matchers::Contains("unknown status 'finished'"));
}

TEST_CASE("roi golden 11: sell-in for the units, sell-out for in-store tactics, ship tactics",
          "[cli][roi]") {
    RoiFile f("roi-kinds");
    // COLA has sell-in (100 a week, 300 in the promoted week) and sell-out (500 a week, 200 in
    // the promoted week); LEMON has sell-out only (60 a week, 90 in the promoted week).
    f.actuals(weeks("2025-03-03", 13, "A1", "COLA", 100) + row("2025-06-02", "A1", "COLA", 300) +
              weeks("2025-03-03", 13, "A1", "COLA", 500, "sell_out") +
              row("2025-06-02", "A1", "COLA", 200, "sell_out") +
              weeks("2025-03-03", 13, "A1", "LEMON", 60, "sell_out") +
              row("2025-06-02", "A1", "LEMON", 90, "sell_out"));
    // P11b: (A2, CRISP) has sell-in in its window only (40 a week, nothing shipped in the
    // promoted week) and sell-out throughout (30 a week, 70 in the promoted week).
    f.actuals(weeks("2025-03-03", 13, "A2", "CRISP", 40) +
              weeks("2025-03-03", 13, "A2", "CRISP", 30, "sell_out") +
              row("2025-06-02", "A2", "CRISP", 70, "sell_out"));
    f.promotions(
        "P11,A1,COLA,2025-06-02,2025-06-08,25,,,\n"
        "P11,A1,LEMON,2025-06-02,2025-06-08,10,,,\n"
        "P11b,A2,CRISP,2025-06-02,2025-06-08,20,,,\n");
    // COLA:  units from sell-in: baseline 100, actual 300, incremental 200;
    //        the discount pays on the sell-out of the in-store week: 200 × 1.2475 = 249.50;
    //        profit 200 × 2.89 − 249.50 = 328.50
    // LEMON: units from sell-out: baseline 60, actual 90, incremental 30; spend 90 × 0.20 =
    //        18.00; profit 30 × 0.80 − 18 = 6.00
    // P11: 160.00, 390, 230.00, 267.50, 334.50; roi = 33450 / 267.50 = 125.046… → 125.05
    // P11b: sell-in in the window is enough for the units to come from sell-in: baseline 40 →
    //       40.00, actual 0, incremental −40.00; the discount pays on the sell-out of the
    //       in-store week: 70 × 0.60 = 42.00; profit = −40 × 1.50 − 42 = −102.00;
    //       roi = −10200 / 42 = −242.857… → −242.86
    const std::string p11b = "P11b,40.00,0,-40.00,42.00,-102.00,-242.86\n";
    CHECK(f.roi() == std::string(kHeader) + "P11,160.00,390,230.00,267.50,334.50,125.05\n" + p11b);

    // An off-invoice allowance of 0.10 a unit over the ship period (2025-05-19 … 06-08, 14 days
    // before the in-store start) pays on sell-in of the weeks 05-19, 05-26, 06-02:
    // COLA 100 + 100 + 300 = 500 × 0.10 = 50.00; LEMON has no sell-in: 0.
    {
        db::Connection conn = db::Connection::open(f.db(), db::OpenMode::ReadWrite);
        db::Statement t(conn,
                        "INSERT INTO tactics(scenario_id, kind, lift_ppm) SELECT scenario_id, "
                        "'off_invoice', 1000000 FROM promotions WHERE code = 'P11'");
        t.exec();
        insert_term(conn, conn.last_insert_id(), 1, "2025-05-19", "2025-06-08", 10);
    }
    // spend 267.50 + 50.00 = 317.50; profit 334.50 − 50 = 284.50; roi = 28450 / 317.50 =
    // 89.606… → 89.61
    CHECK(f.roi() == std::string(kHeader) + "P11,160.00,390,230.00,317.50,284.50,89.61\n" + p11b);

    // A scan-back of 0.05 a unit over the in-store period pays, like the discount, on the
    // sell-out of the in-store week where the line has it: COLA 200 × 0.05 = 10.00, LEMON
    // 90 × 0.05 = 4.50 → 14.50. spend 317.50 + 14.50 = 332.00; profit 284.50 − 14.50 = 270.00;
    // roi = 27000 / 332 = 81.325… → 81.33
    {
        db::Connection conn = db::Connection::open(f.db(), db::OpenMode::ReadWrite);
        db::Statement t(conn,
                        "INSERT INTO tactics(scenario_id, kind, lift_ppm) SELECT scenario_id, "
                        "'scan_back', 1000000 FROM promotions WHERE code = 'P11'");
        t.exec();
        insert_term(conn, conn.last_insert_id(), 1, "2025-06-02", "2025-06-08", 5);
    }
    CHECK(f.roi() == std::string(kHeader) + "P11,160.00,390,230.00,332.00,270.00,81.33\n" + p11b);
}

}  // namespace uplift::cli_test
