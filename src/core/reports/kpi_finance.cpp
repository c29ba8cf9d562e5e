// Finance's dashboard: fund utilisation (budget vs actual), open claims, unjustified discounts
// this month and the requests waiting for finance; charts by top-level fund and by month.
#include <fmt/format.h>

#include <map>

#include "analytics/budget_vs_actual.h"
#include "analytics/unjustified_discounts.h"
#include "db/statement.h"
#include "discounts/discount_request.h"
#include "funds/claims.h"
#include "money/money.h"
#include "reports/kpi_roles.h"
#include "reports/kpi_window.h"

namespace uplift {

namespace {

struct FinTotals {
    std::int64_t budget = 0, committed = 0, actual = 0;
};

// The top-level funds' totals: money given to a child leaves its parent's budget
// (distributed), so the sum over every fund's own ledger is the sum over the trees.
// Today: as the report shows it (every entry); an earlier day: the entries booked by then.
FinTotals fin_totals(db::Connection& conn, Date day, bool today) {
    FinTotals t;
    for (const BudgetRow& row :
         today ? budget_vs_actual(conn, {}, day) : budget_vs_actual_on(conn, {}, day)) {
        t.budget += row.figures.budget();
        t.actual += row.figures.actual;
        t.committed += row.figures.committed;
    }
    return t;
}

struct FinOpenClaims {
    std::int64_t count = 0, amount = 0;
};

// Claims dated on or before `d` less what was settled or written off by then (the business date
// the settlement's first ledger entry was booked on; settlements taken back are left out).
FinOpenClaims fin_open_claims_on(db::Connection& conn, Date d) {
    db::Statement s(conn,
                    "SELECT c.amount - ifnull((SELECT sum(s.amount) FROM claim_settlements s "
                    "LEFT JOIN fund_ledger l ON l.id = s.first_entry WHERE s.claim_id = c.id "
                    "AND s.reversed_at IS NULL AND ifnull(l.booked_on, substr(s.created_at, 1, "
                    "10)) <= ?1), 0) FROM claims c WHERE c.claim_date <= ?1");
    s.bind(1, to_iso(d));
    FinOpenClaims out;
    while (s.step()) {
        if (s.get_int(0) > 0) {
            ++out.count;
            out.amount += s.get_int(0);
        }
    }
    return out;
}

bool fin_week_overlaps(Date monday, const Period& p) {
    return monday <= p.last && monday + boost::gregorian::days(6) >= p.first;
}

void fin_utilisation(db::Connection& conn, const ActionContext& ctx, Dashboard& out) {
    const FinTotals now = fin_totals(conn, ctx.today, true);
    const Date earlier = kpi_year_earlier(ctx.today);
    const FinTotals prior = fin_totals(conn, earlier, false);
    const auto pct = [](const FinTotals& t) { return kpi_percent(t.actual, t.budget, 1); };
    Kpi k{"fin.utilisation",
          "Fund utilisation",
          kpi_percent_text(pct(now), 1),
          fmt::format("actual {} of budget {}; committed {}", format_minor(now.actual),
                      format_minor(now.budget), format_minor(now.committed)),
          {.report = "budget-vs-actual"},
          {format_minor(now.actual), format_minor(now.budget), format_minor(now.committed)}};
    k.sense = KpiSense::Neutral;
    k.change =
        kpi_change_points(pct(now), prior.budget != 0 ? pct(prior) : std::nullopt, 1, k.sense);
    k.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        const FinTotals t = m.last == ctx.today ? now : fin_totals(conn, m.last, false);
        if (t.budget == 0) {
            return std::nullopt;
        }
        return 100.0 * static_cast<double>(t.actual) / static_cast<double>(t.budget);
    });
    out.tiles.push_back(std::move(k));
}

void fin_claims(db::Connection& conn, const ActionContext& ctx, Dashboard& out) {
    std::int64_t count = 0;
    std::int64_t amount = 0;
    for (const Claim& c : list_claims(conn)) {
        if (c.open() > 0) {
            ++count;
            amount += c.open();
        }
    }
    Kpi k{"fin.claims",
          "Open claims",
          std::to_string(count),
          fmt::format("{} open", format_minor(amount)),
          {.report = "budget-vs-actual"},
          {format_minor(amount)}};
    k.sense = KpiSense::LowerIsBetter;
    const Date earlier = kpi_year_earlier(ctx.today);
    std::optional<std::int64_t> prior;
    if (kpi_file_has_data_by(conn, earlier)) {
        prior = fin_open_claims_on(conn, earlier).count;
    }
    k.change = kpi_change_count(count, prior, k.sense);
    k.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        return static_cast<double>(m.last == ctx.today ? count
                                                       : fin_open_claims_on(conn, m.last).count);
    });
    out.tiles.push_back(std::move(k));
}

void fin_unjustified(db::Connection& conn, const ActionContext& ctx, Dashboard& out) {
    // One scan over the 13 months the tile, its prior year and its sparkline look at; a row
    // counts in every period its ISO week overlaps, as the report's filter takes it.
    const Date month_start(ctx.today.year(), ctx.today.month(), 1);
    UnjustifiedFilter f;
    f.from = month_start - boost::gregorian::months(12);
    f.to = ctx.today;
    const std::vector<UnjustifiedRow> rows = find_unjustified_discounts(conn, f);
    const auto sum_in = [&](const Period& p, std::size_t* n) {
        Exact excess;
        for (const UnjustifiedRow& r : rows) {
            if (fin_week_overlaps(r.week, p)) {
                excess += r.excess;
                if (n != nullptr) {
                    ++*n;
                }
            }
        }
        return excess;
    };
    const Period month{month_start, ctx.today};
    std::size_t n = 0;
    const Exact now = sum_in(month, &n);
    Kpi k{"fin.unjustified",
          "Unjustified discounts this month",
          format_hundredths(now, true),
          kpi_count_text(n, "row over its entitlement", "rows over their entitlement"),
          {.report = "unjustified-discounts", .by = "all", .from = month.first, .to = month.last},
          {std::to_string(n)}};
    k.sense = KpiSense::LowerIsBetter;
    const Period prior = kpi_prior_period(month);
    std::optional<std::int64_t> prior_cents;
    if (kpi_file_has_data_by(conn, prior.last)) {
        prior_cents = round_whole(sum_in(prior, nullptr));
    }
    k.change = kpi_change_money(round_whole(now), prior_cents, k.sense);
    DashboardChart chart{"fin.unjustified_by_month", "Unjustified discounts by month"};
    k.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        const double v = static_cast<double>(round_whole(sum_in(m, nullptr))) / 100.0;
        chart.categories.push_back(kpi_month_label(m.first));
        chart.links.push_back(
            {.report = "unjustified-discounts", .by = "all", .from = m.first, .to = m.last});
        if (chart.series.empty()) {
            chart.series.push_back({"Excess over entitlement", {}});
        }
        chart.series[0].values.push_back(v);
        return v;
    });
    out.tiles.push_back(std::move(k));
    out.charts.push_back(std::move(chart));
}

}  // namespace

void add_requests_waiting_tile(db::Connection& conn, const ActionContext& ctx,
                               const std::function<bool(const DiscountRequest&)>& counts,
                               const char* key, const char* title, Dashboard& out) {
    const std::vector<DiscountRequest> all = list_requests(conn);
    std::int64_t n = 0;
    std::int64_t value = 0;
    for (const DiscountRequest& r : all) {
        if (counts(r) && r.status == RequestStatus::Pending) {
            ++n;
            value += r.value_cents;
        }
    }
    // Waiting on an earlier day: asked by then and not decided by then (the requests' own
    // timestamps); nothing to say for a day before the first request.
    const auto waiting_on = [&](Date d) -> std::optional<std::int64_t> {
        const std::string day = to_iso(d);
        bool any = false;
        std::int64_t count = 0;
        for (const DiscountRequest& r : all) {
            if (r.requested_at.substr(0, 10) > day) {
                continue;
            }
            any = true;
            const bool open =
                r.status == RequestStatus::Pending || r.decided_at.substr(0, 10) > day;
            if (counts(r) && open) {
                ++count;
            }
        }
        return any ? std::optional<std::int64_t>(count) : std::nullopt;
    };
    Kpi k{key,
          title,
          std::to_string(n),
          fmt::format("estimated value {}", format_minor(value)),
          {.report = "discounts", .by = "approver"},
          {format_minor(value)}};
    k.sense = KpiSense::LowerIsBetter;
    k.change = kpi_change_count(n, waiting_on(kpi_year_earlier(ctx.today)), k.sense);
    k.sparkline = kpi_sparkline(ctx.today, [&](const Period& m) -> std::optional<double> {
        if (m.last == ctx.today) {
            return static_cast<double>(n);
        }
        const auto w = waiting_on(m.last);
        return w ? std::optional<double>(static_cast<double>(*w)) : std::nullopt;
    });
    out.tiles.push_back(std::move(k));
}

namespace {

// Budget, committed and actual of each top-level fund's tree.
DashboardChart fin_budget_chart(db::Connection& conn, const ActionContext& ctx) {
    const std::vector<BudgetRow> rows = budget_vs_actual(conn, {}, ctx.today);
    std::map<std::string, const Fund*> by_name;
    for (const BudgetRow& r : rows) {
        by_name[r.fund.name] = &r.fund;
    }
    std::map<std::string, FinTotals> trees;
    for (const BudgetRow& r : rows) {
        const Fund* root = &r.fund;
        while (!root->parent.empty() && by_name.contains(root->parent)) {
            root = by_name[root->parent];
        }
        FinTotals& t = trees[root->name];
        t.budget += r.figures.budget();
        t.committed += r.figures.committed;
        t.actual += r.figures.actual;
    }
    DashboardChart c{"fin.budget_by_fund", "Budget vs actual by top-level fund"};
    c.horizontal = true;
    c.series = {{"Budget", {}}, {"Committed", {}}, {"Actual", {}}};
    for (const auto& [name, t] : trees) {
        c.categories.push_back(name);
        c.series[0].values.push_back(static_cast<double>(t.budget) / 100.0);
        c.series[1].values.push_back(static_cast<double>(t.committed) / 100.0);
        c.series[2].values.push_back(static_cast<double>(t.actual) / 100.0);
        // The report's funds of that tree: by the root's brand or channel scope when it has
        // one (its children share it), else every fund.
        const Fund& root = *by_name[name];
        c.links.push_back({.report = "budget-vs-actual",
                           .brand = root.brand,
                           .channel = root.brand.empty() ? root.channel : std::string()});
    }
    return c;
}

}  // namespace

void add_finance_dashboard(db::Connection& conn, const ActionContext& ctx, Dashboard& out) {
    out.charts.push_back(fin_budget_chart(conn, ctx));
    fin_utilisation(conn, ctx, out);
    fin_claims(conn, ctx, out);
    fin_unjustified(conn, ctx, out);
    add_requests_waiting_tile(
        conn, ctx, [](const DiscountRequest& r) { return r.level == ApproverLevel::Finance; },
        "fin.requests", "Discount requests waiting for finance", out);
}

}  // namespace uplift
