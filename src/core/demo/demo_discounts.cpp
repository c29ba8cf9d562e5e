// The demo's discount management: standing conditions every invoice honours (Cash and Carry's
// everyday 2 %, a listing allowance per chain, one chain's exclusive volume deal), discount
// requests in every state raised and decided through the use cases, and returns and
// write-offs with their reason codes.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "db/statement.h"
#include "demo/demo_data.h"
#include "demo/demo_plan.h"
#include "demo/demo_random.h"
#include "discounts/condition.h"
#include "discounts/returns.h"
#include "money/percent.h"
#include "security/action_context.h"
#include "workflows/discount_decisions.h"

namespace uplift::demo {

namespace {

enum : std::uint64_t { kTagRequests = 60, kTagReturns = 61 };

constexpr int kRequests = 40;

Date week_monday(int week) {
    return kDemoFirstMonday + boost::gregorian::days(7 * std::int64_t{week});
}

std::string name_of(db::Connection& conn, const char* sql, std::int64_t id) {
    db::Statement s(conn, sql);
    s.bind(1, id);
    return s.step() ? s.get_text(0) : std::string();
}

// The index-th brand or category name, in id order (the catalogue writes them in plan order).
std::string nth_name(db::Connection& conn, const char* table, int index) {
    db::Statement s(conn, fmt::format("SELECT name FROM {} ORDER BY id LIMIT 1 OFFSET ?", table));
    s.bind(1, index);
    return s.step() ? s.get_text(0) : std::string();
}

std::int64_t write_conditions(db::Connection& conn, const DemoPlan& plan, const ActionContext& sm) {
    for (const ConditionPlan& c : plan.conditions) {
        ConditionInput in;
        in.name = c.name;
        if (c.pct_units > 0) {
            in.pct_units = c.pct_units;
        } else {
            in.per_unit_cents = c.per_unit_cents;
        }
        in.period = {week_monday(c.first_week), week_monday(c.last_week) + boost::gregorian::days(6)};
        if (c.channel >= 0) {
            in.channel = std::string(channels()[static_cast<std::size_t>(c.channel)].name);
        }
        if (c.chain >= 0) {
            const ChainPlan& chain = plan.chains[static_cast<std::size_t>(c.chain)];
            in.account = name_of(conn, "SELECT code FROM accounts WHERE id = ?",
                                 plan.accounts[chain.head].id);
        }
        if (c.brand >= 0) {
            in.brand = nth_name(conn, "brands", c.brand);
        }
        if (c.category >= 0) {
            in.category = nth_name(conn, "categories", c.category);
        }
        in.exclusive = c.exclusive;
        in.reason = c.reason;
        add_condition(conn, sm, in);
    }
    return std::ssize(plan.conditions);
}

// Requests of the last five months of actuals and the two after: KAMs ask for their key
// accounts, the brand manager for independents; each is routed by the default matrix, and
// those waiting for a decision are left pending, approved, rejected or withdrawn in turn.
std::int64_t write_requests(db::Connection& conn, const DemoPlan& plan, const ActionContext& ctx) {
    const ActionContext kam = load_actor(conn, "kam1", ctx.today, ctx.now);
    const ActionContext bm = load_actor(conn, "bm1", ctx.today, ctx.now);
    const ActionContext sm = load_actor(conn, "sm1", ctx.today, ctx.now);
    const ActionContext fin = load_actor(conn, "fin1", ctx.today, ctx.now);
    static constexpr std::array<int, 11> kDepths{3, 4, 5, 6, 8, 10, 12, 15, 18, 20, 25};
    static constexpr std::array<const char*, 6> kReasons{"TPR",     "DISPLAY", "FEATURE",
                                                         "LISTING", "VOLUME",  "COMPETITIVE"};
    static constexpr std::array<const char*, 3> kRejections{"deeper than the margin can carry",
                                                            "overlaps the running promotion",
                                                            "no volume commitment behind it"};
    Rng rng = Rng::stream(plan.seed, kTagRequests);
    std::int64_t written = 0;
    for (int i = 0; i < kRequests; ++i) {
        const AccountPlan& acc =
            plan.accounts[static_cast<std::size_t>(rng.between(0, std::ssize(plan.accounts) - 1))];
        if (acc.assortment.empty()) {
            continue;
        }
        NewDiscountRequest in;
        in.account = name_of(conn, "SELECT code FROM accounts WHERE id = ?", acc.id);
        const auto skus = std::min<std::int64_t>(rng.between(1, 3), std::ssize(acc.assortment));
        const auto first = rng.between(0, std::ssize(acc.assortment) - skus);
        for (std::int64_t k = 0; k < skus; ++k) {
            in.skus.push_back(
                name_of(conn, "SELECT sku FROM products WHERE id = ?",
                        plan.products[static_cast<std::size_t>(
                                          acc.assortment[static_cast<std::size_t>(first + k)])]
                            .id));
        }
        in.pct_units =
            kDepths[static_cast<std::size_t>(rng.between(0, kDepths.size() - 1))] * Percent::kScale;
        const Date start = week_monday(static_cast<int>(rng.between(kDemoWeeks - 22, kDemoWeeks + 8))) +
                           boost::gregorian::days(rng.between(0, 2));
        in.period = {start, start + boost::gregorian::days(rng.between(13, 27))};
        in.reason = kReasons[static_cast<std::size_t>(i) % kReasons.size()];
        if (rng.chance(0.5)) {
            in.expected_units = rng.between(5, 60) * 10;
        }
        in.note = acc.key_account ? "agreed in the quarterly review" : "";
        const ActionContext& requester = acc.key_account ? kam : bm;
        const RequestOutcome out = request_discount(conn, requester, in);
        ++written;
        if (out.status != RequestStatus::Pending) {
            continue;
        }
        const ActionContext& approver = out.level == ApproverLevel::Finance ? fin : sm;
        switch (i % 5) {
            case 2:
                approve_discount_request(conn, approver, out.id, "backed by the account plan");
                break;
            case 3:
                reject_discount_request(conn, approver, out.id,
                                        kRejections[static_cast<std::size_t>(i) % 3]);
                break;
            case 4:
                withdraw_request(conn, requester, out.id, "the buyer settled for a display");
                break;
            default:
                break;  // waiting in the inbox
        }
    }
    return written;
}

// Damaged and expired goods sent back, and write-offs of pricing errors, over the last year.
std::int64_t write_returns(db::Connection& conn, const DemoPlan& plan, const ActionContext& ctx) {
    const ActionContext kam = load_actor(conn, "kam1", ctx.today, ctx.now);
    const ActionContext fin = load_actor(conn, "fin1", ctx.today, ctx.now);
    Rng rng = Rng::stream(plan.seed, kTagReturns);
    const auto count = std::clamp<std::int64_t>(std::ssize(plan.accounts) / 4, 12, 400);
    for (std::int64_t i = 0; i < count; ++i) {
        const AccountPlan& acc =
            plan.accounts[static_cast<std::size_t>(rng.between(0, std::ssize(plan.accounts) - 1))];
        if (acc.assortment.empty()) {
            continue;
        }
        const ProductPlan& p =
            plan.products[static_cast<std::size_t>(acc.assortment[static_cast<std::size_t>(
                rng.between(0, std::ssize(acc.assortment) - 1))])];
        NewReturn r;
        const double u = rng.uniform();
        r.kind = u < 0.7 ? ReturnKind::Return : ReturnKind::WriteOff;
        r.reason = u < 0.45 ? "DAMAGED" : u < 0.7 ? "EXPIRED" : u < 0.9 ? "PRICING_ERROR" : "OTHER";
        r.date = week_monday(static_cast<int>(rng.between(kDemoWeeks - 52, kDemoWeeks - 1))) +
                 boost::gregorian::days(rng.between(0, 4));
        r.account = name_of(conn, "SELECT code FROM accounts WHERE id = ?", acc.id);
        r.sku = name_of(conn, "SELECT sku FROM products WHERE id = ?", p.id);
        r.units = r.reason == "PRICING_ERROR" ? 0 : rng.between(1, 48);
        r.amount_cents = r.units > 0 ? r.units * p.price_after : rng.between(500, 25'000);
        r.note = r.reason == "PRICING_ERROR" ? "credit note for an invoice at the old price" : "";
        enter_return(conn, r.kind == ReturnKind::Return ? kam : fin, r);
    }
    return count;
}

}  // namespace

void plan_conditions(DemoPlan& plan) {
    plan.conditions.push_back({"CASH-CARRY-EVERYDAY", 20'000, 0, 0, kDemoWeeks + 25, kCashAndCarry,
                               -1, -1, -1, false, "VOLUME"});
    plan.conditions.push_back({"CONVENIENCE-SUMMER", 15'000, 0, kDemoWeeks - 6, kDemoWeeks + 20,
                               kConvenience, -1, -1, -1, false, "COMPETITIVE"});
    for (std::size_t c = 0; c < plan.chains.size(); ++c) {
        plan.conditions.push_back({fmt::format("LISTING-{}", plan.chains[c].name), 0, 5, 104, 129,
                                   -1, static_cast<int>(c), static_cast<int>(c * 7) % kBrands, -1,
                                   false, "LISTING"});
    }
    if (!plan.chains.empty()) {
        plan.conditions.push_back({fmt::format("VOLUME-DEAL-{}", plan.chains[0].name), 40'000, 0,
                                   78, 129, -1, 0, -1, 0, true, "VOLUME"});
    }
}

ConditionMatch condition_on_row(const DemoPlan& plan, const ConditionPlan& c,
                                const AccountPlan& acc, const ProductPlan& p, int week,
                                std::int64_t units, std::int64_t gross) {
    (void)plan;
    if (week < c.first_week || week > c.last_week || (c.channel >= 0 && acc.channel != c.channel) ||
        (c.chain >= 0 && acc.chain != c.chain) || (c.brand >= 0 && p.brand != c.brand) ||
        (c.category >= 0 && p.category != c.category)) {
        return {};
    }
    const Wide micro = c.pct_units > 0 ? static_cast<Wide>(c.pct_units) * gross
                                       : static_cast<Wide>(c.per_unit_cents) * units * 1'000'000;
    return {true, c.exclusive, micro};
}

DiscountCounts write_discounts(db::Connection& conn, const DemoPlan& plan,
                               const ActionContext& ctx) {
    DiscountCounts out;
    out.conditions = write_conditions(conn, plan, load_actor(conn, "sm1", ctx.today, ctx.now));
    out.requests = write_requests(conn, plan, ctx);
    out.returns = write_returns(conn, plan, ctx);
    return out;
}

}  // namespace uplift::demo
