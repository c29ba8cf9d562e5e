// Drill-down (reports/source_rows.h): for every standard report, the rows behind a figure add
// up to the figure the report printed, on a small world worked out by hand.
//
// Sell-in (Super channel: accounts A and B; Fizz: F1 list 2.00, F2 list 3.00; Crisp: C1):
//   2024-03-04 A F1 8 / 16.00          2024-03-11 B F1 2 / 4.00        (prior year: 20.00)
//   2025-02-24 A F1 1 / 2.00
//   2025-03-03 A F1 10 / 20.00         2025-03-10 A F1 20 / 40.00      2025-03-10 A F2 5 / 15.00
//   2025-03-10 A C1 100 / 100.00       2025-03-17 A F1 30 / 60.00, invoiced discount 3.00
//   2025-03-24 B F1 7 / 14.00, invoiced discount 1.00
// Fizz × Super in March 2025: 72 units, 149.00 over 5 rows. A × Fizz in March: 65 / 135.00.
// P1 (approved): 10 % off F1 at A in store 2025-03-10..16 plus a 5.00 fee on Fizz-A: baseline
// (1 + 10) / 2 = 5.5 a week, actual 20 units, spend 10 % × 2.00 × 20 + 5.00 = 9.00. Claim CL1
// 6.00: 5.00 settled, 1.00 written off. The two invoiced discounts have no entitlement
// (excess 3.00 and 1.00). Requests by kam1 for A × F1: 20 % (40.00, pending) and 10 % (20.00,
// approved); a TPR return of 4.00.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analytics/brand_channel.h"
#include "analytics/budget_vs_actual.h"
#include "analytics/discount_analysis.h"
#include "analytics/post_event_sheet.h"
#include "analytics/roi_report.h"
#include "analytics/unjustified_discounts.h"
#include "discounts/returns.h"
#include "funds/claims.h"
#include "funds_test_support.h"
#include "reports/report_table.h"
#include "reports/source_rows.h"
#include "reports/source_rows_fill.h"
#include "targets/sales_plan.h"
#include "workflows/discount_decisions.h"

using namespace uplift;
using namespace uplift::funds_test;

namespace {

struct DrillWorld : World {
    std::int64_t approved_request = 0;

    DrillWorld() {
        const ActionContext fin = as("fin1");
        allocate(conn, fin, "HQ", 100'000, "budget");
        allocate(conn, fin, "Fizz", 60'000, "budget");
        allocate(conn, fin, "Fizz-A", 50'000, "budget");
        import(as("admin"), ImportKind::Actuals,
               "week,account,sku,units,gross_amount,discount_amount\n"
               "2024-03-04,A,F1,8,16.00,0.00\n2024-03-11,B,F1,2,4.00,0.00\n"
               "2025-02-24,A,F1,1,2.00,0.00\n2025-03-03,A,F1,10,20.00,0.00\n"
               "2025-03-10,A,F1,20,40.00,0.00\n2025-03-10,A,F2,5,15.00,0.00\n"
               "2025-03-10,A,C1,100,100.00,0.00\n2025-03-17,A,F1,30,60.00,3.00\n"
               "2025-03-24,B,F1,7,14.00,1.00\n");
        PromotionDraft d;
        d.code = "P1";
        d.account = "A";
        d.instore = {Date(2025, 3, 10), Date(2025, 3, 16)};
        d.skus = {"F1"};
        d.discount_pct_units = 100'000;
        d.fixed_cost_cents = 500;
        d.fund = "Fizz-A";
        create_promotion(conn, as("sm1"), d);
        status("sm1", "P1", PromotionAction::Submit);
        status("fin1", "P1", PromotionAction::Approve);
        enter_claim(conn, fin, {"CL1", "P1", 600, Date(2025, 3, 20), ""});
        settle_claim(conn, as("fin1"), "CL1",
                     {500, 100, "crushed pallet", std::nullopt, "damaged"});
        NewDiscountRequest r;
        r.account = "A";
        r.skus = {"F1"};
        r.period = {Date(2025, 7, 7), Date(2025, 7, 13)};
        r.reason = "TPR";
        r.expected_units = 100;
        r.pct_units = 200'000;
        request_discount(conn, as("kam1"), r);
        r.pct_units = 100'000;
        approved_request = request_discount(conn, as("kam1"), r).id;
        approve_discount_request(conn, as("sm1"), approved_request, "fine");
        NewReturn back;
        back.date = Date(2025, 3, 12);
        back.account = "A";
        back.sku = "F1";
        back.units = 2;
        back.amount_cents = 400;
        back.reason = "TPR";
        enter_return(conn, as("kam1"), back);
        import(as("admin"), ImportKind::Targets,
               "period,account,brand,units,value\n2025-03,A,Fizz,100,300.00\n");
    }
};

std::size_t column_of(const ReportTable& t, const std::string& name) {
    const auto it = std::find(t.header.begin(), t.header.end(), name);
    REQUIRE(it != t.header.end());
    return static_cast<std::size_t>(it - t.header.begin());
}

std::size_t row_of(const ReportTable& t, const std::vector<std::string>& keys) {
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        if (std::equal(keys.begin(), keys.end(), t.rows[r].begin())) {
            return r;
        }
    }
    FAIL("no row " << keys.front());
    return 0;
}

// The rows behind one cell; the table that stands for the figure must print it.
SourceRows behind(DrillWorld& w, const ReportTable& t, std::size_t row, const std::string& column,
                  std::size_t limit = 100) {
    const auto ref = source_for_cell(t, row, column_of(t, column));
    REQUIRE(ref);
    return source_rows(w.conn, *ref, limit);
}

const SourceTable& table_named(const SourceRows& rows, const std::string& name) {
    const auto it = std::find_if(rows.tables.begin(), rows.tables.end(),
                                 [&](const SourceTable& t) { return t.table.name == name; });
    REQUIRE(it != rows.tables.end());
    return *it;
}

// The table of `name` stands for the figure, its total prints `expected`, and so does the
// report's cell.
void adds_up(const SourceRows& rows, const std::string& name, const std::string& expected) {
    const SourceTable& t = table_named(rows, name);
    INFO(rows.title << " / " << name);
    REQUIRE(!t.figure_column.empty());
    if (t.figure_column == "rows") {
        CHECK(std::to_string(t.total_rows) == expected);
    } else {
        REQUIRE(t.total(t.figure_column) != nullptr);
        CHECK(t.total(t.figure_column)->text == expected);
    }
    REQUIRE(t.matches.has_value());
    CHECK(*t.matches);
}

bool states_the_convention(const ReportTable& t) {
    return std::any_of(t.notes.begin(), t.notes.end(),
                       [](const std::string& n) { return n.rfind(kVarianceConvention, 0) == 0; });
}

}  // namespace

TEST_CASE("ROI: spend and actual units are the sums of their rows", "[source_rows]") {
    DrillWorld w;
    for (const RoiGrouping by : {RoiGrouping::Promotion, RoiGrouping::Brand}) {
        const ReportTable roi = roi_table(roi_report(w.conn, {}, by, w.today), by);
        const std::size_t r = row_of(roi, {by == RoiGrouping::Brand ? "Fizz" : "P1"});
        CHECK(roi.rows[r][column_of(roi, "actual_units")] == "20");
        CHECK(roi.rows[r][column_of(roi, "spend")] == "9.00");
        CHECK(roi.rows[r][column_of(roi, "incremental_units")] == "14.50");
        CHECK(roi.rows[r][column_of(roi, "incremental_profit")] == "5.50");
        const SourceRows units = behind(w, roi, r, "actual_units");
        adds_up(units, "actual-rows", "20");
        CHECK(table_named(units, "actual-rows").table.rows ==
              std::vector<std::vector<std::string>>{
                  {"P1", "A", "F1", "2025-03-10", "sell_in", "20", "40.00"}});
        const SourceRows spend = behind(w, roi, r, "spend");
        CHECK(spend.title == "Rows behind: " + roi.rows[r][0] + " · spend");
        adds_up(spend, "spend", "9.00");
        CHECK(table_named(spend, "spend").total_rows == 2);  // the 10 % and the fee
        // The funds' side explains it without summing to it: the claim settled and written off.
        const SourceTable& claims = table_named(spend, "claims");
        CHECK(claims.total("settled")->text == "5.00");
        CHECK(claims.total("written_off")->text == "1.00");
        CHECK(table_named(spend, "ledger-entries").total_rows >= 3);
    }
}

TEST_CASE("post-event: a week's actual units are its rows", "[source_rows]") {
    DrillWorld w;
    const ReportTable sheet = post_event_table(post_event_sheet(w.conn, "P1", w.today), false);
    const std::size_t r = row_of(sheet, {"2025-03-10"});
    CHECK(sheet.rows[r][column_of(sheet, "actual_units")] == "20");
    const SourceRows rows = behind(w, sheet, r, "actual_units");
    REQUIRE(rows.tables.size() == 1);
    adds_up(rows, "actual-rows", "20");
    const SourceRows before = behind(w, sheet, row_of(sheet, {"2025-03-03"}), "actual_units");
    adds_up(before, "actual-rows", "10");
}

TEST_CASE("budget vs actual: a fund's columns are sums of its ledger entries", "[source_rows]") {
    DrillWorld w;
    const ReportTable budget =
        budget_table({{"", budget_vs_actual(w.conn, {}, w.today)}}, false, true, true);
    const std::size_t r = row_of(budget, {"Fizz-A"});
    CHECK(budget.rows[r][column_of(budget, "allocated")] == "500.00");
    CHECK(budget.rows[r][column_of(budget, "actual")] == "6.00");
    adds_up(behind(w, budget, r, "allocated"), "ledger-entries", "500.00");
    const SourceRows actual = behind(w, budget, r, "actual");
    adds_up(actual, "ledger-entries", "6.00");
    // 5.00 settled on the two tactics (the 10 % first, then the fee) and 1.00 written off.
    CHECK(actual.tables.front().total_rows == 3);
    const std::string committed = budget.rows[r][column_of(budget, "committed")];
    CHECK(committed != "0.00");
    adds_up(behind(w, budget, r, "committed"), "open-commitments", committed);
    adds_up(behind(w, budget, row_of(budget, {"HQ"}), "distributed"), "ledger-entries", "600.00");
    // docs/formulas.md "Variances": available is favourable when positive.
    CHECK(committed == "1.36");
    CHECK(budget.rows[r][column_of(budget, "available")] == "492.64");
}

TEST_CASE("brand x channel: a cell's sales, prior year and spend are its rows", "[source_rows]") {
    DrillWorld w;
    const ReportTable bc = brand_channel_table(brand_channel_report(w.conn, {}, Bucket::Month));
    const std::size_t r = row_of(bc, {"Fizz", "Super", "2025-03"});
    CHECK(bc.rows[r][column_of(bc, "gross_sales")] == "149.00");
    CHECK(bc.rows[r][column_of(bc, "units")] == "72");
    CHECK(bc.rows[r][column_of(bc, "prior_gross_sales")] == "20.00");
    CHECK(bc.rows[r][column_of(bc, "trade_spend")] == "9.00");
    const SourceRows gross = behind(w, bc, r, "gross_sales");
    CHECK(gross.title == "Rows behind: Fizz · Super · 2025-03 · gross_sales");
    adds_up(gross, "sell-in-rows", "149.00");
    CHECK(table_named(gross, "sell-in-rows").total_rows == 5);
    adds_up(behind(w, bc, r, "units"), "sell-in-rows", "72");
    adds_up(behind(w, bc, r, "prior_gross_sales"), "prior-year-rows", "20.00");
    adds_up(behind(w, bc, r, "trade_spend"), "spend", "9.00");
    // A date filter clips the cell, and its rows with it.
    BrandChannelFilter from_mid_march;
    from_mid_march.from = Date(2025, 3, 15);
    const ReportTable clipped =
        brand_channel_table(brand_channel_report(w.conn, from_mid_march, Bucket::Month));
    const std::size_t c = row_of(clipped, {"Fizz", "Super", "2025-03"});
    CHECK(clipped.rows[c][column_of(clipped, "gross_sales")] == "74.00");
    adds_up(behind(w, clipped, c, "gross_sales"), "sell-in-rows", "74.00");
}

TEST_CASE("a drill-down shows the first rows and sums all of them", "[source_rows]") {
    DrillWorld w;
    const ReportTable bc = brand_channel_table(brand_channel_report(w.conn, {}, Bucket::Month));
    const SourceRows two =
        behind(w, bc, row_of(bc, {"Fizz", "Super", "2025-03"}), "gross_sales", 2);
    const SourceTable& t = table_named(two, "sell-in-rows");
    CHECK(t.table.rows.size() == 2);
    CHECK(t.total_rows == 5);
    CHECK(t.total("gross_amount")->text == "149.00");
    CHECK(t.total("units")->text == "72");
    CHECK(*t.matches);
    // A word column lists every table behind the row, none standing for a figure.
    const SourceRows all = behind(w, bc, row_of(bc, {"Fizz", "Super", "2025-03"}), "brand");
    CHECK(all.tables.size() == 3);
    for (const SourceTable& s : all.tables) {
        CHECK(!s.matches.has_value());
    }
}

TEST_CASE("the cell's sell-in rows are read through the actuals key", "[source_rows]") {
    DrillWorld w;
    db::Statement plan(w.conn,
                       std::string("EXPLAIN QUERY PLAN ") + source_rows_detail::kSalesCellRows);
    plan.bind_all(std::int64_t{1}, std::int64_t{1}, std::int64_t{1}, std::int64_t{0},
                  std::int64_t{100000});
    std::string steps;
    while (plan.step()) {
        steps += plan.get_text(3) + "\n";
    }
    INFO(steps);
    CHECK(steps.find("SEARCH x USING PRIMARY KEY (account_id=? AND product_id=? AND week>? AND "
                     "week<?)") != std::string::npos);
    CHECK(steps.find("SCAN x") == std::string::npos);
}

TEST_CASE("discount analysis: counts and values are the requests and returns counted",
          "[source_rows]") {
    DrillWorld w;
    const ReportTable d = discount_analysis_table(
        analyse_discounts(w.conn, DiscountDimension::Reason), DiscountDimension::Reason);
    const std::size_t r = row_of(d, {"TPR"});
    CHECK(d.rows[r][column_of(d, "requested_value")] == "60.00");
    adds_up(behind(w, d, r, "requested_value"), "requests", "60.00");
    adds_up(behind(w, d, r, "requests"), "requests", "2");
    adds_up(behind(w, d, r, "approved_value"), "approved-requests", "20.00");
    adds_up(behind(w, d, r, "pending"), "requests", "1");
    adds_up(behind(w, d, r, "returns"), "returns", "4.00");
    // The claim written off counts under its code.
    const std::size_t damaged = row_of(d, {"DAMAGED"});
    adds_up(behind(w, d, damaged, "write_offs"), "write_offs", "1.00");
    CHECK(!states_the_convention(d));  // counts and values, no variance
}

TEST_CASE("unjustified discounts: a row is its actuals row, a group its flagged rows",
          "[source_rows]") {
    DrillWorld w;
    const auto flagged = find_unjustified_discounts(w.conn);
    REQUIRE(flagged.size() == 2);
    const ReportTable rows = unjustified_table(flagged, std::nullopt);
    const std::size_t r = row_of(rows, {"2025-03-17", "A", "F1"});
    adds_up(behind(w, rows, r, "excess"), "flagged-rows", "3.00");
    const ReportTable by_reason = unjustified_table(flagged, UnjustifiedGrouping::Reason);
    const std::size_t g = row_of(by_reason, {"no_entitlement"});
    adds_up(behind(w, by_reason, g, "excess"), "flagged-rows", "4.00");
    adds_up(behind(w, by_reason, g, "rows"), "flagged-rows", "2");
    adds_up(behind(w, by_reason, g, "invoiced_discount"), "flagged-rows", "4.00");
    const ReportTable all = unjustified_table(flagged, std::nullopt, true);
    adds_up(behind(w, all, row_of(all, {"B"}), "excess"), "flagged-rows", "1.00");
}

TEST_CASE("targets: target and actual are the target rows and the sell-in rows", "[source_rows]") {
    DrillWorld w;
    for (const TargetGrouping by : {TargetGrouping::Key, TargetGrouping::Brand}) {
        const ReportTable t = targets_table(target_report(w.conn, {}, by), by, {});
        const std::size_t r = row_of(t, {by == TargetGrouping::Key ? "2025-03" : "Fizz"});
        CHECK(t.rows[r][column_of(t, "actual_units")] == "65");
        CHECK(t.rows[r][column_of(t, "actual_value")] == "135.00");
        adds_up(behind(w, t, r, "actual_units"), "sell-in-rows", "65");
        adds_up(behind(w, t, r, "actual_value"), "sell-in-rows", "135.00");
        adds_up(behind(w, t, r, "target_value"), "targets", "300.00");
    }
}

TEST_CASE("reports with variances state the sign convention", "[source_rows]") {
    DrillWorld w;
    CHECK(states_the_convention(roi_table(roi_report(w.conn, {}, RoiGrouping::Promotion, w.today),
                                          RoiGrouping::Promotion)));
    CHECK(states_the_convention(post_event_table(post_event_sheet(w.conn, "P1", w.today), true)));
    CHECK(states_the_convention(
        budget_table({{"", budget_vs_actual(w.conn, {}, w.today)}}, false, false, false)));
    CHECK(states_the_convention(
        brand_channel_table(brand_channel_report(w.conn, {}, Bucket::Month))));
    CHECK(
        states_the_convention(unjustified_table(find_unjustified_discounts(w.conn), std::nullopt)));
    CHECK(states_the_convention(
        targets_table(target_report(w.conn, {}, TargetGrouping::Key), TargetGrouping::Key, {})));
    // Budget's first note stays the one the CLI's table prints.
    CHECK(budget_table({}, false, false, false).notes.front().rfind("expected = ", 0) == 0);
}

TEST_CASE("a total row's rows are those of the rows above it", "[source_rows][totals]") {
    DrillWorld w;
    // A second promotion, a week later: the ROI report gets a total row.
    PromotionDraft d;
    d.code = "P2";
    d.account = "A";
    d.instore = {Date(2025, 3, 17), Date(2025, 3, 23)};
    d.skus = {"F1"};
    d.discount_pct_units = 50'000;
    d.fund = "Fizz-A";
    create_promotion(w.conn, w.as("sm1"), d);
    const ReportTable roi =
        roi_table(roi_report(w.conn, {}, RoiGrouping::Promotion, w.today), RoiGrouping::Promotion);
    REQUIRE(roi.rows.size() == 2);
    REQUIRE(roi.totals.size() == 1);
    const std::size_t total = roi.rows.size();
    // 20 + 30 units; the spend of both promotions' lines.
    CHECK(roi.totals[0][column_of(roi, "actual_units")] == "50");
    adds_up(behind(w, roi, total, "actual_units"), "actual-rows", "50");
    adds_up(behind(w, roi, total, "spend"), "spend", roi.totals[0][column_of(roi, "spend")]);
    CHECK(behind(w, roi, total, "spend").title == "Rows behind: Total · spend");

    // Discounts by month: the July requests and the March return, then their total.
    const ReportTable by_month = discount_analysis_table(
        analyse_discounts(w.conn, DiscountDimension::Month, {}), DiscountDimension::Month);
    REQUIRE(by_month.rows.size() == 2);
    REQUIRE(by_month.totals.size() == 1);
    CHECK(by_month.totals[0][column_of(by_month, "requests")] == "2");
    adds_up(behind(w, by_month, by_month.rows.size(), "requests"), "requests", "2");
    adds_up(behind(w, by_month, by_month.rows.size(), "returns"), "returns", "4.00");
}
