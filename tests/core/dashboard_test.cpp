// The role dashboards (reports/kpis.h) on the small fund world, every figure worked out by hand:
// the change against a year earlier, the sparkline, and the new tiles equal to the report each
// opens (the same report table the CLI prints).
//
// Sales of shop A, sku F1 (Fizz; list 2.00, cost 1.00): 100 units (200.00) a week in the 13
// weeks before each promotion, then P0 (2024-06-03..16, fee 50.00): 120 units a week, and P1
// (2025-06-02..15, fee 20.00): 150 units a week. Today is 2025-06-30.
//   P1: baseline 2 × 100, actual 300 → 100 incremental × 1.00 − 20.00 = 80.00 → ROI 400.00 %.
//   P0: baseline 200, actual 240 → 40.00 − 50.00 = −10.00 → ROI −20.00 % (a year earlier).
#include <catch2/catch.hpp>

#include <algorithm>

#include "analytics/brand_channel.h"
#include "analytics/roi_report.h"
#include "funds/claims.h"
#include "funds_test_support.h"
#include "reports/kpi_change.h"
#include "reports/kpi_window.h"
#include "reports/kpis.h"
#include "reports/report_table.h"
#include "targets/sales_plan.h"

using namespace uplift;
using namespace uplift::funds_test;

namespace {

const Kpi& dash_tile(const std::vector<Kpi>& tiles, const std::string& key) {
    const auto it =
        std::find_if(tiles.begin(), tiles.end(), [&](const Kpi& k) { return k.key == key; });
    REQUIRE(it != tiles.end());
    return *it;
}

const DashboardChart& dash_chart(const Dashboard& d, const std::string& key) {
    const auto it = std::find_if(d.charts.begin(), d.charts.end(),
                                 [&](const DashboardChart& c) { return c.key == key; });
    REQUIRE(it != d.charts.end());
    return *it;
}

// The cell of `column` in the row whose first cell is `key`.
std::string dash_cell(const ReportTable& t, const std::string& key, const std::string& column) {
    const auto col = std::find(t.header.begin(), t.header.end(), column) - t.header.begin();
    for (const auto& row : t.rows) {
        if (row[0] == key) {
            return row[static_cast<std::size_t>(col)];
        }
    }
    FAIL("no row " << key);
    return {};
}

std::string dash_weeks(const char* first, int n, int units) {
    std::string out;
    Date d = parse_date(first);
    for (int i = 0; i < n; ++i) {
        out += fmt::format("{},A,F1,{},{}.00\n", to_iso(d), units, 2 * units);
        d += boost::gregorian::weeks(1);
    }
    return out;
}

struct DashWorld : World {
    DashWorld() {
        const ActionContext fin = as("fin1");
        allocate(conn, fin, "HQ", 100'000, "budget");
        allocate(conn, fin, "Fizz", 60'000, "budget");
        allocate(conn, fin, "Fizz-A", 50'000, "budget");
        import(as("admin"), ImportKind::Actuals,
               "week,account,sku,units,gross_amount\n" + dash_weeks("2024-03-04", 13, 100) +
                   dash_weeks("2024-06-03", 2, 120) + dash_weeks("2025-03-03", 13, 100) +
                   dash_weeks("2025-06-02", 2, 150));
        approved("P0", "A", "F1", {Date(2024, 6, 3), Date(2024, 6, 16)}, 5'000, "Fizz-A");
        approved("P1", "A", "F1", {Date(2025, 6, 2), Date(2025, 6, 15)}, 2'000, "Fizz-A");
    }
};

}  // namespace

TEST_CASE("a change against a year earlier: points, money and counts, good news by sense",
          "[kpis][dashboard]") {
    CHECK(kpi_percent(120, 1008, 1) == 119);  // 11.904 % → 11.9 %
    CHECK(kpi_percent_text(kpi_percent(1, 3, 2), 2) == "33.33 %");
    CHECK(kpi_percent_text(std::nullopt, 2) == "\u2013");

    const KpiChange up = kpi_change_points(119, 100, 1, KpiSense::HigherIsBetter);
    CHECK(up.text == "+1.9 pts");
    CHECK(up.prior == "10.0 %");
    CHECK(up.direction == 1);
    CHECK(up.favourable);
    // A cost that rose: bad news.
    const KpiChange cost = kpi_change_money(15'000, 10'000, KpiSense::LowerIsBetter);
    CHECK(cost.text == "+50.0 %");
    CHECK(cost.prior == "100.00");
    CHECK_FALSE(cost.favourable);
    CHECK(kpi_change_money(-500, -1'000, KpiSense::HigherIsBetter).text == "+50.0 %");
    const KpiChange fewer = kpi_change_count(2, 5, KpiSense::LowerIsBetter);
    CHECK(fewer.text == "-3");
    CHECK(fewer.favourable);
    const KpiChange none = kpi_change_count(2, std::nullopt, KpiSense::LowerIsBetter);
    CHECK_FALSE(none.has_prior);
    CHECK(none.text == "no prior year");
    CHECK(none.direction == 0);
}

TEST_CASE("the sparkline months: the last 12 calendar months, the last one up to today",
          "[kpis][dashboard]") {
    const std::vector<Period> months = kpi_last_months(Date(2025, 6, 15));
    REQUIRE(months.size() == 12);
    CHECK(months.front() == Period{Date(2024, 7, 1), Date(2024, 7, 31)});
    CHECK(months.back() == Period{Date(2025, 6, 1), Date(2025, 6, 15)});
    CHECK(kpi_month_label(months[7].first) == "2025-02");
    CHECK(kpi_year_earlier(Date(2024, 2, 29)) == Date(2023, 2, 28));
    CHECK(kpi_prior_period(kpi_year_to_date(Date(2025, 6, 15))) ==
          Period{Date(2024, 1, 1), Date(2024, 6, 15)});
}

TEST_CASE(
    "the brand manager's ROI and spend rate equal their reports and compare with a year "
    "earlier",
    "[kpis][dashboard]") {
    DashWorld w;
    const Dashboard d = role_dashboard(w.conn, w.as("bm1"));
    const Kpi& roi = dash_tile(d.tiles, "bm.roi");
    CHECK(roi.value == "400.00 %");
    CHECK(roi.change.text == "+420.00 pts");
    CHECK(roi.change.prior == "-20.00 %");
    CHECK(roi.change.favourable);
    // bm1 manages Fizz only: the tile opens ROI by brand on Fizz over the 12 months.
    CHECK(roi.link.report == "roi");
    CHECK(roi.link.brand == "Fizz");
    CHECK(roi.link.from == Date(2024, 7, 1));
    CHECK(roi.link.to == Date(2025, 6, 30));
    RoiFilter f;
    f.brand = roi.link.brand;
    f.from = roi.link.from;
    f.to = roi.link.to;
    const ReportTable report =
        roi_table(roi_report(w.conn, f, RoiGrouping::Brand, w.today), RoiGrouping::Brand);
    CHECK(dash_cell(report, "Fizz", "roi_pct") + " %" == roi.value);
    CHECK(dash_cell(report, "Fizz", "incremental_profit") == roi.figures[0]);
    // Only June has a promotion: 11 empty months, then 400 %.
    REQUIRE(roi.sparkline.size() == 12);
    CHECK_FALSE(roi.sparkline[0].value.has_value());
    CHECK(roi.sparkline[11].month == "2025-06");
    CHECK(roi.sparkline[11].value == Approx(400.0));

    // Spend rate: 20.00 of 13 × 200.00 + 2 × 300.00 = 3,200.00 → 0.625 % → 0.63 %; a year
    // earlier 50.00 of 2,600.00 + 480.00 → 1.62 %: down 0.99 points, good news for a cost.
    const Kpi& rate = dash_tile(d.tiles, "bm.spend_rate");
    CHECK(rate.value == "0.63 %");
    CHECK(rate.change.text == "-0.99 pts");
    CHECK(rate.change.favourable);
    BrandChannelFilter bf;
    bf.from = rate.link.from;
    bf.to = rate.link.to;
    bf.brand = rate.link.brand;
    Exact spend;
    std::int64_t gross = 0;
    for (const BrandChannelRow& r : brand_channel_report(w.conn, bf, Bucket::Month)) {
        spend += r.trade_spend;
        gross += r.gross;
    }
    CHECK(format_hundredths(spend, true) == rate.figures[0]);
    CHECK(format_minor(gross) == rate.figures[1]);
    CHECK(rate.figures[1] == "3200.00");

    const DashboardChart& by_brand = dash_chart(d, "bm.roi_by_brand");
    REQUIRE(by_brand.categories == std::vector<std::string>{"Fizz"});
    CHECK(by_brand.series[0].values[0] == Approx(400.0));
    CHECK(by_brand.links[0].report == "roi");
    CHECK(by_brand.links[0].by == "promotion");
    CHECK(by_brand.links[0].brand == "Fizz");
    const DashboardChart& top = dash_chart(d, "bm.top_bottom");
    CHECK(top.categories == std::vector<std::string>{"P1"});
    CHECK(top.links[0].report == "post-event");
    CHECK(top.links[0].promotion == "P1");
}

TEST_CASE("the key-account manager's P&L of the own accounts this year", "[kpis][dashboard]") {
    DashWorld w;
    const Dashboard d = role_dashboard(w.conn, w.as("kam1"));
    // 2025 so far: gross 3,200.00, cost 1,600 units × 1.00, trade spend P1's 20.00 → net
    // 3,180.00, margin 1,580.00. 2024 to 30 June: gross 3,080.00, cost 1,540.00, spend 50.00 →
    // margin 1,490.00; +90.00 / 1,490.00 = +6.0 %.
    const Kpi& pnl = dash_tile(d.tiles, "kam.pnl");
    CHECK(pnl.value == "1580.00");
    CHECK(pnl.figures == std::vector<std::string>{"3200.00", "20.00", "3180.00", "1"});
    CHECK(pnl.change.text == "+6.0 %");
    CHECK(pnl.change.prior == "1490.00");
    CHECK(pnl.change.favourable);
    CHECK(pnl.link.account == "A");
    // The trade spend is the ROI report's for the same account and dates.
    RoiFilter f;
    f.account = pnl.link.account;
    f.from = pnl.link.from;
    f.to = pnl.link.to;
    const ReportTable report =
        roi_table(roi_report(w.conn, f, RoiGrouping::Account, w.today), RoiGrouping::Account);
    CHECK(dash_cell(report, "A", "spend") == pnl.figures[1]);
    // June: 2 × 300.00 gross, 300 units cost, 20.00 spend → margin 280.00.
    REQUIRE(pnl.sparkline.size() == 12);
    CHECK(pnl.sparkline[11].value == Approx(280.0));
    const DashboardChart& chart = dash_chart(d, "kam.pnl_by_month");
    CHECK(chart.categories.back() == "2025-06");
    CHECK(chart.series[0].values.back() == Approx(600.0));
    CHECK(chart.links.back().from == Date(2025, 6, 1));
}

TEST_CASE("the sales manager's attainment of the last ended target month against its report",
          "[kpis][dashboard]") {
    DashWorld w;
    // May 2025: 4 weeks × 200.00 = 800.00 of 1,000.00 → 80.00 %; May 2024: 800.00 of 500.00 →
    // 160.00 %. June's target has not ended on 30 June.
    w.import(w.as("admin"), ImportKind::Targets,
             "period,account,brand,units,value\n2025-05,A,Fizz,400,1000.00\n"
             "2024-05,A,Fizz,400,500.00\n2025-06,A,Fizz,400,1000.00\n");
    const Dashboard d = role_dashboard(w.conn, w.as("sm1"));
    const Kpi& att = dash_tile(d.tiles, "sm.attainment");
    CHECK(att.value == "80.00 %");
    CHECK(att.change.text == "-80.00 pts");
    CHECK_FALSE(att.change.favourable);
    CHECK(att.link.report == "targets");
    CHECK(att.link.period == "2025-05");
    TargetReportFilter f;
    f.period = att.link.period;
    const ReportTable report =
        targets_table(target_report(w.conn, f, TargetGrouping::Period), TargetGrouping::Period, {});
    CHECK(dash_cell(report, "2025-05", "attainment_pct") + " %" == att.value);
    // WAPE: no plan → |actual − 0| / actual = 100 %.
    CHECK(dash_tile(d.tiles, "sm.accuracy").value ==
          dash_cell(report, "2025-05", "wape_pct") + " %");
    // The sparkline ends with May 2025.
    CHECK(att.sparkline.back().month == "2025-05");
    CHECK(att.sparkline.back().value == Approx(80.0));
    const DashboardChart& reps = dash_chart(d, "sm.attainment_by_rep");
    REQUIRE(reps.categories.size() == 1);
    CHECK(reps.series[0].values[0] == Approx(80.0));
    CHECK(reps.links[0].period == "2025-05");
}

TEST_CASE("finance's utilisation and open claims as of a year earlier and month by month",
          "[kpis][dashboard]") {
    World w;
    // 15 May 2024: 1,000.00 in, P0's 100.00 fee claimed and settled → 10.0 %. 30 June 2025:
    // 1,000.00 more, P1's claim of 120.00 settled → 220.00 of 2,000.00 = 11.0 %; a claim of
    // 30.00 stays open.
    w.today = Date(2024, 5, 15);
    allocate(w.conn, w.as("fin1"), "HQ", 100'000, "budget");
    allocate(w.conn, w.as("fin1"), "Fizz", 60'000, "budget");
    allocate(w.conn, w.as("fin1"), "Fizz-A", 50'000, "budget");
    w.approved("P0", "A", "F1", {Date(2024, 5, 1), Date(2024, 5, 12)}, 10'000, "Fizz-A");
    enter_claim(w.conn, w.as("fin1"), {"CL0", "P0", 10'000, Date(2024, 5, 14), ""});
    settle_claim(w.conn, w.as("fin1"), "CL0", {});
    w.today = Date(2025, 6, 30);
    allocate(w.conn, w.as("fin1"), "HQ", 100'000, "budget");
    w.approved("P1", "A", "F1", {Date(2025, 6, 2), Date(2025, 6, 15)}, 20'000, "Fizz-A");
    enter_claim(w.conn, w.as("fin1"), {"CL1", "P1", 12'000, Date(2025, 6, 20), ""});
    enter_claim(w.conn, w.as("fin1"), {"CL2", "P1", 3'000, Date(2025, 6, 25), ""});
    settle_claim(w.conn, w.as("fin1"), "CL1", {});

    const Dashboard d = role_dashboard(w.conn, w.as("fin1"));
    const Kpi& use = dash_tile(d.tiles, "fin.utilisation");
    CHECK(use.value == "11.0 %");
    CHECK(use.change.text == "+1.0 pts");
    CHECK(use.change.prior == "10.0 %");
    REQUIRE(use.sparkline.size() == 12);
    CHECK(use.sparkline[0].value == Approx(10.0));  // end of July 2024
    CHECK(use.sparkline[10].value == Approx(10.0));
    CHECK(use.sparkline[11].value == Approx(11.0));
    const Kpi& claims = dash_tile(d.tiles, "fin.claims");
    CHECK(claims.value == "1");
    CHECK(claims.change.text == "+1");  // none open on 30 June 2024
    CHECK_FALSE(claims.change.favourable);
    CHECK(claims.sparkline[11].value == Approx(1.0));
    CHECK(claims.sparkline[10].value == Approx(0.0));
    // The chart: the HQ tree holds the budget of 2,000.00 and the actual of 220.00.
    const DashboardChart& funds = dash_chart(d, "fin.budget_by_fund");
    const auto hq = std::find(funds.categories.begin(), funds.categories.end(), "HQ");
    REQUIRE(hq != funds.categories.end());
    const auto i = static_cast<std::size_t>(hq - funds.categories.begin());
    CHECK(funds.series[0].values[i] == Approx(2000.0));
    CHECK(funds.series[2].values[i] == Approx(220.0));
    CHECK(funds.links[i].report == "budget-vs-actual");
}
