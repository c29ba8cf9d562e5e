// The pivot builder's core (reports/pivot_*) on a small hand-made file, figures worked out by hand.
//
// Products F1, F2 (Fizz, Drinks) and C1 (Crisp, Snacks); accounts A (Super, North), B (Super,
// South), C (Kiosk, North). Actuals (week, account, sku, units, gross, discount):
//   2025-01-06 A F1 10   0.10  0.01      2025-03-31 B F1  5 100.05  -
//   2025-01-13 A F2 20   0.20  0.02      2025-04-07 C C1  7   0.70  0.10
//                                        2025-04-07 A C1  3  33.33  -
// Brand × channel of gross: Crisp: Kiosk 0.70, Super 33.33 (34.03); Fizz: Super 0.10 + 0.20 +
// 100.05 = 100.35; totals Kiosk 0.70, Super 133.68, all 134.38.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <atomic>
#include <fstream>

#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "reports/pivot_run.h"
#include "reports/pivot_saved.h"
#include "security/audit.h"
#include "security/users.h"
#include "temp_dir.h"
#include "workflows/imports.h"

using namespace uplift;
using Catch::Matchers::Contains;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// The rows, then the total row (which the screen and the PDF show after them).
Rows all_rows(const ReportTable& t) {
    Rows out = t.rows;
    out.insert(out.end(), t.totals.begin(), t.totals.end());
    return out;
}

struct PivotWorld {
    test::TempDir dir{"pivot"};
    std::filesystem::path file = dir / "pivot.uplift";
    db::Connection conn = db::create_file(file, Currency("EUR"));
    int files = 0;

    PivotWorld() {
        const ActionContext admin = as("admin");
        import(ImportKind::Products,
               "sku,name,brand,category,list_price,unit_cost\n"
               "F1,Cola,Fizz,Drinks,2.00,1.00\nF2,Lemon,Fizz,Drinks,3.00,1.50\n"
               "C1,Chips,Crisp,Snacks,1.00,0.40\n");
        import(ImportKind::Accounts,
               "code,name,channel,region\nA,Shop A,Super,North\nB,Shop B,Super,South\n"
               "C,Kiosk C,Kiosk,North\n");
        import(ImportKind::Actuals,
               "week,account,sku,units,gross_amount,discount_amount\n"
               "2025-01-06,A,F1,10,0.10,0.01\n"
               "2025-01-13,A,F2,20,0.20,0.02\n"
               "2025-03-31,B,F1,5,100.05,\n"
               "2025-04-07,C,C1,7,0.70,0.10\n"
               "2025-04-07,A,C1,3,33.33,\n");
        add_user(conn, admin, "bm1", {Role::BrandManager});
        add_user(conn, admin, "kam1", {Role::KeyAccountManager});
    }

    ActionContext as(const std::string& user) {
        return load_actor(conn, user, Date(2025, 6, 30), "2025-06-30T12:00:00Z");
    }

    void import(ImportKind kind, const std::string& text) {
        const auto p = dir / fmt::format("f{}.csv", files++);
        std::ofstream(p, std::ios::binary) << text;
        import_file(conn, as("admin"), kind, p);
    }

    ReportTable pivot(const PivotLayout& layout, const std::atomic<bool>* cancel = nullptr) {
        return run_pivot(file, layout, cancel);
    }
};

PivotLayout layout_of(std::string source, std::vector<std::string> rows,
                      std::vector<std::string> columns, std::vector<std::string> values) {
    PivotLayout l;
    l.source = std::move(source);
    l.rows = std::move(rows);
    l.columns = std::move(columns);
    for (const std::string& v : values) {
        l.values.push_back(parse_pivot_value(v));
    }
    return l;
}

}  // namespace

TEST_CASE("a brand × channel pivot of the weekly summary, with totals", "[pivot]") {
    PivotWorld w;
    const ReportTable t =
        w.pivot(layout_of("v_sales_weekly", {"brand"}, {"channel"}, {"sum:gross_amount"}));
    CHECK(t.name == "pivot");
    CHECK(t.header == std::vector<std::string>{"brand", "Kiosk", "Super", "Total"});
    CHECK(all_rows(t) == Rows{{"Crisp", "0.70", "33.33", "34.03"},
                              {"Fizz", "", "100.35", "100.35"},
                              {"Total", "0.70", "133.68", "134.38"}});
    CHECK(t.is_text == std::vector<bool>{true, false, false, false});
    REQUIRE_FALSE(t.notes.empty());
    CHECK_THAT(t.notes.front(), Contains("rows brand; columns channel; values sum_gross_amount"));

    // The same pivot of the detail rows gives the same cells.
    const ReportTable detail =
        w.pivot(layout_of("v_actuals", {"brand"}, {"channel"}, {"sum:gross_amount"}));
    CHECK(all_rows(detail) == all_rows(t));
    // The Total row is the table's total row: shown on screen and in the PDF, not in CSV.
    CHECK(t.rows.size() == 2);
    CHECK(t.totals == Rows{{"Total", "0.70", "133.68", "134.38"}});

    // Without totals: no Total column or row.
    PivotLayout bare = layout_of("v_sales_weekly", {"brand"}, {"channel"}, {"sum:gross_amount"});
    bare.totals = false;
    const ReportTable b = w.pivot(bare);
    CHECK(b.header == std::vector<std::string>{"brand", "Kiosk", "Super"});
    CHECK(b.rows == Rows{{"Crisp", "0.70", "33.33"}, {"Fizz", "", "100.35"}});
    CHECK(b.totals.empty());
}

TEST_CASE("two values under two column dimensions are named by key and value", "[pivot]") {
    PivotWorld w;
    const ReportTable t = w.pivot(
        layout_of("v_actuals", {"region"}, {"channel", "kind"}, {"sum:units", "count:rows"}));
    CHECK(t.header == std::vector<std::string>{
                          "region", "Kiosk / sell_in: sum_units", "Kiosk / sell_in: count_rows",
                          "Super / sell_in: sum_units", "Super / sell_in: count_rows",
                          "Total: sum_units", "Total: count_rows"});
    // North: A 10 + 20 + 3 (Super), C 7 (Kiosk); South: B 5.
    CHECK(all_rows(t) == Rows{{"North", "7", "1", "33", "3", "40", "4"},
                              {"South", "", "", "5", "1", "5", "1"},
                              {"Total", "7", "1", "38", "4", "45", "5"}});
}

TEST_CASE("money is exact: cents are summed, averages are rounded once", "[pivot]") {
    PivotWorld w;
    // A double sums 0.10 + 0.20 to 0.30000000000000004 and averages 0.01 and 0.02 to
    // 0.01499999..., which prints 0.01; in cents the average is 1.5, which rounds to 0.02.
    for (const char* source : {"v_actuals", "v_sales_weekly"}) {
        const ReportTable t = w.pivot(
            layout_of(source, {"month"}, {},
                      {"sum:gross_amount", "count:rows", "avg:discount_amount", "avg:units"}));
        INFO(source);
        CHECK(t.header == std::vector<std::string>{"month", "sum_gross_amount", "count_rows",
                                                   "avg_discount_amount", "avg_units"});
        CHECK(all_rows(t) == Rows{{"2025-01", "0.30", "2", "0.02", "15.00"},
                                  {"2025-03", "100.05", "1", "0.00", "5.00"},
                                  {"2025-04", "34.03", "2", "0.05", "5.00"},
                                  {"Total", "134.38", "5", "0.03", "9.00"}});
    }
    const ReportTable extremes =
        w.pivot(layout_of("v_actuals", {"brand"}, {}, {"min:gross_amount", "max:gross_amount"}));
    CHECK(all_rows(extremes) == Rows{{"Crisp", "0.70", "33.33"},
                                     {"Fizz", "0.10", "100.05"},
                                     {"Total", "0.10", "100.05"}});
}

TEST_CASE("time buckets: week, quarter and year of the week column", "[pivot]") {
    PivotWorld w;
    const ReportTable q =
        w.pivot(layout_of("v_sales_weekly", {"year", "quarter"}, {}, {"sum:gross_amount"}));
    CHECK(all_rows(q) == Rows{{"2025", "2025-Q1", "100.35"},
                              {"2025", "2025-Q2", "34.03"},
                              {"Total", "", "134.38"}});
    const ReportTable wk = w.pivot(layout_of("v_actuals", {"week"}, {}, {"sum:units"}));
    CHECK(all_rows(wk) == Rows{{"2025-01-06", "10"},
                               {"2025-01-13", "20"},
                               {"2025-03-31", "5"},
                               {"2025-04-07", "10"},
                               {"Total", "45"}});
}

TEST_CASE("filters keep the rows whose dimension is one of the values", "[pivot]") {
    PivotWorld w;
    PivotLayout l = layout_of("v_actuals", {"account"}, {}, {"sum:units"});
    l.filters = {{"channel", {"Super"}}};
    CHECK(all_rows(w.pivot(l)) == Rows{{"A", "33"}, {"B", "5"}, {"Total", "38"}});
    l.filters = {{"channel", {"Super", "Kiosk"}}, {"quarter", {"2025-Q2"}}};
    CHECK(all_rows(w.pivot(l)) == Rows{{"A", "3"}, {"C", "7"}, {"Total", "10"}});
    // A value is data, never SQL.
    l.filters = {{"account", {"A' OR 1=1 --"}}};
    CHECK(w.pivot(l).rows.empty());
}

TEST_CASE("bad fields are refused by name", "[pivot]") {
    PivotWorld w;
    const auto refused = [&](const PivotLayout& l, const std::string& words) {
        INFO(describe_pivot_layout(l));
        CHECK_THROWS_WITH(w.pivot(l), Contains(words));
    };
    refused(layout_of("products", {"brand"}, {}, {"sum:units"}), "'products' is not one of");
    refused(layout_of("v_actuals", {"brnd"}, {}, {"sum:units"}),
            "'brnd' is not a dimension of v_actuals");
    refused(layout_of("v_actuals", {"brand"}, {"channel; DROP TABLE x"}, {"sum:units"}),
            "pivot columns: 'channel; DROP TABLE x' is not a dimension");
    refused(layout_of("v_actuals", {"brand"}, {}, {"sum:price"}),
            "'price' is not a measure of v_actuals");
    refused(layout_of("v_sales_weekly", {"brand"}, {}, {"max:units"}),
            "max of 'units' is not offered (sum, avg only)");
    refused(layout_of("v_actuals", {"brand"}, {"channel", "region", "kind"}, {"sum:units"}),
            "at most 2");
    refused(layout_of("v_actuals", {"brand"}, {"brand"}, {"sum:units"}), "'brand' is used twice");
    refused(layout_of("v_actuals", {}, {}, {"sum:units"}), "pivot rows");
    PivotLayout f = layout_of("v_actuals", {"brand"}, {}, {"sum:units"});
    f.filters = {{"colour", {"red"}}};
    refused(f, "pivot filter: 'colour' is not a dimension");
    CHECK_THROWS_WITH(parse_pivot_value("gross_amount"), Contains("AGGREGATE:MEASURE"));
    CHECK_THROWS_WITH(parse_pivot_value("total:units"), Contains("'total' is not sum"));
}

TEST_CASE("a pivot wider than 500 columns is refused", "[pivot]") {
    PivotWorld w;
    // 250 more weeks of F1 at A: 250 week columns × 2 values + 2 totals = 502 columns.
    std::string text = "week,account,sku,units,gross_amount\n";
    Date monday(2020, 1, 6);
    for (int i = 0; i < 250; ++i) {
        text += fmt::format("{},A,F1,1,1.00\n", to_iso(monday));
        monday = monday + boost::gregorian::days(7);
    }
    w.import(ImportKind::Actuals, text);
    PivotLayout l = layout_of("v_actuals", {"brand"}, {"week"}, {"sum:units", "sum:gross_amount"});
    l.filters = {{"year", {"2020", "2021", "2022", "2023", "2024"}}};
    CHECK_THROWS_WITH(w.pivot(l), Contains("more than 500 columns"));
    l.totals = false;  // exactly 500
    const ReportTable t = w.pivot(l);
    CHECK(t.header.size() == 501);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.header[1] == "2020-01-06: sum_units");
    CHECK(t.rows[0][0] == "Fizz");
    CHECK(t.rows[0][1] == "1");
    CHECK(t.rows[0][500] == "1.00");
}

TEST_CASE("a cancelled pivot stops with Cancelled", "[pivot]") {
    PivotWorld w;
    std::atomic<bool> cancel{true};
    CHECK_THROWS_AS(w.pivot(layout_of("v_actuals", {"sku"}, {}, {"sum:units"}), &cancel),
                    Cancelled);
}

TEST_CASE("the weekly pivot reads the detail rows while the summary waits for a rebuild",
          "[pivot]") {
    PivotWorld w;
    w.conn.exec_script(
        "UPDATE products SET brand_id = (SELECT id FROM brands WHERE name = 'Crisp') "
        "WHERE sku = 'F2';");
    const ReportTable t = w.pivot(layout_of("v_sales_weekly", {"brand"}, {}, {"sum:gross_amount"}));
    CHECK(all_rows(t) == Rows{{"Crisp", "34.23"}, {"Fizz", "100.15"}, {"Total", "134.38"}});
    CHECK_THAT(t.notes.back(), Contains("Read from v_actuals"));
}

TEST_CASE("saved layouts round-trip and belong to their owner", "[pivot]") {
    PivotWorld w;
    PivotLayout l = layout_of("v_sales_weekly", {"brand", "month"}, {"channel"},
                              {"sum:gross_amount", "avg:units"});
    l.filters = {{"region", {"North", "South, \"quoted\""}}};
    l.totals = false;
    CHECK(pivot_layout_from_text(pivot_layout_to_text(l)) == l);

    CHECK_FALSE(save_pivot_layout(w.conn, w.as("bm1"), "  Brands by month ", l));
    CHECK(load_pivot_layout(w.conn, w.as("bm1"), "Brands by month") == l);
    PivotLayout changed = l;
    changed.totals = true;
    CHECK(save_pivot_layout(w.conn, w.as("bm1"), "Brands by month", changed));
    CHECK(load_pivot_layout(w.conn, w.as("bm1"), "Brands by month") == changed);

    const auto mine = list_pivot_layouts(w.conn, w.as("bm1"));
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].name == "Brands by month");
    CHECK(mine[0].owner == "bm1");
    CHECK(list_pivot_layouts(w.conn, w.as("kam1")).empty());
    CHECK(list_pivot_layouts(w.conn, w.as("admin")).size() == 1);

    // Another user can neither open nor delete it; their own name space is empty.
    CHECK_THROWS_AS(load_pivot_layout(w.conn, w.as("kam1"), "Brands by month", "bm1"),
                    PermissionDenied);
    CHECK_THROWS_AS(delete_pivot_layout(w.conn, w.as("kam1"), "Brands by month", "bm1"),
                    PermissionDenied);
    CHECK_THROWS_WITH(delete_pivot_layout(w.conn, w.as("kam1"), "Brands by month"),
                      Contains("no saved pivot 'Brands by month'"));
    CHECK(list_pivot_layouts(w.conn, w.as("bm1")).size() == 1);

    // A layout the catalogue refuses is not saved.
    CHECK_THROWS_WITH(save_pivot_layout(w.conn, w.as("bm1"), "bad",
                                        layout_of("v_actuals", {"colour"}, {}, {"sum:units"})),
                      Contains("'colour' is not a dimension"));
    CHECK_THROWS_WITH(save_pivot_layout(w.conn, w.as("bm1"), "  ", l), Contains("needs a name"));

    delete_pivot_layout(w.conn, w.as("bm1"), "Brands by month");
    CHECK(list_pivot_layouts(w.conn, w.as("bm1")).empty());
    // Admin may delete anyone's.
    save_pivot_layout(w.conn, w.as("kam1"), "Mine", l);
    delete_pivot_layout(w.conn, w.as("admin"), "Mine", "kam1");
    CHECK(list_pivot_layouts(w.conn, w.as("admin")).empty());

    const auto audit = audit_history(w.conn, "pivot_layout");
    REQUIRE(audit.size() == 5);
    CHECK(audit.back().action == "create");
    CHECK(audit.back().entity_key == "bm1/Brands by month");
    CHECK(audit.front().action == "delete");
    CHECK(audit.front().entity_key == "kam1/Mine");
}
