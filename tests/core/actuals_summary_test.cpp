// The actuals import built for scale (parser thread, sorted runs, multi-row inserts) and the
// weekly summary it keeps: the summary always equals a recomputation from the detail rows,
// whatever order files come in and whatever is re-imported, rolled back or re-branded.
#include <fmt/format.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "actuals/actual_sort.h"
#include "actuals/actuals_summary.h"
#include "analytics/brand_channel.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "io/import_errors.h"
#include "io/import_kind.h"
#include "security/action_context.h"
#include "temp_dir.h"
#include "workflows/imports.h"
#include "workflows/interchange_export.h"

using namespace uplift;
namespace fs = std::filesystem;

namespace {

constexpr int kAccounts = 5;
constexpr int kSkus = 6;
constexpr int kWeeks = 20;
const Date kFirstMonday{2025, 1, 6};

std::string account_code(int a) {
    return fmt::format("A{}", a + 1);
}
std::string sku_code(int s) {
    return fmt::format("S{}", s + 1);
}
std::string week_text(int w, int weekday = 0) {
    return to_iso(kFirstMonday + boost::gregorian::days(7 * w + weekday));
}

// A file with 3 brands, 6 skus, 5 accounts in 2 channels and 2 regions.
struct World {
    test::TempDir dir{"summary"};
    db::Connection conn = db::create_memory();
    int files = 0;

    World() {
        import(ImportKind::Products,
               "sku,name,brand,category,list_price,unit_cost\n"
               "S1,One,Fizz,Drinks,1.00,0.50\nS2,Two,Fizz,Drinks,2.00,1.00\n"
               "S3,Three,Crisp,Snacks,1.50,0.70\nS4,Four,Crisp,Snacks,1.20,0.60\n"
               "S5,Five,Bubbly,Drinks,0.90,0.40\nS6,Six,Bubbly,Drinks,3.00,1.50\n");
        import(ImportKind::Accounts,
               "code,name,channel,region\nA1,One,Grocery,North\nA2,Two,Grocery,South\n"
               "A3,Three,Discount,North\nA4,Four,Discount,South\nA5,Five,Grocery,North\n");
    }

    ActionContext admin() {
        return load_actor(conn, "admin", Date(2025, 6, 30), "2025-06-30T10:00:00Z");
    }

    fs::path write(const std::string& text) {
        const fs::path p = dir.path() / fmt::format("f{}.csv", files++);
        std::ofstream out(p, std::ios::binary);
        out << text;
        return p;
    }

    ImportResult import(ImportKind kind, const std::string& text, ImportOptions options = {}) {
        return import_file(conn, admin(), kind, write(text), options);
    }

    std::int64_t q(const std::string& sql) { return db::query_int(conn, sql); }

    // Everything an actuals import may change, to prove a refused one changed nothing.
    std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t> state() {
        return {q("SELECT count(*) FROM actuals"), q("SELECT total(units) FROM actuals"),
                q("SELECT count(*) FROM actuals_summary"),
                q("SELECT total(gross_amount) FROM actuals_summary"),
                q("SELECT count(*) FROM import_batches")};
    }
};

struct Row {
    int a, s, w, kind;
    std::int64_t units, cents;
    bool discount;
};

std::string actuals_csv(const std::vector<Row>& rows, bool with_kind, int weekday_shift) {
    std::string text = with_kind ? "week,account,sku,units,gross_amount,discount_amount,kind\n"
                                 : "week,account,sku,units,gross_amount,discount_amount\n";
    for (const Row& r : rows) {
        text += fmt::format(
            "{},{},{},{},{}.{:02},{}", week_text(r.w, weekday_shift), account_code(r.a),
            sku_code(r.s), r.units, r.cents / 100, r.cents % 100,
            r.discount ? fmt::format("{}.{:02}", r.cents / 1000, r.cents / 10 % 100) : "");
        if (with_kind) {
            text += r.kind == 0 ? ",sell_in" : ",sell_out";
        }
        text += "\n";
    }
    return text;
}

// Imports a file that must be refused for exactly one problem, on `line`, leaving the file as
// it was; returns that problem.
ImportIssue refused_once(World& w, const std::string& text, std::int64_t line,
                         ImportOptions options = {}) {
    const auto before = w.state();
    try {
        w.import(ImportKind::Actuals, text, options);
    } catch (const ImportFailed& e) {
        REQUIRE(e.issues().size() == 1);
        CHECK(e.issues()[0].line == line);
        CHECK(w.state() == before);
        return e.issues()[0];
    }
    FAIL("the file was accepted");
    return {};
}

}  // namespace

TEST_CASE("ActualSort puts rows in key order through spilled runs", "[actuals][sort]") {
    std::mt19937_64 rng(7);
    ActualSort sort(7);  // tiny runs: 1,000 rows make 143 runs on disk
    std::vector<ActualRecord> in;
    for (int i = 0; i < 1000; ++i) {
        ActualRecord r;
        r.account_id = static_cast<std::int32_t>(rng() % 9 + 1);
        r.product_id = static_cast<std::int32_t>(rng() % 9 + 1);
        r.week = static_cast<std::int32_t>(rng() % 30) * 7 + 4;
        r.kind = static_cast<std::int8_t>(rng() % 2);
        r.line = i + 2;
        r.units = static_cast<std::int64_t>(rng() % 1000);
        in.push_back(r);
        sort.add(r);
    }
    std::vector<ActualRecord> out;
    sort.emit([&](const ActualRecord& r) { out.push_back(r); });
    REQUIRE(out.size() == in.size());
    for (std::size_t i = 1; i < out.size(); ++i) {
        const bool ordered = key_less(out[i - 1], out[i]) ||
                             (same_key(out[i - 1], out[i]) && out[i - 1].line < out[i].line);
        REQUIRE(ordered);
    }
    std::int64_t in_units = 0;
    std::int64_t out_units = 0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        in_units += in[i].units * in[i].line;
        out_units += out[i].units * out[i].line;
    }
    CHECK(in_units == out_units);  // the same rows, none lost or doubled
    CHECK(sort.empty());
}

TEST_CASE("An actuals file in any order gives the same table and summary", "[actuals][import]") {
    std::vector<Row> rows;
    for (int a = 0; a < kAccounts; ++a) {
        for (int s = 0; s < kSkus; ++s) {
            for (int w = 0; w < kWeeks; ++w) {
                rows.push_back({a, s, w, 0, 10 + (a * 7 + s * 3 + w) % 17, 1000 + 37 * (a + s + w),
                                (w % 3) == 0});
            }
        }
    }
    World sorted;
    const auto r1 = sorted.import(ImportKind::Actuals, actuals_csv(rows, false, 0));
    CHECK(r1.inserted == static_cast<std::int64_t>(rows.size()));
    // Tiny buffers: a few rows held back, then streamed; runs of 7 rows spilled and merged.
    ImportOptions tiny;
    tiny.hold_back_rows = 5;
    tiny.sort_run_rows = 7;
    {
        World streamed;
        streamed.import(ImportKind::Actuals, actuals_csv(rows, false, 0), tiny);
        CHECK(streamed.state() == sorted.state());
        CHECK(actuals_summary_mismatches(streamed.conn) == 0);
    }

    // By week (as an ERP extract by period), then shuffled: both take the sorting path.
    std::vector<Row> by_week = rows;
    std::stable_sort(by_week.begin(), by_week.end(),
                     [](const Row& x, const Row& y) { return x.w < y.w; });
    std::vector<Row> shuffled = rows;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937_64(11));
    // In key order for a while (streamed past the held-back rows), then out of it.
    std::vector<Row> late = rows;
    std::reverse(late.begin() + 100, late.end());
    for (const auto* variant : {&by_week, &shuffled, &late}) {
        for (const bool small : {false, true}) {
            World w;
            // Mid-week dates count in their ISO week.
            const auto r = w.import(ImportKind::Actuals, actuals_csv(*variant, false, 3),
                                    small ? tiny : ImportOptions{});
            CHECK(r.inserted == static_cast<std::int64_t>(rows.size()));
            CHECK(w.state() == sorted.state());
            CHECK(w.q("SELECT total(week * units + gross_amount * account_id + "
                      "ifnull(discount_amount, -1) * product_id) FROM actuals") ==
                  sorted.q("SELECT total(week * units + gross_amount * account_id + "
                           "ifnull(discount_amount, -1) * product_id) FROM actuals"));
            CHECK(actuals_summary_mismatches(w.conn) == 0);
        }
    }
    CHECK(actuals_summary_mismatches(sorted.conn) == 0);
    CHECK(sorted.q("SELECT sum(row_count) FROM actuals_summary") ==
          static_cast<std::int64_t>(rows.size()));
}

TEST_CASE("A duplicate key is refused wherever it sits in the file", "[actuals][import]") {
    std::vector<Row> rows;
    for (int w = 0; w < 4; ++w) {
        for (int a = 0; a < 3; ++a) {
            rows.push_back({a, 0, w, 0, 5, 500, false});
        }
    }
    SECTION("next to each other in key order") {
        World w;
        std::vector<Row> r{{0, 0, 0, 0, 1, 100, false}, {0, 0, 0, 0, 2, 200, false}};
        const ImportIssue issue = refused_once(w, actuals_csv(r, false, 0), 3);
        CHECK(issue.message.find("a second row for week 2025-01-06") != std::string::npos);
    }
    SECTION("in the sorted part of a file by week") {
        World w;
        std::vector<Row> r = rows;
        r.push_back({1, 0, 2, 0, 9, 900, false});  // line 14 repeats line 9's key
        const ImportIssue issue = refused_once(w, actuals_csv(r, false, 0), 14);
        CHECK(issue.column == "week");
    }
    SECTION("one row streamed before the file leaves key order, the other sorted after") {
        World w;
        std::vector<Row> r;
        for (int wk = 0; wk < 10; ++wk) {
            r.push_back({0, 0, wk, 0, 1, 100, false});
        }
        r.push_back({0, 0, 8, 0, 2, 200, false});  // line 12 repeats line 10's key
        r.push_back({0, 0, 9, 1, 2, 200, false});
        ImportOptions tiny;
        tiny.hold_back_rows = 3;
        tiny.sort_run_rows = 2;
        const ImportIssue issue = refused_once(w, actuals_csv(r, true, 0), 12, tiny);
        CHECK(issue.column == "week");
    }
    SECTION("one row before the file leaves key order, the other after") {
        World w;
        std::vector<Row> r{{0, 0, 0, 0, 1, 100, false},
                           {0, 0, 1, 0, 1, 100, false},
                           {0, 0, 0, 0, 1, 100, false}};  // out of order and a repeat of line 2
        CHECK(refused_once(w, actuals_csv(r, false, 0), 4).column == "week");
    }
}

TEST_CASE("A bad row far into a sorted file leaves nothing behind", "[actuals][import]") {
    World w;
    std::vector<Row> rows;
    for (int a = 0; a < kAccounts; ++a) {
        for (int s = 0; s < kSkus; ++s) {
            for (int wk = 0; wk < kWeeks; ++wk) {
                rows.push_back({a, s, wk, 0, 3, 300, false});
            }
        }
    }
    std::string text = actuals_csv(rows, false, 0);
    text += "2025-01-06,A9,S1,1,1.00,\n";
    // Held back, then streamed: most rows reached the table before this one was read.
    ImportOptions small_hold;
    small_hold.hold_back_rows = 10;
    CHECK(refused_once(w, text, static_cast<std::int64_t>(rows.size()) + 2, small_hold).column ==
          "account");
}

TEST_CASE(
    "The summary equals a recomputation after random imports, re-imports, rollbacks and "
    "master-data changes",
    "[actuals][summary][property]") {
    World w;
    std::mt19937_64 rng(20251127);
    const auto pick = [&](int n) {
        return static_cast<int>(rng() % static_cast<std::uint64_t>(n));
    };
    std::vector<std::int64_t> actual_batches;
    std::vector<std::int64_t> master_batches;
    int refused = 0;
    int rolled_back = 0;
    int rebranded = 0;
    for (int step = 0; step < 120; ++step) {
        const int what = pick(10);
        INFO("step " << step << " kind " << what);
        if (what < 5) {
            // A batch of random keys in random order; some repeat earlier batches' keys.
            std::map<std::tuple<int, int, int, int>, Row> keys;
            const int n = 1 + pick(60);
            for (int i = 0; i < n; ++i) {
                Row r{pick(kAccounts),      pick(kSkus), pick(kWeeks),
                      pick(4) == 0 ? 1 : 0, pick(50),    static_cast<std::int64_t>(pick(100000)),
                      pick(2) == 0};
                keys[{r.a, r.s, r.w, r.kind}] = r;
            }
            std::vector<Row> rows;
            for (const auto& [k, r] : keys) {
                rows.push_back(r);
            }
            if (pick(2) == 0) {
                std::shuffle(rows.begin(), rows.end(), rng);
            }
            const bool poison = pick(8) == 0;
            if (poison) {
                rows.push_back(rows[static_cast<std::size_t>(pick(static_cast<int>(rows.size())))]);
            }
            const auto before = w.state();
            try {
                ImportOptions options;
                if (pick(2) == 0) {
                    options.hold_back_rows = static_cast<std::size_t>(1 + pick(8));
                    options.sort_run_rows = static_cast<std::size_t>(2 + pick(8));
                }
                actual_batches.push_back(
                    w.import(ImportKind::Actuals, actuals_csv(rows, true, pick(7)), options)
                        .batch_id);
                REQUIRE_FALSE(poison);
            } catch (const ImportFailed&) {
                REQUIRE(poison);
                REQUIRE(w.state() == before);
                ++refused;
            }
        } else if (what < 7 && !actual_batches.empty()) {
            const auto i = static_cast<std::size_t>(pick(static_cast<int>(actual_batches.size())));
            try {
                rollback_batch(w.conn, w.admin(), actual_batches[i]);
                actual_batches.erase(actual_batches.begin() + static_cast<std::ptrdiff_t>(i));
                ++rolled_back;
            } catch (const UserError&) {
                // A later batch replaced some of its rows: refused, nothing changed.
            }
        } else if (what == 7) {
            const int a = pick(kAccounts);
            master_batches.push_back(
                w.import(ImportKind::Accounts,
                         fmt::format("code,name,channel,region\n{},Moved,{},{}\n", account_code(a),
                                     pick(2) == 0 ? "Grocery" : "Convenience",
                                     pick(2) == 0 ? "North" : "East"))
                    .batch_id);
        } else if (what == 8) {
            const int s = pick(kSkus);
            master_batches.push_back(
                w.import(ImportKind::Products,
                         fmt::format("sku,name,brand,category,list_price,unit_cost\n"
                                     "{},Renamed,{},Drinks,1.00,0.50\n",
                                     sku_code(s), pick(2) == 0 ? "Fizz" : "Nova"))
                    .batch_id);
            ++rebranded;
        } else if (!master_batches.empty()) {
            try {
                rollback_batch(w.conn, w.admin(), master_batches.back());
                master_batches.pop_back();
            } catch (const UserError&) {
                // Changed again since: refused.
            }
        }
        REQUIRE(actuals_summary_current(w.conn));
        REQUIRE(actuals_summary_mismatches(w.conn) == 0);
    }
    CHECK(refused > 0);
    CHECK(rolled_back > 0);
    CHECK(rebranded > 0);
    CHECK(w.q("SELECT count(*) FROM actuals") > 0);
}

TEST_CASE("brand-channel reads the summary and agrees with the detail rows when stale",
          "[actuals][report]") {
    World w;
    // Fizz in Grocery: week of 2025-01-06 (January) and the same month a year later.
    w.import(ImportKind::Actuals,
             "week,account,sku,units,gross_amount,discount_amount,kind\n"
             "2025-01-06,A1,S1,10,10.00,1.00,sell_in\n"
             "2025-01-13,A2,S2,5,10.00,,sell_in\n"
             "2025-01-13,A3,S3,7,10.50,,sell_in\n"
             "2025-01-13,A1,S1,99,99.00,,sell_out\n"
             "2026-01-05,A1,S1,30,30.00,,sell_in\n");
    const auto rows = brand_channel_report(w.conn, {}, Bucket::Month);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].brand == "Crisp");
    CHECK(rows[0].channel == "Discount");
    CHECK(rows[0].period == "2025-01");
    CHECK(rows[0].gross == 1050);
    CHECK(rows[1].brand == "Fizz");
    CHECK(rows[1].period == "2025-01");
    CHECK(rows[1].units == 15);  // sell-out is not sales
    CHECK(rows[1].gross == 2000);
    CHECK(rows[1].discounts == 100);
    CHECK(growth_text(rows[1]).empty());
    CHECK(rows[2].period == "2026-01");
    CHECK(rows[2].prior_units == 15);
    CHECK(rows[2].prior_gross == 2000);
    CHECK(growth_text(rows[2]) == "50.00");

    BrandChannelFilter from_2026;
    from_2026.from = Date(2026, 1, 1);
    const auto later = brand_channel_report(w.conn, from_2026, Bucket::Month);
    REQUIRE(later.size() == 1);
    CHECK(later[0].prior_gross == 2000);  // the prior year is read even before `from`

    // A re-branding outside the import path marks the summary stale: the report then reads
    // the detail rows, and the next write rebuilds the summary.
    w.conn.exec_script(
        "UPDATE products SET brand_id = (SELECT id FROM brands WHERE name = "
        "'Crisp') WHERE sku = 'S2';");
    REQUIRE_FALSE(actuals_summary_current(w.conn));
    const auto stale = brand_channel_report(w.conn, {}, Bucket::Month);
    REQUIRE(stale.size() == 4);
    CHECK(stale[0].gross == 1050);  // Crisp in Discount (A3) ...
    CHECK(stale[1].brand == "Crisp");
    CHECK(stale[1].channel == "Grocery");  // ... and now S2 at A2 too
    CHECK(stale[1].gross == 1000);
    w.import(ImportKind::Actuals, "week,account,sku,units,gross_amount\n2026-02-02,A5,S6,1,3.00\n");
    CHECK(actuals_summary_current(w.conn));
    CHECK(actuals_summary_mismatches(w.conn) == 0);
}

TEST_CASE("Exported import files carry sell-out rows and load back as the same actuals",
          "[actuals][export]") {
    World w;
    w.import(ImportKind::Actuals,
             "week,account,sku,units,gross_amount,discount_amount,kind\n"
             "2025-01-06,A1,S1,10,10.00,1.00,sell_in\n"
             "2025-01-06,A1,S1,8,8.00,,sell_out\n"
             "2025-01-13,A2,S2,5,10.00,,sell_in\n");
    const auto files = export_interchange_files(w.conn, w.dir.path() / "out", Date(2026, 6, 30));
    REQUIRE(files.size() == 7);
    World copy;
    // (This file has no prices or promotions: those files hold just their header.)
    for (const char* kind : {"products", "accounts", "actuals"}) {
        import_file(copy.conn, copy.admin(), *parse_import_kind(kind),
                    w.dir.path() / "out" / (std::string(kind) + ".csv"));
    }
    CHECK(copy.state() == std::make_tuple(std::int64_t{3}, std::int64_t{23}, std::int64_t{3},
                                          std::int64_t{2800}, std::int64_t{5}));
    CHECK(copy.q("SELECT count(*) FROM actuals WHERE kind = 1 AND discount_amount IS NULL") == 1);
    CHECK(copy.q("SELECT total(discount_amount) FROM actuals") == 100);
    CHECK(actuals_summary_mismatches(copy.conn) == 0);
}
