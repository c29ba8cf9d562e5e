// Promotions of the demo: every temporary price cut in the actuals is a promotion of the account
// that sells it (one per chain store, as each store carries its own actuals), with the cut
// brand's most popular listed skus as lines, a discount_pct tactic of the cut's depth and, at
// big shops, sometimes a paid display or feature whose extra volume the actuals also show.
// Statuses follow the demo calendar: old history closed (some settled, half of those closed
// since), the last half year approved, the next half year draft, planned or submitted; a few
// extra promotions were rejected or cancelled and never ran, so their weeks show no cut.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "calendar/calendar.h"
#include "db/connection.h"
#include "db/statement.h"
#include "demo/demo_data.h"
#include "demo/demo_plan.h"
#include "demo/demo_random.h"

namespace uplift::demo {

namespace {

enum : std::uint64_t { kTagPromotions = 32, kTagPromoAccount = 34, kTagPromoDates = 35 };

constexpr int kRecentWeeks = 26;  // promotions starting in the last half year are approved
constexpr int kFutureWeeks = 26;  // and promotions are planned half a year beyond the actuals
constexpr int kHorizonWeeks = kDemoWeeks + kFutureWeeks;
constexpr int kHistoryEnd = kDemoWeeks - kRecentWeeks;
constexpr int kFirstCutMin = 5;  // the first cut leaves a few weeks of baseline before it
constexpr int kFirstCutMax = 20;
constexpr int kPauseMin = 17;  // regular weeks between a cut's dip week and the next cut
constexpr int kPauseMax = 35;
constexpr std::size_t kMaxLines = 8;
constexpr double kDisplayChance = 0.3;
constexpr double kFeeMinGross = 250'000;  // cents of regular sales in the period to pay a fee
constexpr std::int64_t kFeeMin = 50'000;  // 500.00
constexpr std::int64_t kFeeMax = 500'000;
constexpr std::int64_t kFeeStep = 5'000;
constexpr double kSettledShare = 0.15;   // of the history; the rest is closed
constexpr double kSubmittedShare = 0.3;  // of the future; then planned, the rest draft
constexpr double kPlannedShare = 0.3;
constexpr double kPhantomShare = 0.04;  // rejected and cancelled, of the promotions that ran
constexpr std::size_t kMinPhantoms = 4;
constexpr std::int64_t kSmApprovalLimit = 5'000'000;  // the seeded sm_approval_limit
constexpr std::int64_t kShipLeadDays = 14;            // the seeded ship_lead_days

// A promotion with the index of its account.
struct Candidate {
    std::size_t account = 0;
    PromoPlan promo;
};

bool by_rank(const Candidate* a, const Candidate* b) {
    return std::tie(a->promo.rank, a->account, a->promo.first_week, a->promo.brand) <
           std::tie(b->promo.rank, b->account, b->promo.first_week, b->promo.brand);
}

std::int64_t monday(int week) {
    return day_number(kDemoFirstMonday) + 7 * std::int64_t{week};
}

// Volume multiplier of a cut of d % at the demo's elasticity of 2.
double price_lift(int depth_pct) {
    const double paid = 1 - depth_pct / 100.0;
    return 1 / (paid * paid);
}

// The account's listed skus of each brand, most popular first.
std::vector<std::vector<int>> listed_by_brand(const DemoPlan& plan, const AccountPlan& acc) {
    std::vector<std::vector<int>> out(kBrands);
    for (const int i : acc.assortment) {
        out[static_cast<std::size_t>(plan.products[static_cast<std::size_t>(i)].brand)].push_back(
            i);
    }
    for (auto& skus : out) {
        std::stable_sort(skus.begin(), skus.end(), [&](int x, int y) {
            return plan.products[static_cast<std::size_t>(x)].weekly_rate >
                   plan.products[static_cast<std::size_t>(y)].weekly_rate;
        });
    }
    return out;
}

// The lines of a promotion starting in `week`: up to 8 listed skus already on sale.
std::vector<int> lines_for(const DemoPlan& plan, const std::vector<int>& listed, int week) {
    std::vector<int> lines;
    for (const int i : listed) {
        if (lines.size() < kMaxLines &&
            plan.products[static_cast<std::size_t>(i)].launch_week <= week) {
            lines.push_back(i);
        }
    }
    return lines;
}

// Regular sales of the lines over the period in cents, before season and trend: what the
// retailer looks at when it prices a display.
double expected_gross(const DemoPlan& plan, const AccountPlan& acc, const PromoPlan& p) {
    double gross = 0;
    for (const int i : p.lines) {
        const ProductPlan& pp = plan.products[static_cast<std::size_t>(i)];
        const std::int64_t price =
            p.first_week >= pp.increase_week ? pp.price_after : pp.price_before;
        gross += pp.weekly_rate * acc.size * static_cast<double>(price) * p.weeks;
    }
    return gross;
}

// Sorts by rank and hands out the statuses in order: statuses[k] to the next shares[k] of the
// promotions (at least one while any are left), the last status to the rest.
void hand_out(std::vector<Candidate*>& ranked, const std::vector<PromotionStatus>& statuses,
              const std::vector<double>& shares) {
    std::sort(ranked.begin(), ranked.end(), by_rank);
    const auto n = static_cast<double>(ranked.size());
    std::size_t k = 0;
    for (std::size_t s = 0; s < statuses.size(); ++s) {
        std::size_t count = ranked.size() - k;
        if (s < shares.size()) {
            const auto share = static_cast<std::size_t>(std::llround(shares[s] * n));
            count = std::min(count, std::max<std::size_t>(1, share));
        }
        for (std::size_t j = 0; j < count; ++j) {
            ranked[k++]->promo.status = statuses[s];
        }
    }
}

}  // namespace

void plan_promotions(DemoPlan& plan) {
    std::vector<Candidate> made;      // promotions that ran or will run
    std::vector<Candidate> phantoms;  // where a rejected or cancelled one could have been
    for (std::size_t a = 0; a < plan.accounts.size(); ++a) {
        const AccountPlan& acc = plan.accounts[a];
        const AccountPlan& group = plan.accounts[static_cast<std::size_t>(acc.promo_group)];
        const auto listed = listed_by_brand(plan, acc);
        // The calendar (brands, weeks, depth, display) is the group's, so a chain's stores run
        // their banner's cuts; what concerns one account only comes from its own stream.
        Rng rng =
            Rng::stream(plan.seed, kTagPromotions, static_cast<std::uint64_t>(acc.promo_group));
        Rng own = Rng::stream(plan.seed, kTagPromoAccount, a);
        for (int b = 0; b < kBrands; ++b) {
            if (!rng.chance(group.promo_share)) {
                continue;
            }
            const std::vector<int>& skus = listed[static_cast<std::size_t>(b)];
            auto w = static_cast<int>(rng.between(kFirstCutMin, kFirstCutMax));
            while (w < kHorizonWeeks) {
                const auto weeks = static_cast<int>(rng.between(2, 4));
                const auto depth = static_cast<int>(5 * rng.between(2, 6));
                const bool display = rng.chance(kDisplayChance);
                const std::int64_t lift_ppm = 1'000'000 + 50'000 * rng.between(2, 6);
                const bool feature = rng.chance(0.4);
                const double fee_rate = rng.uniform(0.12, 0.25);
                const auto pause = static_cast<int>(rng.between(kPauseMin, kPauseMax));
                const double rank = own.uniform();
                const double phantom_rank = own.uniform();
                const auto phantom_weeks = static_cast<int>(own.between(2, 4));
                const auto phantom_depth = static_cast<int>(5 * own.between(2, 6));
                const double phantom_at = own.uniform();

                PromoPlan p;
                p.brand = b;
                p.first_week = w;
                p.weeks = weeks;
                p.depth_pct = depth;
                p.feature = feature;
                p.rank = rank;
                p.lines = lines_for(plan, skus, w);
                if (!p.lines.empty()) {
                    p.expected_gross = expected_gross(plan, acc, p);
                    if (display && p.expected_gross >= kFeeMinGross) {
                        const std::int64_t fee =
                            std::llround(p.expected_gross * fee_rate / kFeeStep) * kFeeStep;
                        p.fee_cents = std::clamp(fee, kFeeMin, kFeeMax);
                        p.lift_ppm = lift_ppm;
                    }
                    // Statuses by period; history and future are split further below.
                    p.status = w >= kDemoWeeks    ? PromotionStatus::Draft
                               : w >= kHistoryEnd ? PromotionStatus::Approved
                                                  : PromotionStatus::Closed;
                    made.push_back({a, std::move(p)});
                }
                // A promotion that never ran fits in the regular weeks after the dip week,
                // a week clear of the next cut, within the actuals.
                const int gap_first = w + weeks + 2;
                const int gap_last = std::min(w + weeks + pause - 1, kDemoWeeks - 1);
                const int room = gap_last - gap_first + 1 - phantom_weeks;
                if (room >= 0) {
                    PromoPlan q;
                    q.brand = b;
                    q.first_week =
                        gap_first + std::min(room, static_cast<int>(phantom_at * (room + 1)));
                    q.weeks = phantom_weeks;
                    q.depth_pct = phantom_depth;
                    q.rank = phantom_rank;
                    q.status = PromotionStatus::Cancelled;
                    q.lines = lines_for(plan, skus, q.first_week);
                    if (!q.lines.empty()) {
                        q.expected_gross = expected_gross(plan, acc, q);
                        phantoms.push_back({a, std::move(q)});
                    }
                }
                w += weeks + 1 + pause;
            }
        }
    }

    // History: mostly closed; the later a promotion (and the luckier its draw), the likelier
    // its claims are settled and it is not closed yet. Future: the nearer, the likelier it is
    // submitted already; far ones are mostly drafts.
    std::vector<Candidate*> history;
    std::vector<Candidate*> future;
    std::int64_t ran = 0;
    for (Candidate& c : made) {
        PromoPlan& p = c.promo;
        if (p.first_week >= kDemoWeeks) {
            p.rank += static_cast<double>(p.first_week - kDemoWeeks) / kFutureWeeks;
            future.push_back(&c);
            continue;
        }
        ++ran;
        if (p.first_week < kHistoryEnd) {
            p.rank = -(p.rank + static_cast<double>(p.first_week) / kHistoryEnd);
            history.push_back(&c);
        }
    }
    hand_out(history, {PromotionStatus::Settled, PromotionStatus::Closed}, {kSettledShare});
    hand_out(future, {PromotionStatus::Submitted, PromotionStatus::Planned, PromotionStatus::Draft},
             {kSubmittedShare, kPlannedShare});
    // A few of the places become rejected and cancelled promotions, in turn.
    std::vector<Candidate*> chosen;
    for (Candidate& c : phantoms) {
        chosen.push_back(&c);
    }
    std::sort(chosen.begin(), chosen.end(), by_rank);
    chosen.resize(std::min(chosen.size(),
                           std::max(kMinPhantoms, static_cast<std::size_t>(std::llround(
                                                      kPhantomShare * static_cast<double>(ran))))));
    for (std::size_t k = 0; k < chosen.size(); ++k) {
        chosen[k]->promo.status =
            k % 2 == 0 ? PromotionStatus::Rejected : PromotionStatus::Cancelled;
    }

    for (Candidate& c : made) {
        plan.accounts[c.account].promotions.push_back(std::move(c.promo));
    }
    for (Candidate* c : chosen) {
        plan.accounts[c->account].promotions.push_back(std::move(c->promo));
    }
    // Codes in order of the in-store start, then account, then brand.
    std::vector<std::tuple<int, std::size_t, int, std::size_t>> order;
    for (std::size_t a = 0; a < plan.accounts.size(); ++a) {
        auto& promos = plan.accounts[a].promotions;
        std::sort(promos.begin(), promos.end(), [](const PromoPlan& x, const PromoPlan& y) {
            return std::tie(x.first_week, x.brand) < std::tie(y.first_week, y.brand);
        });
        for (std::size_t i = 0; i < promos.size(); ++i) {
            order.emplace_back(promos[i].first_week, a, promos[i].brand, i);
        }
    }
    std::sort(order.begin(), order.end());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const auto& [week, a, brand, i] = order[k];
        plan.accounts[a].promotions[i].number = static_cast<int>(k + 1);
    }
}

namespace {

constexpr std::array<std::string_view, 4> kSeasons{"Winter", "Spring", "Summer", "Autumn"};
constexpr std::array<std::string_view, 4> kRejectReasons{
    "Depth above the brand's guideline", "Return on investment below target",
    "Clashes with a competitor's feature week", "The quarter's budget is already committed"};
constexpr std::array<std::string_view, 4> kCancelReasons{
    "The retailer withdrew the promotion slot", "Supply shortage on the promoted skus",
    "Replaced by a national campaign", "Listing not confirmed in time"};

std::string lower_first(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') {
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    }
    return out;
}

std::string stamp(std::int64_t day, Rng& rng) {
    const auto hour = rng.between(8, 17);
    const auto minute = rng.between(0, 59);
    return fmt::format("{}T{:02}:{:02}:00Z", to_iso(from_day_number(day)), hour, minute);
}

struct User {
    std::int64_t id = 0;
    const char* name = "";
};

struct Step {
    std::int64_t day = 0;
    PromotionStatus from = PromotionStatus::Draft;
    PromotionStatus to = PromotionStatus::Draft;
    const User* by = nullptr;
    std::string_view reason;
};

// Whole units a line is expected to sell in the period (a manual forecast of the requester).
std::int64_t forecast_units(const DemoPlan& plan, const AccountPlan& acc, const PromoPlan& p,
                            int product) {
    const ProductPlan& pp = plan.products[static_cast<std::size_t>(product)];
    double units = 0;
    for (int w = p.first_week; w < p.first_week + p.weeks; ++w) {
        units += pp.weekly_rate * acc.size * (1 + acc.yearly_trend * w / 52.0);
    }
    return std::llround(units * price_lift(p.depth_pct) * static_cast<double>(p.lift_ppm) /
                        1'000'000.0);
}

}  // namespace

PromotionCounts write_promotions(db::Connection& conn, const DemoPlan& plan, const DemoUsers& users,
                                 const std::string& admin_name) {
    const User kam{users.kam, "kam1"};
    const User bm{users.bm, "bm1"};
    const User sm{users.sm, "sm1"};
    const User fin{users.fin, "fin1"};
    const User admin{0, admin_name.c_str()};

    struct Ref {
        int number;
        std::size_t account;
        std::size_t index;
    };
    std::vector<Ref> refs;
    for (std::size_t a = 0; a < plan.accounts.size(); ++a) {
        for (std::size_t i = 0; i < plan.accounts[a].promotions.size(); ++i) {
            refs.push_back({plan.accounts[a].promotions[i].number, a, i});
        }
    }
    std::sort(refs.begin(), refs.end(),
              [](const Ref& x, const Ref& y) { return x.number < y.number; });

    db::Statement campaign_ins(conn,
                               "INSERT INTO campaigns(name, objective, owner_id) VALUES(?, ?, ?) "
                               "ON CONFLICT(name) DO NOTHING");
    db::Statement campaign_find(conn, "SELECT id FROM campaigns WHERE name = ?");
    db::Statement promo_ins(conn,
                            "INSERT INTO promotions(code, name, campaign_id, account_id, "
                            "instore_from, instore_to, ship_from, ship_to, status, requested_by, "
                            "created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    db::Statement scenario_ins(conn, "INSERT INTO scenarios(promotion_id, name) VALUES(?, 'Base')");
    db::Statement choose(conn, "UPDATE promotions SET scenario_id = ? WHERE id = ?");
    db::Statement line_ins(
        conn,
        "INSERT INTO promotion_lines(promotion_id, product_id, planned_units) VALUES(?, ?, ?)");
    db::Statement tactic_ins(conn,
                             "INSERT INTO tactics(scenario_id, kind, fund, lift_ppm, label) "
                             "VALUES(?, ?, ?, ?, ?)");
    db::Statement term_ins(conn,
                           "INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, "
                           "valid_to, value, created_at, created_by) VALUES(?, 1, NULL, ?, ?, ?, "
                           "?, ?)");
    db::Statement log_ins(conn,
                          "INSERT INTO promotion_status_log(promotion_id, at, user_name, "
                          "from_status, to_status, reason) VALUES(?, ?, ?, ?, ?, ?)");

    PromotionCounts counts;
    std::map<std::string, std::int64_t> campaigns;
    const std::int64_t last_day = monday(kDemoWeeks) - 1;  // the demo's "today"
    std::vector<Step> steps;
    int settled_seen = 0;
    for (const Ref& ref : refs) {
        const AccountPlan& acc = plan.accounts[ref.account];
        const PromoPlan& p = acc.promotions[ref.index];
        const CategoryInfo& cat =
            categories()[static_cast<std::size_t>(p.brand / kBrandsPerCategory)];
        const std::string_view brand =
            cat.brands[static_cast<std::size_t>(p.brand % kBrandsPerCategory)];
        const Period instore{from_day_number(monday(p.first_week)),
                             from_day_number(monday(p.first_week + p.weeks) - 1)};
        const Period ship = default_ship_period(instore, kShipLeadDays);
        const User& requester = acc.key_account ? kam : bm;

        // The campaign: season (quarter of the start) x category x key accounts or the
        // independent trade; the KAM owns the key-account ones, the brand manager the others.
        const int year = instore.first.year();
        const auto quarter = static_cast<std::size_t>((instore.first.month() - 1) / 3);
        const std::string campaign =
            fmt::format("{} {}{} {}", kSeasons[quarter], lower_first(cat.name),
                        acc.key_account ? " key accounts" : "", year);
        auto found = campaigns.find(campaign);
        if (found == campaigns.end()) {
            campaign_ins.bind_all(
                campaign,
                fmt::format(
                    "More {} volume in {} {} with price cuts{}", lower_first(cat.name),
                    lower_first(kSeasons[quarter]), year,
                    acc.key_account ? " and displays at the chains" : " in the independent trade"),
                acc.key_account ? kam.id : bm.id);
            campaign_ins.exec();
            campaign_find.bind(1, campaign);
            campaign_find.step();
            found = campaigns.emplace(campaign, campaign_find.get_int(0)).first;
            campaign_find.reset();
        }

        // The history of its status, backwards from the decision a few weeks before the start
        // (and never after the demo's last day).
        Rng rng = Rng::stream(plan.seed, kTagPromoDates, static_cast<std::uint64_t>(p.number));
        const std::int64_t start = monday(p.first_week);
        const std::int64_t end = monday(p.first_week + p.weeks) - 1;
        const std::int64_t decided =
            std::min(start - rng.between(14, 35), last_day - rng.between(1, 12));
        const std::int64_t submitted = decided - rng.between(1, 4);
        const std::int64_t planned = submitted - rng.between(2, 9);
        std::int64_t created = planned - rng.between(1, 6);
        const double planned_spend = p.expected_gross * price_lift(p.depth_pct) *
                                         static_cast<double>(p.lift_ppm) / 1'000'000.0 *
                                         p.depth_pct / 100.0 +
                                     static_cast<double>(p.fee_cents);
        const User& approver = planned_spend > kSmApprovalLimit ? fin : sm;
        const auto reason_pick = static_cast<std::size_t>(rng.between(0, 3));
        const auto cancel_after = rng.between(0, 2);
        using S = PromotionStatus;
        S stored = p.status;
        steps.clear();
        const auto up_to = [&](S last) {
            steps.push_back({planned, S::Draft, S::Planned, &requester, ""});
            if (last == S::Planned) {
                return;
            }
            steps.push_back({submitted, S::Planned, S::Submitted, &requester, ""});
            if (last == S::Submitted) {
                return;
            }
            steps.push_back({decided, S::Submitted, S::Approved, &approver, ""});
        };
        switch (p.status) {
            case S::Draft:
                break;
            case S::Planned:
            case S::Submitted:
            case S::Approved:
                up_to(p.status);
                break;
            case S::Settled: {
                up_to(S::Approved);
                const std::int64_t settled = std::min(end + rng.between(21, 49), last_day);
                steps.push_back({settled, S::Approved, S::Settled, &fin, ""});
                // Every second settled promotion has been closed since, which releases what
                // its claims left of the commitments.
                if (settled_seen++ % 2 == 1 && settled + 28 <= last_day) {
                    steps.push_back({settled + rng.between(7, 28), S::Settled, S::Closed, &fin,
                                     "all claims settled"});
                    stored = S::Closed;
                }
                break;
            }
            case S::Rejected:
                up_to(S::Submitted);
                steps.push_back(
                    {decided, S::Submitted, S::Rejected, &approver, kRejectReasons[reason_pick]});
                break;
            case S::Cancelled: {
                const S last = cancel_after == 0   ? S::Planned
                               : cancel_after == 1 ? S::Submitted
                                                   : S::Approved;
                up_to(last);
                const std::int64_t from_day = steps.back().day;
                steps.push_back({std::min(from_day + rng.between(1, 6), start - 1), last,
                                 S::Cancelled, &requester, kCancelReasons[reason_pick]});
                break;
            }
            default:  // closed history, taken over from the previous system without requester
                created = std::min(end + rng.between(28, 70), last_day);
                break;
        }
        const bool taken_over = p.status == S::Closed;
        const std::string created_at = stamp(created, rng);

        promo_ins.bind_all(fmt::format("PR{:06}", p.number),
                           fmt::format("{} {} % off{}", brand, p.depth_pct,
                                       p.fee_cents == 0 ? ""
                                       : p.feature      ? " + feature"
                                                        : " + display"),
                           found->second, acc.id, to_iso(instore.first), to_iso(instore.last),
                           to_iso(ship.first), to_iso(ship.last), status_name(stored));
        if (taken_over) {
            promo_ins.bind_null(10);
        } else {
            promo_ins.bind(10, requester.id);
        }
        promo_ins.bind(11, created_at);
        promo_ins.exec();
        const std::int64_t id = conn.last_insert_id();
        scenario_ins.bind(1, id);
        scenario_ins.exec();
        const std::int64_t scenario = conn.last_insert_id();
        choose.bind_all(scenario, id);
        choose.exec();

        // Future promotions that are planned or submitted carry the requester's forecast.
        const bool forecast = p.status == S::Planned || p.status == S::Submitted;
        for (const int product : p.lines) {
            line_ins.bind_all(id, plan.products[static_cast<std::size_t>(product)].id);
            if (forecast) {
                line_ins.bind(3, forecast_units(plan, acc, p, product));
            } else {
                line_ins.bind_null(3);
            }
            line_ins.exec();
        }
        counts.lines += std::ssize(p.lines);

        const char* const created_by = taken_over ? admin.name : requester.name;
        tactic_ins.bind_all(scenario, "discount_pct", promotion_fund(plan, acc, p),
                            std::int64_t{1'000'000}, "price cut");
        tactic_ins.exec();
        term_ins.bind_all(conn.last_insert_id(), to_iso(instore.first), to_iso(instore.last),
                          std::int64_t{p.depth_pct} * 10'000, created_at, created_by);
        term_ins.exec();
        if (p.fee_cents > 0) {
            tactic_ins.bind_all(scenario, "fixed_fee", fee_fund(plan, acc, p), p.lift_ppm,
                                p.feature ? "feature" : "display");
            tactic_ins.exec();
            term_ins.bind_all(conn.last_insert_id(), to_iso(instore.first), to_iso(instore.last),
                              p.fee_cents, created_at, created_by);
            term_ins.exec();
        }

        if (taken_over) {
            log_ins.bind_all(id, created_at, admin.name).bind_null(4);
            log_ins.bind(5, status_name(S::Closed)).bind(6, "taken over from the previous system");
            log_ins.exec();
        }
        for (const Step& s : steps) {
            log_ins.bind_all(id, stamp(s.day, rng), s.by->name, status_name(s.from),
                             status_name(s.to), s.reason);
            log_ins.exec();
        }
        // The steps that move money on the funds (write_funds books them).
        FundedPromotion funded{
            id, fmt::format("PR{:06}", p.number), ref.account, ref.index, "", 0, 0, 0, 0};
        for (const Step& s : steps) {
            switch (s.to) {
                case S::Approved:
                    funded.approved = s.day;
                    funded.approver = s.by->name;
                    break;
                case S::Settled:
                    funded.settled = s.day;
                    break;
                case S::Closed:
                    funded.closed = s.day;
                    break;
                case S::Cancelled:
                    funded.cancelled = funded.approved != 0 ? s.day : 0;
                    break;
                default:
                    break;
            }
        }
        if (funded.approved != 0) {
            counts.funded.push_back(std::move(funded));
        }
        ++counts.promotions;
    }
    counts.campaigns = std::ssize(campaigns);
    return counts;
}

}  // namespace uplift::demo
