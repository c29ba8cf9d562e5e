#include "reports/kpis.h"

#include <fmt/format.h>

#include <cstdint>
#include <map>

#include "analytics/budget_vs_actual.h"
#include "analytics/roi_report.h"
#include "analytics/unjustified_discounts.h"
#include "discounts/discount_request.h"
#include "funds/claims.h"
#include "money/exact.h"
#include "money/money.h"
#include "promotions/promotion_store.h"

namespace uplift {

namespace {

// 100 × part / whole with one decimal, rounded half away from zero ("42.5 %"); "–" for 0.
std::string kpi_percent_one_decimal(std::int64_t part, std::int64_t whole) {
    if (whole == 0) {
        return "\u2013";
    }
    const Wide num = static_cast<Wide>(part) * 1000;
    const Wide den = whole;
    const bool negative = (num < 0) != (den < 0);
    const Wide a = num < 0 ? -num : num;
    const Wide b = den < 0 ? -den : den;
    const Wide tenths = (2 * a + b) / (2 * b);
    const auto t = static_cast<std::int64_t>(tenths);
    return fmt::format("{}{}.{} %", negative && t != 0 ? "-" : "", t / 10, t % 10);
}

std::string kpi_count_text(std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

void kpi_finance(db::Connection& conn, const ActionContext& ctx, std::vector<Kpi>& out) {
    std::int64_t budget = 0;
    std::int64_t actual = 0;
    std::int64_t committed = 0;
    // The top-level funds' totals: money given to a child leaves its parent's budget
    // (distributed), so the sum over every fund's own ledger is the sum over the trees.
    for (const BudgetRow& row : budget_vs_actual(conn, {}, ctx.today)) {
        budget += row.figures.budget();
        actual += row.figures.actual;
        committed += row.figures.committed;
    }
    out.push_back({"fin.utilisation",
                   "Fund utilisation",
                   kpi_percent_one_decimal(actual, budget),
                   fmt::format("actual {} of budget {}; committed {}", format_minor(actual),
                               format_minor(budget), format_minor(committed)),
                   "budget-vs-actual",
                   {format_minor(actual), format_minor(budget), format_minor(committed)}});

    std::size_t open_claims = 0;
    std::int64_t open_amount = 0;
    for (const Claim& c : list_claims(conn)) {
        if (c.open() > 0) {
            ++open_claims;
            open_amount += c.open();
        }
    }
    out.push_back({"fin.claims",
                   "Open claims",
                   std::to_string(open_claims),
                   fmt::format("{} open", format_minor(open_amount)),
                   "budget-vs-actual",
                   {format_minor(open_amount)}});

    UnjustifiedFilter f;
    f.from = Date(ctx.today.year(), ctx.today.month(), 1);
    f.to = ctx.today;
    const std::vector<UnjustifiedRow> rows = find_unjustified_discounts(conn, f);
    Exact excess;
    for (const UnjustifiedRow& r : rows) {
        excess += r.excess;
    }
    out.push_back(
        {"fin.unjustified",
         "Unjustified discounts this month",
         format_hundredths(excess, true),
         kpi_count_text(rows.size(), "row over its entitlement", "rows over their entitlement"),
         "unjustified-discounts",
         {std::to_string(rows.size())}});
}

void kpi_waiting_requests(db::Connection& conn, ApproverLevel level, const char* key,
                          const char* title, std::vector<Kpi>& out) {
    std::size_t n = 0;
    std::int64_t value = 0;
    for (const DiscountRequest& r : list_requests(conn, RequestStatus::Pending)) {
        if (r.level == level) {
            ++n;
            value += r.value_cents;
        }
    }
    out.push_back({key,
                   title,
                   std::to_string(n),
                   fmt::format("estimated value {}", format_minor(value)),
                   "discounts",
                   {format_minor(value)}});
}

void kpi_key_account(db::Connection& conn, const ActionContext& ctx,
                     const std::vector<Promotion>& promotions, std::vector<Kpi>& out) {
    std::size_t mine = 0;
    std::int64_t value = 0;
    for (const DiscountRequest& r : list_requests(conn, RequestStatus::Pending)) {
        if (r.requested_by_id == ctx.user_id) {
            ++mine;
            value += r.value_cents;
        }
    }
    out.push_back({"kam.requests",
                   "My open discount requests",
                   std::to_string(mine),
                   fmt::format("estimated value {}", format_minor(value)),
                   "discounts",
                   {format_minor(value)}});
    std::size_t active = 0;
    for (const Promotion& p : promotions) {
        if (displayed_status(p.status, p.instore, ctx.today) == PromotionStatus::Active) {
            ++active;
        }
    }
    out.push_back({"kam.active",
                   "Active promotions",
                   std::to_string(active),
                   fmt::format("in store on {}", to_iso(ctx.today)),
                   "roi",
                   {to_iso(ctx.today)}});
}

void kpi_brand(db::Connection& conn, const ActionContext& ctx,
               const std::vector<Promotion>& promotions, std::vector<Kpi>& out) {
    // Promotions whose in-store period ended in the 12 months before today.
    const Date from = ctx.today - boost::gregorian::months(12);
    std::map<std::string, bool> ended;
    for (const Promotion& p : promotions) {
        const PromotionStatus s = displayed_status(p.status, p.instore, ctx.today);
        const bool done = s == PromotionStatus::Ended || s == PromotionStatus::Settled ||
                          s == PromotionStatus::Closed;
        if (done && p.instore.last < ctx.today && p.instore.last >= from) {
            ended[p.code] = true;
        }
    }
    RoiFilter f;
    f.from = from;
    f.to = ctx.today;
    Exact spend;
    Exact profit;
    std::size_t counted = 0;
    for (const RoiRow& row : roi_report(conn, f, RoiGrouping::Promotion, ctx.today)) {
        if (ended.contains(row.key)) {
            ++counted;
            spend += row.figures.spend;
            profit += row.figures.incremental_profit;
        }
    }
    const std::string roi = format_ratio_pct(profit, spend);
    out.push_back({"bm.roi",
                   "Promotion ROI, last 12 months",
                   roi.empty() ? "\u2013" : roi + " %",
                   fmt::format("incremental profit {} over {}", format_hundredths(profit, true),
                               kpi_count_text(counted, "promotion", "promotions")),
                   "roi",
                   {format_hundredths(profit, true), std::to_string(counted)}});
    out.push_back({"bm.spend",
                   "Trade spend, last 12 months",
                   format_hundredths(spend, true),
                   kpi_count_text(counted, "ended promotion", "ended promotions"),
                   "roi",
                   {std::to_string(counted)}});
}

}  // namespace

std::vector<Kpi> role_kpis(db::Connection& conn, const ActionContext& ctx) {
    const bool admin = ctx.is_admin();
    const auto has = [&](Role r) { return admin || ctx.has_role(r); };
    std::vector<Kpi> out;
    if (has(Role::Finance)) {
        kpi_finance(conn, ctx, out);
        kpi_waiting_requests(conn, ApproverLevel::Finance, "fin.requests",
                             "Discount requests waiting for finance", out);
    }
    std::vector<Promotion> promotions;
    if (has(Role::SalesManager) || has(Role::KeyAccountManager) || has(Role::BrandManager)) {
        promotions = load_promotions(conn);
    }
    if (has(Role::SalesManager)) {
        kpi_waiting_requests(conn, ApproverLevel::SalesManager, "sm.requests",
                             "Discount requests waiting for a sales manager", out);
        std::size_t submitted = 0;
        for (const Promotion& p : promotions) {
            if (p.status == PromotionStatus::Submitted) {
                ++submitted;
            }
        }
        out.push_back({"sm.promotions",
                       "Promotions waiting for approval",
                       std::to_string(submitted),
                       "submitted",
                       "",
                       {}});
    }
    if (has(Role::KeyAccountManager)) {
        kpi_key_account(conn, ctx, promotions, out);
    }
    if (has(Role::BrandManager)) {
        kpi_brand(conn, ctx, promotions, out);
    }
    return out;
}

}  // namespace uplift
