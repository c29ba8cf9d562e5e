// The charts above the standard reports: drawn from the rows' exact figures, in the order and
// with the cuts the headers promise.
#include <catch2/catch.hpp>

#include "reports/report_charts.h"

using namespace uplift;

namespace {

RoiRow roi_row(const std::string& key, std::int64_t spend_cents, std::int64_t profit_cents) {
    RoiRow r;
    r.key = key;
    r.figures.spend = Exact::whole(spend_cents);
    r.figures.incremental_profit = Exact::whole(profit_cents);
    return r;
}

}  // namespace

TEST_CASE("ROI chart: bars of ROI % best first, rows without spend left out", "[reports][chart]") {
    const std::vector<RoiRow> rows = {roi_row("PR-B", 30000, -3000), roi_row("PR-A", 10000, 5000),
                                      roi_row("PR-C", 0, 700)};
    const auto chart = roi_chart(rows, RoiGrouping::Promotion);
    REQUIRE(chart.has_value());
    CHECK(chart->bars);
    CHECK(chart->title == "ROI % by promo_id");
    CHECK(chart->labels == std::vector<std::string>{"PR-A", "PR-B"});
    REQUIRE(chart->series.size() == 1);
    CHECK(chart->series[0].values[0] == Approx(50.0));
    CHECK(chart->series[0].values[1] == Approx(-10.0));
    CHECK_FALSE(roi_chart({roi_row("PR-C", 0, 700)}, RoiGrouping::Promotion).has_value());
}

TEST_CASE("ROI chart: the 12 largest spends when there are more", "[reports][chart]") {
    std::vector<RoiRow> rows;
    for (int i = 1; i <= 14; ++i) {
        rows.push_back(roi_row("P" + std::to_string(i), i * 1000, 100));
    }
    const auto chart = roi_chart(rows, RoiGrouping::Campaign);
    REQUIRE(chart.has_value());
    CHECK(chart->labels.size() == 12);
    CHECK(chart->title == "ROI % by campaign (the 12 largest spends)");
    // P1 and P2 spent least: left out.
    CHECK(std::find(chart->labels.begin(), chart->labels.end(), "P1") == chart->labels.end());
    CHECK(std::find(chart->labels.begin(), chart->labels.end(), "P2") == chart->labels.end());
}

TEST_CASE("brand x channel chart: gross sales per brand over the periods, all channels",
          "[reports][chart]") {
    std::vector<BrandChannelRow> rows(3);
    rows[0].brand = "Fizz";
    rows[0].channel = "Modern";
    rows[0].period = "2025-01";
    rows[0].gross = 10000;
    rows[1].brand = "Fizz";
    rows[1].channel = "Traditional";
    rows[1].period = "2025-01";
    rows[1].gross = 5001;
    rows[2].brand = "Crunch";
    rows[2].channel = "Modern";
    rows[2].period = "2025-02";
    rows[2].gross = 2000;
    const auto chart = brand_channel_chart(rows);
    REQUIRE(chart.has_value());
    CHECK_FALSE(chart->bars);
    CHECK(chart->labels == std::vector<std::string>{"2025-01", "2025-02"});
    REQUIRE(chart->series.size() == 2);
    CHECK(chart->series[0].name == "Fizz");  // the larger brand first
    CHECK(chart->series[0].values[0] == Approx(150.01));
    CHECK(chart->series[0].values[1] == Approx(0.0));
    CHECK(chart->series[1].name == "Crunch");
    CHECK(chart->series[1].values[1] == Approx(20.0));
}

TEST_CASE("budget chart: the top-level funds' budget, committed and actual", "[reports][chart]") {
    BudgetRow root;
    root.fund.name = "HQ";
    root.figures.allocated = 100000;
    root.figures.distributed = 40000;
    root.figures.committed = 25050;
    root.figures.actual = 10000;
    BudgetRow child;
    child.fund.name = "Fizz";
    child.fund.parent = "HQ";
    child.figures.allocated = 40000;
    const auto chart = budget_chart({{"", {child, root}}});
    REQUIRE(chart.has_value());
    CHECK(chart->bars);
    CHECK(chart->labels == std::vector<std::string>{"HQ"});
    REQUIRE(chart->series.size() == 3);
    CHECK(chart->series[0].values[0] == Approx(600.0));  // 1000 allocated − 400 passed down
    CHECK(chart->series[1].values[0] == Approx(250.5));
    CHECK(chart->series[2].values[0] == Approx(100.0));
    // A filter that left only the child: the funds shown.
    const auto only_child = budget_chart({{"2025-Q1", {child}}});
    REQUIRE(only_child.has_value());
    CHECK(only_child->labels == std::vector<std::string>{"Fizz"});
    CHECK(only_child->title == "Funds in 2025-Q1: budget, committed and actual");
}

TEST_CASE("targets chart: target and actual value per group, none per target", "[reports][chart]") {
    TargetFigures a;
    a.rep = "anna";
    a.target_value = 18000;
    a.actual_value = 14400;
    const auto chart = targets_chart({a}, TargetGrouping::Rep);
    REQUIRE(chart.has_value());
    CHECK(chart->labels == std::vector<std::string>{"anna"});
    CHECK(chart->series[0].values[0] == Approx(180.0));
    CHECK(chart->series[1].values[0] == Approx(144.0));
    CHECK_FALSE(targets_chart({a}, TargetGrouping::Key).has_value());
}

TEST_CASE("waterfall chart: the steps and which bars are totals", "[reports][chart]") {
    const std::vector<WaterfallStep> steps = {
        {"Incremental gross sales", Exact::whole(1400), false},
        {"Cost of goods of the lift", Exact::whole(-700), false},
        {"Incremental margin", Exact::whole(700), true},
        {"Fixed fees", Exact::whole(-640), false},
        {"Incremental profit", Exact::whole(60), true}};
    const auto chart = waterfall_chart(steps);
    REQUIRE(chart.has_value());
    CHECK(chart->waterfall);
    CHECK(chart->labels.front() == "Incremental gross sales");  // whole, not cut
    CHECK(chart->totals == std::vector<bool>{false, false, true, false, true});
    REQUIRE(chart->series.size() == 1);
    CHECK(chart->series[0].values[1] == Approx(-7.0));
    CHECK(chart->series[0].values[4] == Approx(0.6));
    CHECK_FALSE(waterfall_chart({}).has_value());
}
