// The sales manager's dashboard: target attainment and forecast accuracy of the last target
// period that has ended (the targets report's figures), approvals waiting; chart attainment by
// rep.
#include <fmt/format.h>

#include <map>

#include "db/statement.h"
#include "money/money.h"
#include "promotions/promotion_store.h"
#include "reports/kpi_roles.h"
#include "reports/kpi_window.h"
#include "targets/sales_plan.h"

namespace uplift {

namespace {

// The target period (month or quarter) with the latest end before today; empty when none.
std::optional<std::string> sm_last_ended_period(db::Connection& conn, Date today) {
    db::Statement s(conn, "SELECT DISTINCT period FROM targets");
    std::optional<std::string> best;
    Date best_end;
    while (s.step()) {
        const std::string p = s.get_text(0);
        const Period range = parse_target_period(p);
        if (range.last < today && (!best || range.last > best_end)) {
            best = p;
            best_end = range.last;
        }
    }
    return best;
}

std::string sm_year_earlier(const std::string& period) {
    return std::to_string(std::stoi(period.substr(0, 4)) - 1) + period.substr(4);
}

std::optional<std::int64_t> sm_attainment(const TargetFigures& f) {
    return kpi_percent(f.actual_value, f.target_value, 2);
}

std::optional<std::int64_t> sm_wape(const TargetFigures& f) {
    return kpi_percent(f.abs_error, Exact::whole(f.actual_units), 2);
}

}  // namespace

void add_sales_dashboard(db::Connection& conn, const ActionContext& ctx,
                         const std::vector<Promotion>& promotions, Dashboard& out) {
    if (const std::optional<std::string> period = sm_last_ended_period(conn, ctx.today)) {
        // One pass over every target (the expensive part: plans from baselines), summed here
        // by period and, for the last period, by rep — as the targets report groups them.
        // Only the 13 months the tile shows: the sparkline's 12 and the same month a year
        // earlier.
        const Period shown = parse_target_period(*period);
        TargetReportFilter window;
        window.within_from = shown.first - boost::gregorian::months(12);
        window.within_to = shown.last;
        std::map<std::string, TargetFigures> by_period;
        std::map<std::string, TargetFigures> by_rep;  // the last period's
        for (const TargetFigures& f : target_report(conn, window, TargetGrouping::Key)) {
            TargetFigures& p = by_period[f.period];
            p.period = f.period;
            p.add(f, false);
            if (f.period == *period) {
                TargetFigures& r = by_rep[f.rep];
                r.period = f.period;
                r.rep = f.rep;
                r.add(f, false);
            }
        }
        const TargetFigures now = by_period[*period];
        const auto prior_it = by_period.find(sm_year_earlier(*period));
        const TargetFigures* prior = prior_it != by_period.end() ? &prior_it->second : nullptr;
        const Period last = parse_target_period(*period);
        const auto spark = [&](auto figure) {
            std::vector<KpiPoint> points;
            for (const Period& m : kpi_last_months(last.last)) {
                const std::string label = kpi_month_label(m.first);
                const auto it = by_period.find(label);
                std::optional<double> v;
                if (it != by_period.end()) {
                    if (const auto scaled = figure(it->second)) {
                        v = static_cast<double>(*scaled) / 100.0;
                    }
                }
                points.push_back({label, v});
            }
            return points;
        };
        const KpiLink link{.report = "targets", .by = "rep", .period = *period};

        Kpi att{"sm.attainment",
                fmt::format("Target attainment, {}", *period),
                kpi_percent_text(sm_attainment(now), 2),
                fmt::format("actual {} of target {}", format_minor(now.actual_value),
                            format_minor(now.target_value)),
                link,
                {*period, format_minor(now.actual_value), format_minor(now.target_value)}};
        att.sense = KpiSense::HigherIsBetter;
        att.change = kpi_change_points(sm_attainment(now),
                                       prior ? sm_attainment(*prior) : std::nullopt, 2, att.sense);
        att.sparkline = spark(sm_attainment);
        out.tiles.push_back(std::move(att));

        Kpi acc{"sm.accuracy",
                fmt::format("Forecast accuracy (WAPE), {}", *period),
                kpi_percent_text(sm_wape(now), 2),
                now.actual_units == 0
                    ? std::string("no sell-in to measure against")
                    : fmt::format("bias {} %",
                                  format_ratio_pct(now.error, Exact::whole(now.actual_units))),
                link,
                {*period, format_ratio_pct(now.error, Exact::whole(now.actual_units))}};
        acc.sense = KpiSense::LowerIsBetter;
        acc.change =
            kpi_change_points(sm_wape(now), prior ? sm_wape(*prior) : std::nullopt, 2, acc.sense);
        acc.sparkline = spark(sm_wape);
        out.tiles.push_back(std::move(acc));

        DashboardChart chart{"sm.attainment_by_rep",
                             fmt::format("Target attainment by rep, {}", *period)};
        chart.percent = true;
        chart.horizontal = true;
        chart.series = {{"Attainment %", {}}};
        for (const auto& [rep, r] : by_rep) {
            chart.categories.push_back(r.rep.empty() ? "(no rep)" : r.rep);
            const auto a = sm_attainment(r);
            chart.series[0].values.push_back(a ? static_cast<double>(*a) / 100.0 : 0.0);
            chart.links.push_back(
                {.report = "targets", .by = "account", .period = *period, .rep = r.rep});
        }
        out.charts.push_back(std::move(chart));
    }

    add_requests_waiting_tile(
        conn, ctx, [](const DiscountRequest& r) { return r.level == ApproverLevel::SalesManager; },
        "sm.requests", "Discount requests waiting for a sales manager", out);
    std::int64_t submitted = 0;
    for (const Promotion& p : promotions) {
        if (p.status == PromotionStatus::Submitted) {
            ++submitted;
        }
    }
    // A queue without dated history: no prior year, no sparkline.
    Kpi waiting{"sm.promotions",
                "Promotions waiting for approval",
                std::to_string(submitted),
                "submitted",
                {},
                {}};
    waiting.sense = KpiSense::LowerIsBetter;
    waiting.change = kpi_change_count(submitted, std::nullopt, waiting.sense);
    out.tiles.push_back(std::move(waiting));
}

}  // namespace uplift
