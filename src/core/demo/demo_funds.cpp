// Funds of the demo (SPEC §4): HQ -> a trade fund per brand -> a fund per brand and key account
// (chain), accrual funds of the channels, yearly allocations sized from what the promotions
// approved in Uplift will commit and claim, and then the money's history day by day: approvals
// commit, claims are entered and settled (in full, in parts, some with a write-off), closing and
// cancelling release, finance moves budget. Everything goes through the fund use cases, so the
// ledger is exactly what real use produces; the sizing only decides the amounts.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "db/connection.h"
#include "db/statement.h"
#include "demo/demo_data.h"
#include "demo/demo_plan.h"
#include "demo/demo_random.h"
#include "funds/accruals.h"
#include "funds/claims.h"
#include "funds/commitments.h"
#include "funds/fund.h"
#include "funds/ledger.h"
#include "money/exact.h"
#include "promotions/promotion_store.h"
#include "security/action_context.h"
#include "workflows/promotion_workflows.h"

namespace uplift::demo {

namespace {

enum : std::uint64_t { kTagFundTargets = 40, kTagClaims = 41 };

constexpr std::int64_t kBudgetStep = 10'000;  // budgets in whole 100.00
constexpr std::int64_t kHqStep = 1'000'000;   // HQ's in whole 10,000.00
constexpr double kHqReserve = 0.1;            // HQ keeps 10 % of what it hands out
constexpr std::int64_t kMinYearly = 500'000;  // 5,000.00 a year for a fund nothing drew on yet
constexpr std::int64_t kMinSweep = 500'000;   // warning level only for funds that spent this
// Accrual rates of the channels' growth funds (Percent units: 10,000 = 1 %), sized for the demo's
// trade spend; cash and carry accrues per unit sold.
constexpr std::array<std::int64_t, kChannels> kGrowthRate{500, 500, 0, 0};
constexpr std::int64_t kCashAndCarryPerUnit = 1;  // 0.01 a unit
constexpr std::array<const char*, 4> kWriteOffReasons{
    "Deduction above the agreed rate", "No proof of the display",
    "Units claimed beyond the shipped quantity", "Duplicate of an earlier deduction line"};

std::string_view brand_of(int brand) {
    return categories()[static_cast<std::size_t>(brand / kBrandsPerCategory)]
        .brands[static_cast<std::size_t>(brand % kBrandsPerCategory)];
}

std::int64_t day_of(int week) {
    return day_number(kDemoFirstMonday) + 7 * std::int64_t{week};
}

int year_of(std::int64_t day) {
    return from_day_number(day).year();
}

std::int64_t jan1(int year) {
    return day_number(Date(static_cast<unsigned short>(year), 1, 1));
}

std::int64_t round_up(double cents, std::int64_t step) {
    return static_cast<std::int64_t>(std::ceil(cents / static_cast<double>(step))) * step;
}

bool has_growth_fund(int channel) {
    return channel == kCashAndCarry || kGrowthRate[static_cast<std::size_t>(channel)] > 0;
}

// The demo's "today": the Sunday of the last week of actuals.
std::int64_t last_day() {
    return day_of(kDemoWeeks) - 1;
}

// The actor at a moment of a day (ledger, claims and audit carry that day and time).
ActionContext at(ActionContext who, std::int64_t day, int hour) {
    who.today = from_day_number(day);
    who.now = fmt::format("{}T{:02}:00:00Z", to_iso(who.today), hour);
    return who;
}

struct FundNode {
    std::string name;
    int parent = -1;  // index into the nodes
    bool accrual = false;
    std::string brand;    // scope
    std::string account;  // scope: a chain's head office (and so all its accounts)
    std::int64_t id = 0;
    double target = 0;                  // utilisation aimed at (actual / budget)
    bool sweep = false;                 // at warning level: unused budget goes back at year end
    std::map<int, std::int64_t> need;   // by year: commitments + write-offs booked then
    std::int64_t actual = 0;            // settled + written off, in the end
    std::int64_t open = 0;              // open commitments in the end
    std::map<int, std::int64_t> alloc;  // own allocation by year (children's on top)
};

struct TacticPlan {
    std::int64_t tactic_id = 0;
    int fund = 0;  // node
    std::int64_t cents = 0;
};

struct Part {
    std::int64_t day = 0;
    std::int64_t settled = 0;
    std::int64_t written_off = 0;
    std::string reason;
};

struct ClaimPlan {
    std::string claim_id;
    std::int64_t amount = 0;
    std::int64_t day = 0;
    bool by_kam = false;
    std::vector<Part> parts;
};

enum class Phase { Allocate, Transfer, Commit, Claim, Settle, Release, Sweep };

struct Event {
    std::int64_t day = 0;
    Phase phase = Phase::Allocate;
    std::size_t seq = 0;
    std::size_t promo = 0;  // index into `funded` (commit, claim, settle, release)
    std::size_t part = 0;   // settle: index into the claim's parts
    int year = 0;           // allocate
};

// The claim of a promotion approved in Uplift, or none (still running, nothing spent yet).
std::optional<ClaimPlan> plan_claim(const DemoPlan& plan, const FundedPromotion& f,
                                    std::int64_t committed) {
    const AccountPlan& acc = plan.accounts[f.account];
    const PromoPlan& p = acc.promotions[f.index];
    const std::int64_t end = day_of(p.first_week + p.weeks) - 1;
    if (f.cancelled != 0 || committed <= 0 || end > last_day() - 7) {
        return std::nullopt;
    }
    Rng rng = Rng::stream(plan.seed, kTagClaims, static_cast<std::uint64_t>(p.number));
    ClaimPlan c;
    c.claim_id = fmt::format("CL-{}", f.code.substr(2));
    c.by_kam = acc.key_account;
    c.day = std::min(end + rng.between(3, 10), last_day());
    c.amount = std::llround(static_cast<double>(committed) * rng.uniform(0.82, 0.98));
    const double style = rng.uniform();
    const auto reason = kWriteOffReasons[static_cast<std::size_t>(rng.between(0, 3))];
    if (f.settled != 0) {
        // Settled history: everything settled by the day the promotion was.
        const std::int64_t day = f.settled;  // at least three weeks after the end
        if (style < 0.6) {
            c.parts.push_back({day, c.amount, 0, ""});
        } else if (style < 0.85) {
            const auto first = std::llround(static_cast<double>(c.amount) * rng.uniform(0.4, 0.7));
            c.parts.push_back({c.day + (day - c.day) / 2, first, 0, ""});
            c.parts.push_back({day, c.amount - first, 0, ""});
        } else {
            const auto off = std::llround(static_cast<double>(c.amount) * rng.uniform(0.03, 0.1));
            c.parts.push_back({day, c.amount - off, off, reason});
        }
        return c;
    }
    // Approved and ended: settled a few weeks after the claim came in, or still open.
    const std::int64_t settle = c.day + rng.between(14, 28);
    if (settle <= last_day() && rng.chance(0.6)) {
        if (style < 0.7) {
            c.parts.push_back({settle, c.amount, 0, ""});
        } else {
            // Partly settled: the rest waits for proof.
            c.parts.push_back({settle,
                               std::llround(static_cast<double>(c.amount) * rng.uniform(0.4, 0.7)),
                               0, ""});
        }
    }
    return c;
}

}  // namespace

std::string brand_fund_name(int brand) {
    return fmt::format("{} trade fund", brand_of(brand));
}

std::string key_account_fund_name(const DemoPlan& plan, int chain, int brand) {
    return fmt::format("{} at {}", brand_of(brand),
                       plan.chains[static_cast<std::size_t>(chain)].name);
}

std::string channel_fund_name(int channel) {
    const std::string_view name = channels()[static_cast<std::size_t>(channel)].name;
    return channel == kCashAndCarry ? fmt::format("{} volume bonus", name)
                                    : fmt::format("{} growth fund", name);
}

namespace {

// The channels' growth funds pay from mid-February of the last year on, for promotions
// approved once the year's programme was agreed (an approval comes at most 35 days early).
bool growth_funded(const AccountPlan& acc, const PromoPlan& p) {
    const int year = year_of(last_day());
    const std::int64_t start = day_of(p.first_week);
    return has_growth_fund(acc.channel) && year_of(start) == year &&
           start >= day_number(Date(static_cast<unsigned short>(year), 2, 15));
}

}  // namespace

std::string promotion_fund(const DemoPlan& plan, const AccountPlan& acc, const PromoPlan& p) {
    if (acc.key_account) {
        return key_account_fund_name(plan, acc.chain, p.brand);
    }
    return growth_funded(acc, p) ? channel_fund_name(acc.channel) : brand_fund_name(p.brand);
}

std::string fee_fund(const DemoPlan& plan, const AccountPlan& acc, const PromoPlan& p) {
    return growth_funded(acc, p) ? channel_fund_name(acc.channel) : promotion_fund(plan, acc, p);
}

FundCounts write_funds(db::Connection& conn, const DemoPlan& plan,
                       const std::vector<FundedPromotion>& funded) {
    const Date epoch = from_day_number(last_day());
    const ActionContext fin = load_actor(conn, "fin1", epoch, "");
    const ActionContext sm = load_actor(conn, "sm1", epoch, "");
    const ActionContext kam = load_actor(conn, "kam1", epoch, "");
    const int last_year = year_of(last_day());
    int first_year = last_year;
    for (const auto& f : funded) {
        first_year = std::min(first_year, year_of(f.approved));
    }

    // The tree: HQ, every brand, every (brand, chain) a chain promotes; the channels' funds.
    std::vector<FundNode> nodes;
    std::map<std::string, int> by_name;
    const auto add = [&](std::string name, int parent, bool accrual, std::string brand,
                         std::string account) {
        by_name[name] = static_cast<int>(nodes.size());
        FundNode node;
        node.name = std::move(name);
        node.parent = parent;
        node.accrual = accrual;
        node.brand = std::move(brand);
        node.account = std::move(account);
        nodes.push_back(std::move(node));
    };
    add("HQ trade fund", -1, false, "", "");
    for (int b = 0; b < kBrands; ++b) {
        add(brand_fund_name(b), 0, false, std::string(brand_of(b)), "");
    }
    std::set<std::pair<int, int>> key_funds;  // (chain, brand)
    for (const AccountPlan& acc : plan.accounts) {
        for (const PromoPlan& p : acc.promotions) {
            if (acc.key_account) {
                key_funds.emplace(acc.chain, p.brand);
            }
        }
    }
    db::Statement code(conn, "SELECT code FROM accounts WHERE id = ?");
    for (const auto& [chain, brand] : key_funds) {
        code.reset();
        code.bind(1, plan.accounts[plan.chains[static_cast<std::size_t>(chain)].head].id);
        code.step();
        add(key_account_fund_name(plan, chain, brand), 1 + brand, false,
            std::string(brand_of(brand)), code.get_text(0));
    }
    for (int c = 0; c < kChannels; ++c) {
        if (has_growth_fund(c)) {
            add(channel_fund_name(c), -1, true, "", "");
        }
    }

    // What each promotion commits (the planning P&L, as at approval) and claims.
    std::vector<std::vector<TacticPlan>> tactics(funded.size());
    std::vector<std::optional<ClaimPlan>> claims(funded.size());
    for (std::size_t i = 0; i < funded.size(); ++i) {
        const FundedPromotion& f = funded[i];
        const Promotion p = load_promotion(conn, f.code).value();
        const PlannedPnl pnl = simulate_promotion(conn, p);
        std::int64_t committed = 0;
        for (const Tactic& t : p.tactics) {
            const auto spend = pnl.tactic_spend.find(t.id);
            const std::int64_t cents =
                spend == pnl.tactic_spend.end() ? 0 : round_whole(spend->second);
            const int node = by_name.at(t.fund);
            tactics[i].push_back({t.id, node, cents});
            nodes[static_cast<std::size_t>(node)].need[year_of(f.approved)] += cents;
            committed += cents;
        }
        // Settling draws price cuts first, then fees (claims.h); a write-off lands on the first.
        std::stable_sort(
            tactics[i].begin(), tactics[i].end(), [&](const TacticPlan& a, const TacticPlan& b) {
                const auto fixed = [&](const TacticPlan& t) {
                    return std::find_if(p.tactics.begin(), p.tactics.end(), [&](const Tactic& x) {
                               return x.id == t.tactic_id;
                           })->kind == TacticKind::FixedFee;
                };
                return std::pair(fixed(a), a.tactic_id) < std::pair(fixed(b), b.tactic_id);
            });
        claims[i] = plan_claim(plan, f, committed);
        std::vector<std::int64_t> open;
        for (const auto& t : tactics[i]) {
            open.push_back(t.cents);
        }
        if (claims[i]) {
            for (const Part& part : claims[i]->parts) {
                std::int64_t left = part.settled;
                for (std::size_t k = 0; k < open.size(); ++k) {
                    const std::int64_t take = std::min(left, open[k]);
                    open[k] -= take;
                    left -= take;
                    nodes[static_cast<std::size_t>(tactics[i][k].fund)].actual += take;
                }
                // Beyond the commitments (never here) would be the last fund's actual.
                nodes[static_cast<std::size_t>(tactics[i].back().fund)].actual += left;
                FundNode& first = nodes[static_cast<std::size_t>(tactics[i].front().fund)];
                first.actual += part.written_off;
                first.need[year_of(part.day)] += part.written_off + left;
            }
        }
        if (f.closed == 0 && f.cancelled == 0) {
            for (std::size_t k = 0; k < open.size(); ++k) {
                nodes[static_cast<std::size_t>(tactics[i][k].fund)].open += open[k];
            }
        }
    }

    // Utilisation aimed at: most funds 45-80 %; the fixed funds that can (little still open)
    // end at warning level, the best of them near 100 %, by returning unused budget.
    Rng rng = Rng::stream(plan.seed, kTagFundTargets);
    std::vector<int> candidates;
    for (std::size_t n = 1; n < nodes.size(); ++n) {
        FundNode& node = nodes[n];
        node.target = rng.uniform(0.45, 0.8);
        if (!node.accrual && node.actual >= kMinSweep) {
            candidates.push_back(static_cast<int>(n));
        }
    }
    const auto reach = [&](int n) {
        const FundNode& node = nodes[static_cast<std::size_t>(n)];
        return static_cast<double>(node.actual) / static_cast<double>(node.actual + node.open);
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](int a, int b) { return reach(a) > reach(b); });
    for (std::size_t k = 0; k < std::min<std::size_t>(3, candidates.size()); ++k) {
        const double r = reach(candidates[k]);
        FundNode& node = nodes[static_cast<std::size_t>(candidates[k])];
        if (k == 0 && r >= 0.97) {
            node.target = std::min(r, 0.99);
        } else if (r >= 0.87) {
            node.target = std::min(r - 0.005, rng.uniform(0.86, 0.92));
        } else {
            break;
        }
        node.sweep = true;
    }

    // Yearly allocations: enough for whatever is booked in a year (commitments and
    // write-offs, before anything is released), spread evenly, the total aimed at the target.
    const int years = last_year - first_year + 1;
    for (std::size_t n = 1; n < nodes.size(); ++n) {
        FundNode& node = nodes[n];
        if (node.accrual) {
            continue;  // tops up at creation if its accrual falls short (below)
        }
        std::int64_t need = 0;
        for (const auto& [year, cents] : node.need) {
            need += cents;
        }
        const double goal = node.actual > 0 ? static_cast<double>(node.actual) / node.target : 0;
        // A fund nothing drew on yet still gets a small budget for the plans ahead.
        const double total =
            need == 0 ? static_cast<double>(kMinYearly * years)
                      : std::max(goal, static_cast<double>(need) * (node.sweep ? 1 : 1.05));
        std::int64_t cum = 0;
        std::int64_t cum_need = 0;
        for (int y = first_year; y <= last_year; ++y) {
            cum_need += node.need[y];
            const std::int64_t next = std::max(
                {cum, cum_need, round_up(total * (y - first_year + 1) / years, kBudgetStep)});
            node.alloc[y] = round_up(static_cast<double>(next), kBudgetStep) - cum;
            cum += node.alloc[y];
        }
    }

    // Events, day by day.
    std::vector<Event> events;
    const auto push = [&](Event e) {
        e.seq = events.size();
        events.push_back(e);
    };
    for (int y = first_year; y <= last_year; ++y) {
        push({jan1(y), Phase::Allocate, 0, 0, 0, y});
    }
    for (std::size_t i = 0; i < funded.size(); ++i) {
        const FundedPromotion& f = funded[i];
        push({f.approved, Phase::Commit, 0, i});
        if (claims[i]) {
            push({claims[i]->day, Phase::Claim, 0, i});
            for (std::size_t k = 0; k < claims[i]->parts.size(); ++k) {
                push({claims[i]->parts[k].day, Phase::Settle, 0, i, k});
            }
        }
        if (f.closed != 0 || f.cancelled != 0) {
            push({f.closed != 0 ? f.closed : f.cancelled, Phase::Release, 0, i});
        }
    }
    // Mid-year, HQ tops up the brand that needs most this year from its reserve.
    int busiest = 1;
    for (int b = 1; b <= kBrands; ++b) {
        if (nodes[static_cast<std::size_t>(b)].need[last_year] >
            nodes[static_cast<std::size_t>(busiest)].need[last_year]) {
            busiest = b;
        }
    }
    const std::int64_t top_up = round_up(
        0.1 * static_cast<double>(nodes[static_cast<std::size_t>(busiest)].alloc[last_year]),
        kBudgetStep);
    const std::int64_t mid_year = day_number(Date(static_cast<unsigned short>(last_year), 7, 1));
    if (top_up > 0) {
        push({mid_year, Phase::Transfer});
    }
    push({last_day(), Phase::Sweep});
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.day, a.phase, a.seq) < std::tie(b.day, b.phase, b.seq);
    });

    FundCounts counts;
    const auto fund_id = [&](int n) { return nodes[static_cast<std::size_t>(n)].id; };
    for (const Event& e : events) {
        switch (e.phase) {
            case Phase::Allocate: {
                const ActionContext by = at(fin, e.day, 8);
                if (e.year == first_year) {
                    for (FundNode& node : nodes) {
                        if (node.accrual) {
                            continue;
                        }
                        FundSpec spec;
                        spec.name = node.name;
                        spec.parent = node.parent >= 0
                                          ? nodes[static_cast<std::size_t>(node.parent)].name
                                          : "";
                        spec.owner = node.parent < 0 ? "fin1" : node.parent == 0 ? "bm1" : "kam1";
                        spec.brand = node.brand;
                        spec.account = node.account;
                        node.id = create_fund(conn, by, spec);
                    }
                }
                if (e.year == last_year) {
                    // The channels' growth funds for the year accrue on its sell-in at once.
                    for (int c = 0; c < kChannels; ++c) {
                        if (!has_growth_fund(c)) {
                            continue;
                        }
                        FundNode& node =
                            nodes[static_cast<std::size_t>(by_name.at(channel_fund_name(c)))];
                        FundSpec spec;
                        spec.name = node.name;
                        spec.accrual = true;
                        if (c == kCashAndCarry) {
                            spec.per_unit = kCashAndCarryPerUnit;
                        } else {
                            spec.rate = kGrowthRate[static_cast<std::size_t>(c)];
                        }
                        spec.channel = std::string(channels()[static_cast<std::size_t>(c)].name);
                        spec.valid_from = from_day_number(jan1(last_year));
                        spec.valid_to = from_day_number(jan1(last_year + 1) - 1);
                        spec.owner = "fin1";
                        node.id = create_fund(conn, by, spec);
                        std::int64_t need = 0;
                        for (const auto& [year, cents] : node.need) {
                            need += cents;
                        }
                        const std::int64_t short_by = need - fund_figures(conn, node.id).accrued;
                        if (short_by > 0) {
                            allocate(conn, by, node.name,
                                     round_up(static_cast<double>(short_by), kBudgetStep),
                                     "top-up: the accrual falls short of the year's promotions");
                        }
                    }
                }
                std::int64_t brands_total = 0;
                for (int b = 1; b <= kBrands; ++b) {
                    brands_total += nodes[static_cast<std::size_t>(b)].alloc[e.year];
                }
                for (std::size_t n = 1 + kBrands; n < nodes.size(); ++n) {
                    if (!nodes[n].accrual) {
                        brands_total += nodes[n].alloc[e.year];
                    }
                }
                const double extra = e.year == last_year ? static_cast<double>(top_up) : 0.0;
                allocate(
                    conn, by, nodes[0].name,
                    round_up(static_cast<double>(brands_total) * (1 + kHqReserve) + extra, kHqStep),
                    fmt::format("budget {}", e.year));
                for (int b = 1; b <= kBrands; ++b) {
                    std::int64_t cents = nodes[static_cast<std::size_t>(b)].alloc[e.year];
                    for (std::size_t n = 1 + kBrands; n < nodes.size(); ++n) {
                        if (nodes[n].parent == b) {
                            cents += nodes[n].alloc[e.year];
                        }
                    }
                    if (cents > 0) {
                        allocate(conn, by, nodes[static_cast<std::size_t>(b)].name, cents,
                                 fmt::format("budget {}", e.year));
                    }
                }
                for (std::size_t n = 1 + kBrands; n < nodes.size(); ++n) {
                    if (!nodes[n].accrual && nodes[n].alloc[e.year] > 0) {
                        allocate(conn, by, nodes[n].name, nodes[n].alloc[e.year],
                                 fmt::format("budget {}", e.year));
                    }
                }
                break;
            }
            case Phase::Transfer:
                transfer(conn, at(fin, e.day, 17), nodes[0].name,
                         nodes[static_cast<std::size_t>(busiest)].name, top_up,
                         "Extra budget for the autumn displays");
                ++counts.transfers;
                break;
            case Phase::Commit: {
                const FundedPromotion& f = funded[e.promo];
                const ActionContext by = at(f.approver == "fin1" ? fin : sm, e.day, 10);
                std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> planned;
                for (const TacticPlan& t : tactics[e.promo]) {
                    planned[t.tactic_id] = {fund_id(t.fund), t.cents};
                }
                for (const std::int64_t touched : commit_planned(conn, by, f.id, planned)) {
                    guard_overspend(conn, by, touched, std::nullopt,
                                    fmt::format("committing promotion {}", f.code));
                }
                break;
            }
            case Phase::Claim: {
                const ClaimPlan& c = *claims[e.promo];
                enter_claim(
                    conn, at(c.by_kam ? kam : fin, e.day, 11),
                    {c.claim_id, funded[e.promo].code, c.amount, from_day_number(e.day), ""});
                ++counts.claims;
                break;
            }
            case Phase::Settle: {
                const ClaimPlan& c = *claims[e.promo];
                const Part& part = c.parts[e.part];
                Settlement s;
                s.amount = part.settled;
                s.write_off = part.written_off;
                s.reason = part.reason;
                settle_claim(conn, at(fin, e.day, 14), c.claim_id, s);
                break;
            }
            case Phase::Release: {
                const FundedPromotion& f = funded[e.promo];
                const bool closed = f.closed != 0;
                release_promotion(
                    conn,
                    at(closed ? fin : (plan.accounts[f.account].key_account ? kam : fin), e.day,
                       16),
                    f.id, fmt::format("promotion {} {}", f.code, closed ? "closed" : "cancelled"));
                break;
            }
            case Phase::Sweep:
                // Funds at warning level hand back what they will not spend this year.
                for (const FundNode& node : nodes) {
                    if (!node.sweep) {
                        continue;
                    }
                    const FundFigures fig = fund_figures(conn, node.id);
                    const auto keep = static_cast<std::int64_t>(
                        std::ceil(static_cast<double>(fig.actual) / node.target));
                    const std::int64_t back =
                        std::min(fig.budget() - keep, fig.available()) / 100 * 100;
                    if (back > 0) {
                        transfer(conn, at(fin, e.day, 17), node.name,
                                 nodes[static_cast<std::size_t>(node.parent)].name, back,
                                 "Unused budget returned at year end");
                        ++counts.transfers;
                    }
                }
                break;
        }
    }
    counts.funds = std::ssize(nodes);
    for (const Claim& c : list_claims(conn)) {
        counts.open_claims += c.open() > 0 ? 1 : 0;
    }
    return counts;
}

}  // namespace uplift::demo
