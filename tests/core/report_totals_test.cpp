// Subtotals and totals of the standard reports: sums of the exact figures, with ratios taken
// from those sums (never the sum or average of printed ratios), and never in the CSV rows.
#include <catch2/catch.hpp>

#include "money/percent.h"
#include "reports/report_table.h"

using namespace uplift;

namespace {

BrandChannelRow bc(const std::string& brand, const std::string& channel, const std::string& period,
                   std::int64_t gross, std::int64_t prior, std::int64_t spend,
                   std::int64_t profit) {
    BrandChannelRow r;
    r.brand = brand;
    r.channel = channel;
    r.period = period;
    r.gross = gross;
    r.units = gross / 100;
    r.prior_gross = prior;
    r.trade_spend = Exact::whole(spend);
    r.incremental_profit = Exact::whole(profit);
    return r;
}

}  // namespace

TEST_CASE("brand x channel: a subtotal per brand and a total, ratios from the sums",
          "[reports][totals]") {
    const ReportTable t =
        brand_channel_table({bc("Fizz", "Modern", "2025-01", 10000, 8000, 1000, 500),
                             bc("Fizz", "Trad", "2025-01", 5001, 0, 0, 0),
                             bc("Crunch", "Modern", "2025-02", 2000, 2500, 200, -100)});
    CHECK(t.rows.size() == 3);
    REQUIRE(t.totals.size() == 3);
    // Fizz: 150.01 against 80.00 a year earlier: +87.51 %; spend 10.00 is 6.67 % of it; ROI 50 %.
    CHECK(t.totals[0] == std::vector<std::string>{"Fizz", "all", "all", "150.01", "150", "80.00",
                                                  "87.51", "10.00", "6.67", "50.00"});
    CHECK(t.totals[1] == std::vector<std::string>{"Crunch", "all", "all", "20.00", "20", "25.00",
                                                  "-20.00", "2.00", "10.00", "-50.00"});
    // 170.01 against 105.00: +61.91 %; 12.00 of 170.01 is 7.06 %; 4.00 / 12.00 = 33.33 %.
    CHECK(t.totals[2] == std::vector<std::string>{"Total", "", "", "170.01", "170", "105.00",
                                                  "61.91", "12.00", "7.06", "33.33"});
}

TEST_CASE("ROI: the total's ROI is total profit over total spend", "[reports][totals]") {
    RoiRow a;
    a.key = "PR1";
    a.figures.spend = Exact::whole(10000);
    a.figures.incremental_profit = Exact::whole(5000);
    a.figures.actual_units = 10;
    RoiRow b;
    b.key = "PR2";
    b.figures.spend = Exact::whole(30000);
    b.figures.incremental_profit = Exact::whole(-3000);
    b.figures.actual_units = 5;
    const ReportTable t = roi_table({a, b}, RoiGrouping::Promotion);
    REQUIRE(t.totals.size() == 1);
    // 20.00 / 400.00 = 5 %, not the mean of 50 % and -10 %.
    CHECK(t.totals[0] ==
          std::vector<std::string>{"Total", "0.00", "15", "0.00", "400.00", "20.00", "5.00"});
    // One row needs no total.
    CHECK(roi_table({a}, RoiGrouping::Promotion).totals.empty());
}

TEST_CASE("budget vs actual: the total is that of the top funds shown", "[reports][totals]") {
    BudgetRow hq;
    hq.fund.name = "HQ";
    hq.figures.allocated = 100000;
    hq.figures.distributed = 40000;
    hq.figures.committed = 1000;
    BudgetRow child;  // inside HQ: its money is in HQ's already
    child.fund.name = "Fizz";
    child.fund.parent = "HQ";
    child.figures.allocated = 40000;
    child.figures.actual = 2500;
    BudgetRow other;
    other.fund.name = "Promo pool";
    other.figures.allocated = 20000;
    other.figures.actual = 5000;
    const ReportTable t = budget_table({{"", {child, hq, other}}}, false, false, false);
    REQUIRE(t.totals.size() == 1);
    // allocated 1200.00, distributed 400.00, committed 10.00, actual 50.00 → available 740.00.
    CHECK(t.totals[0][0] == "Total");
    CHECK(t.totals[0][2] == "1200.00");
    CHECK(t.totals[0][6] == "400.00");
    CHECK(t.totals[0][7] == "10.00");
    CHECK(t.totals[0][8] == "50.00");
    CHECK(t.totals[0][9] == "740.00");
}

TEST_CASE("discounts and targets: a total row; CSV rows untouched", "[reports][totals]") {
    DiscountAnalysisRow r1;
    r1.key = "listing";
    r1.requests = 2;
    r1.approved = 2;
    r1.approved_value = 1000;
    r1.approved_pct_sum = 2 * 5 * Percent::kScale;  // two approved at 5 %
    DiscountAnalysisRow r2;
    r2.key = "volume";
    r2.requests = 1;
    r2.approved = 1;
    r2.approved_value = 250;
    r2.approved_pct_sum = 8 * Percent::kScale;
    const ReportTable d = discount_analysis_table({r1, r2}, DiscountDimension::Depth);
    REQUIRE(d.totals.size() == 1);
    CHECK(d.totals[0][0] == "Total");
    CHECK(d.totals[0][1] == "3");
    CHECK(d.totals[0][7] == "12.50");
    CHECK(d.totals[0][8] == "6.00");  // (5 + 5 + 8) / 3 approved
    CHECK(d.rows.size() == 2);

    TargetFigures a;
    a.rep = "anna";
    a.target_value = 10000;
    a.actual_value = 9000;
    TargetFigures b;
    b.rep = "boris";
    b.target_value = 30000;
    b.actual_value = 33000;
    const ReportTable t = targets_table({a, b}, TargetGrouping::Rep, {});
    REQUIRE(t.totals.size() == 1);
    CHECK(t.totals[0][0] == "Total");
    CHECK(t.totals[0][2] == "400.00");  // target_value
    CHECK(t.totals[0][8] == "420.00");  // actual_value
    CHECK(t.totals[0][9] == "105.00");  // attainment 420 / 400
}
