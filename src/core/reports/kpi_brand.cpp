// The brand manager's dashboard over the own brands (all brands for an administrator or a brand
// manager without brands): promotion ROI and trade spend of the last 12 months (the ROI
// report's figures), trade spend rate (the brand × channel report's), fund utilisation of the
// brand funds (budget vs actual); charts ROI by brand and the top 5 / bottom 5 promotions.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "analytics/brand_channel.h"
#include "analytics/budget_vs_actual.h"
#include "db/statement.h"
#include "money/money.h"
#include "promotions/post_event.h"
#include "reports/kpi_roles.h"
#include "reports/kpi_window.h"

namespace uplift {

namespace {

std::set<std::string> bm_own_brands(db::Connection& conn, const ActionContext& ctx) {
    std::set<std::string> out;
    db::Statement mine(conn, "SELECT name FROM brands WHERE manager_id = ?");
    mine.bind(1, ctx.user_id);
    while (mine.step()) {
        out.insert(mine.get_text(0));
    }
    if (out.empty() || ctx.is_admin()) {
        db::Statement all(conn, "SELECT name FROM brands");
        while (all.step()) {
            out.insert(all.get_text(0));
        }
    }
    return out;
}

struct BmRoi {
    Exact profit, spend;
    std::optional<std::int64_t> pct() const { return kpi_percent(profit, spend, 2); }
};

// The own brands' lines of the promotions whose in-store period overlaps `window`, as the ROI
// report counts them (as of `as_of`).
std::vector<PromotionRoi> bm_analysis(db::Connection& conn, const std::vector<Promotion>& all,
                                      const Period& window, Date as_of) {
    std::vector<Promotion> chosen;
    for (const Promotion& p : all) {
        if (p.instore.overlaps(window)) {
            chosen.push_back(p);
        }
    }
    return post_event_analysis(conn, chosen, as_of);
}

BmRoi bm_roi_in(const std::vector<PromotionRoi>& rows, const std::set<std::string>& brands,
                const Period& p) {
    BmRoi out;
    for (const PromotionRoi& r : rows) {
        if (!r.instore.overlaps(p)) {
            continue;
        }
        for (const LineRoi& l : r.lines) {
            if (brands.contains(l.brand)) {
                out.profit += l.figures.incremental_profit;
                out.spend += l.figures.spend;
            }
        }
    }
    return out;
}

struct BmRate {
    Exact spend;
    std::int64_t gross = 0;
    std::optional<std::int64_t> pct() const { return kpi_percent(spend, Exact::whole(gross), 2); }
};

std::map<std::string, BmRate> bm_rate_by_month(db::Connection& conn,
                                               const std::set<std::string>& brands,
                                               const Period& window) {
    BrandChannelFilter f;
    f.from = window.first;
    f.to = window.last;
    std::map<std::string, BmRate> out;
    for (const BrandChannelRow& r : brand_channel_report(conn, f, Bucket::Month)) {
        if (brands.contains(r.brand)) {
            out[r.period].spend += r.trade_spend;
            out[r.period].gross += r.gross;
        }
    }
    return out;
}

BmRate bm_rate_total(const std::map<std::string, BmRate>& months) {
    BmRate t;
    for (const auto& [month, r] : months) {
        t.spend += r.spend;
        t.gross += r.gross;
    }
    return t;
}

struct BmFunds {
    std::int64_t budget = 0, actual = 0;
    std::optional<std::int64_t> pct() const { return kpi_percent(actual, budget, 1); }
};

// Today: as the report shows it (every entry); an earlier day: the entries booked by then.
BmFunds bm_funds(db::Connection& conn, const std::set<std::string>& brands, Date day, bool today) {
    BmFunds out;
    for (const BudgetRow& r :
         today ? budget_vs_actual(conn, {}, day) : budget_vs_actual_on(conn, {}, day)) {
        if (brands.contains(r.fund.brand)) {
            out.budget += r.figures.budget();
            out.actual += r.figures.actual;
        }
    }
    return out;
}

double bm_pct_value(std::optional<std::int64_t> scaled, int decimals) {
    return static_cast<double>(*scaled) / (decimals == 1 ? 10.0 : 100.0);
}

}  // namespace

void add_brand_dashboard(db::Connection& conn, const ActionContext& ctx,
                         const std::vector<Promotion>& promotions, Dashboard& out) {
    const std::set<std::string> brands = bm_own_brands(conn, ctx);
    const std::string single = brands.size() == 1 ? *brands.begin() : std::string();
    const Period window = kpi_twelve_months(ctx.today);
    const Period prior = kpi_prior_period(window);
    const bool has_prior = kpi_file_has_data_by(conn, prior.last);
    const KpiLink roi_link{
        .report = "roi", .by = "brand", .brand = single, .from = window.first, .to = window.last};

    const std::vector<PromotionRoi> rows = bm_analysis(conn, promotions, window, ctx.today);
    const BmRoi now = bm_roi_in(rows, brands, window);
    std::optional<BmRoi> before;
    if (has_prior) {
        before = bm_roi_in(bm_analysis(conn, promotions, prior, prior.last), brands, prior);
    }
    std::size_t counted = 0;
    for (const PromotionRoi& r : rows) {
        counted += std::any_of(r.lines.begin(), r.lines.end(),
                               [&](const LineRoi& l) { return brands.contains(l.brand); })
                       ? 1
                       : 0;
    }
    Kpi roi{"bm.roi",
            "Brand ROI, last 12 months",
            kpi_percent_text(now.pct(), 2),
            fmt::format("incremental profit {} over {}", format_hundredths(now.profit, true),
                        kpi_count_text(counted, "promotion", "promotions")),
            roi_link,
            {format_hundredths(now.profit, true), std::to_string(counted)}};
    roi.sense = KpiSense::HigherIsBetter;
    roi.change = kpi_change_points(now.pct(), before ? before->pct() : std::nullopt, 2, roi.sense);
    roi.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        const auto p = bm_roi_in(rows, brands, m).pct();
        return p ? std::optional<double>(bm_pct_value(p, 2)) : std::nullopt;
    });
    out.tiles.push_back(std::move(roi));

    const std::map<std::string, BmRate> rate_months = bm_rate_by_month(conn, brands, window);
    const BmRate rate = bm_rate_total(rate_months);
    std::optional<std::int64_t> rate_before;
    if (has_prior) {
        rate_before = bm_rate_total(bm_rate_by_month(conn, brands, prior)).pct();
    }
    Kpi sr{"bm.spend_rate",
           "Trade spend rate, last 12 months",
           kpi_percent_text(rate.pct(), 2),
           fmt::format("trade spend {} of gross sales {}", format_hundredths(rate.spend, true),
                       format_minor(rate.gross)),
           {.report = "brand-channel",
            .by = "month",
            .brand = single,
            .from = window.first,
            .to = window.last},
           {format_hundredths(rate.spend, true), format_minor(rate.gross)}};
    sr.sense = KpiSense::LowerIsBetter;  // a cost: a rise is bad news
    sr.change = kpi_change_points(rate.pct(), rate_before, 2, sr.sense);
    sr.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        const auto it = rate_months.find(kpi_month_label(m.first));
        if (it == rate_months.end() || !it->second.pct()) {
            return std::nullopt;
        }
        return bm_pct_value(it->second.pct(), 2);
    });
    out.tiles.push_back(std::move(sr));

    const BmFunds funds = bm_funds(conn, brands, ctx.today, true);
    Kpi use{"bm.utilisation",
            "Brand fund utilisation",
            kpi_percent_text(funds.pct(), 1),
            fmt::format("actual {} of budget {}", format_minor(funds.actual),
                        format_minor(funds.budget)),
            {.report = "budget-vs-actual", .brand = single},
            {format_minor(funds.actual), format_minor(funds.budget)}};
    use.sense = KpiSense::Neutral;
    const BmFunds funds_before = bm_funds(conn, brands, kpi_year_earlier(ctx.today), false);
    use.change = kpi_change_points(
        funds.pct(), funds_before.budget != 0 ? funds_before.pct() : std::nullopt, 1, use.sense);
    use.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        const auto p = (m.last == ctx.today ? funds : bm_funds(conn, brands, m.last, false)).pct();
        return p ? std::optional<double>(bm_pct_value(p, 1)) : std::nullopt;
    });
    out.tiles.push_back(std::move(use));

    Kpi spend{"bm.spend",
              "Trade spend, last 12 months",
              format_hundredths(now.spend, true),
              kpi_count_text(counted, "promotion", "promotions"),
              roi_link,
              {std::to_string(counted)}};
    spend.sense = KpiSense::Neutral;
    spend.change = kpi_change_money(
        round_whole(now.spend),
        before ? std::optional<std::int64_t>(round_whole(before->spend)) : std::nullopt,
        spend.sense);
    spend.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        return static_cast<double>(round_whole(bm_roi_in(rows, brands, m).spend)) / 100.0;
    });
    out.tiles.push_back(std::move(spend));

    // ROI by brand: the ROI report by brand over the same 12 months.
    std::map<std::string, BmRoi> by_brand;
    std::map<std::string, BmRoi> by_promotion;
    for (const PromotionRoi& r : rows) {
        for (const LineRoi& l : r.lines) {
            if (brands.contains(l.brand)) {
                by_brand[l.brand].profit += l.figures.incremental_profit;
                by_brand[l.brand].spend += l.figures.spend;
                by_promotion[r.code].profit += l.figures.incremental_profit;
                by_promotion[r.code].spend += l.figures.spend;
            }
        }
    }
    DashboardChart brand_chart{"bm.roi_by_brand", "ROI by brand, last 12 months"};
    brand_chart.percent = true;
    brand_chart.horizontal = true;
    brand_chart.series = {{"ROI %", {}}};
    for (const auto& [brand, f] : by_brand) {
        if (!f.pct()) {
            continue;
        }
        brand_chart.categories.push_back(brand);
        brand_chart.series[0].values.push_back(bm_pct_value(f.pct(), 2));
        brand_chart.links.push_back({.report = "roi",
                                     .by = "promotion",
                                     .brand = brand,
                                     .from = window.first,
                                     .to = window.last});
    }
    out.charts.push_back(std::move(brand_chart));

    // Top 5 and bottom 5 promotions by ROI (those with spend), best first.
    std::vector<std::pair<std::int64_t, std::string>> ranked;
    for (const auto& [code, f] : by_promotion) {
        if (f.pct()) {
            ranked.emplace_back(*f.pct(), code);
        }
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::pair<std::int64_t, std::string>> shown;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        if (i < 5 || i + 5 >= ranked.size()) {
            shown.push_back(ranked[i]);
        }
    }
    DashboardChart top{"bm.top_bottom", "Top 5 and bottom 5 promotions by ROI, last 12 months"};
    top.horizontal = true;
    top.percent = true;
    top.series = {{"ROI %", {}}};
    for (const auto& [pct, code] : shown) {
        top.categories.push_back(code);
        top.series[0].values.push_back(static_cast<double>(pct) / 100.0);
        top.links.push_back({.report = "post-event", .promotion = code});
    }
    out.charts.push_back(std::move(top));
}

}  // namespace uplift
