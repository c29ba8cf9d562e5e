// The key-account manager's dashboard: the P&L of the own accounts this year, their active
// promotions and the own pending discount requests; chart the P&L by month.
#include <fmt/format.h>

#include <set>

#include "money/money.h"
#include "promotions/promotion_store.h"
#include "reports/account_pnl.h"
#include "reports/kpi_roles.h"
#include "reports/kpi_window.h"

namespace uplift {

namespace {

double kam_money(const Exact& e) {
    return static_cast<double>(round_whole(e)) / 100.0;
}

}  // namespace

void add_account_dashboard(db::Connection& conn, const ActionContext& ctx,
                           const std::vector<Promotion>& promotions, Dashboard& out) {
    const std::vector<std::string> accounts = key_accounts_of(conn, ctx.user_id, ctx.is_admin());
    const std::set<std::string> own(accounts.begin(), accounts.end());
    // One account opens its own rows; several open the report by account.
    const std::string single = accounts.size() == 1 ? accounts.front() : std::string();
    const std::string by = single.empty() ? "account" : "promotion";

    const Period ytd = kpi_year_to_date(ctx.today);
    const Period months = kpi_twelve_months(ctx.today);
    const Period range{std::min(ytd.first, months.first), ctx.today};
    const AccountPnlSource source = load_account_pnl(conn, accounts, range, ctx.today);
    const AccountPnl now = account_pnl(source, ytd);
    const Period prior_ytd = kpi_prior_period(ytd);
    std::optional<std::int64_t> prior;
    if (kpi_file_has_data_by(conn, prior_ytd.last)) {
        prior = round_whole(
            account_pnl(load_account_pnl(conn, accounts, prior_ytd, prior_ytd.last), prior_ytd)
                .margin());
    }
    Kpi pnl{"kam.pnl",
            "Account P&L, year to date",
            format_hundredths(now.margin(), true),
            fmt::format("gross sales {}, trade spend {}, net sales {}; margin over {}",
                        format_minor(now.gross), format_hundredths(now.spend, true),
                        format_hundredths(now.net(), true),
                        kpi_count_text(accounts.size(), "account", "accounts")),
            {.report = "roi", .by = by, .account = single, .from = ytd.first, .to = ytd.last},
            {format_minor(now.gross), format_hundredths(now.spend, true),
             format_hundredths(now.net(), true), std::to_string(accounts.size())}};
    pnl.sense = KpiSense::HigherIsBetter;
    pnl.change = kpi_change_money(round_whole(now.margin()), prior, pnl.sense);
    DashboardChart chart{"kam.pnl_by_month", "Own accounts' P&L by month"};
    chart.series = {{"Gross sales", {}}, {"Trade spend", {}}, {"Margin", {}}};
    pnl.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        const AccountPnl p = account_pnl(source, m);
        chart.categories.push_back(kpi_month_label(m.first));
        chart.series[0].values.push_back(static_cast<double>(p.gross) / 100.0);
        chart.series[1].values.push_back(kam_money(p.spend));
        chart.series[2].values.push_back(kam_money(p.margin()));
        chart.links.push_back(
            {.report = "roi", .by = by, .account = single, .from = m.first, .to = m.last});
        return kam_money(p.margin());
    });
    out.tiles.push_back(std::move(pnl));
    out.charts.push_back(std::move(chart));

    const auto active_on = [&](Date d) {
        std::int64_t n = 0;
        for (const Promotion& p : promotions) {
            if (own.contains(p.account) &&
                displayed_status(p.status, p.instore, d) == PromotionStatus::Active) {
                ++n;
            }
        }
        return n;
    };
    const std::int64_t active = active_on(ctx.today);
    Kpi act{
        "kam.active",
        "Active promotions",
        std::to_string(active),
        fmt::format("in store on {}", to_iso(ctx.today)),
        {.report = "roi", .by = "promotion", .account = single, .from = ctx.today, .to = ctx.today},
        {to_iso(ctx.today)}};
    act.sense = KpiSense::Neutral;
    const Date earlier = kpi_year_earlier(ctx.today);
    act.change = kpi_change_count(active,
                                  kpi_file_has_data_by(conn, earlier)
                                      ? std::optional<std::int64_t>(active_on(earlier))
                                      : std::nullopt,
                                  act.sense);
    act.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        return static_cast<double>(active_on(m.last));
    });
    out.tiles.push_back(std::move(act));

    const std::int64_t me = ctx.user_id;
    add_requests_waiting_tile(
        conn, ctx, [me](const DiscountRequest& r) { return r.requested_by_id == me; },
        "kam.requests", "My open discount requests", out);
}

}  // namespace uplift
