// Trade partners: a few retail chains (chain -> banner -> store, the key-account hierarchy),
// many independent shops, reps who each look after about 25 accounts of one region, the
// listing (assortment) of every account, and negotiated prices for the chains' head offices.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

#include "calendar/calendar.h"
#include "db/connection.h"
#include "db/statement.h"
#include "demo/demo_plan.h"
#include "demo/demo_random.h"
#include "money/rounding.h"

namespace uplift::demo {

namespace {

enum : std::uint64_t { kTagLayout = 21, kTagAccount = 22, kTagAssortment = 23, kTagTerms = 24 };

struct AccountDraft {
    std::string name;
    int channel = 0;
    int region = 0;
    int parent = -1;           // index of the parent draft
    bool key_account = false;  // part of a chain: looked after by the key-account manager
    bool head_office = false;  // a chain's head office: negotiates its own price list
    double size_factor = 1;    // on top of the channel's typical size
    double range_factor = 1;   // on top of the channel's typical assortment
    int promo_group = -1;      // a chain's stores run their banner's promotions; -1: own
    int chain = -1;            // index of the chain (key accounts)
};

std::string_view pick(std::span<const std::string_view> names, Rng& rng) {
    return names[static_cast<std::size_t>(rng.between(0, std::ssize(names) - 1))];
}

// Chains first (head office, two banners, their stores), then independent shops.
std::vector<AccountDraft> lay_out_accounts(std::int64_t n, std::uint64_t seed) {
    Rng rng = Rng::stream(seed, kTagLayout);
    const std::int64_t chains =
        std::max<std::int64_t>(1, std::llround(static_cast<double>(n) / 100));
    const std::int64_t in_chains =
        std::min(n, std::max<std::int64_t>(3 * chains, std::llround(0.4 * static_cast<double>(n))));
    const std::int64_t stores = in_chains - 3 * chains;
    std::vector<AccountDraft> out;
    out.reserve(static_cast<std::size_t>(n));
    const auto chain_list = chain_names();
    for (std::int64_t c = 0; c < chains; ++c) {
        std::string chain(chain_list[static_cast<std::size_t>(c) % chain_list.size()]);
        if (c >= std::ssize(chain_list)) {
            chain += fmt::format(" {}", c / std::ssize(chain_list) + 1);
        }
        // Half the chains run hypermarkets and supermarkets, half supermarkets and
        // convenience shops.
        const bool hyper = c % 2 == 0;
        const std::array<int, 2> banner_channel{hyper ? kHyper : kSuper,
                                                hyper ? kSuper : kConvenience};
        const std::array<std::string_view, 2> banner_format{hyper ? "Hyper" : "Market",
                                                            hyper ? "Market" : "Express"};
        const int home = static_cast<int>(rng.between(0, kRegions - 1));
        const int head = static_cast<int>(out.size());
        // The head office buys for the chain's central warehouse: the biggest ship-to.
        const auto chain_index = static_cast<int>(c);
        out.push_back({fmt::format("{} Group", chain), banner_channel[0], home, -1, true, true, 4.0,
                       1.5, -1, chain_index});
        for (int k = 0; k < 2; ++k) {
            out.push_back({fmt::format("{} {}", chain, banner_format[k]), banner_channel[k], home,
                           head, true, false, 2.0, 1.3, -1, chain_index});
        }
        const std::int64_t chain_stores = stores / chains + (c < stores % chains ? 1 : 0);
        const std::int64_t first_banner_stores =
            std::llround(0.35 * static_cast<double>(chain_stores));
        std::array<int, 2> numbers{0, 0};
        for (std::int64_t s = 0; s < chain_stores; ++s) {
            const int k = s < first_banner_stores ? 0 : 1;
            const int region = static_cast<int>(rng.between(0, kRegions - 1));
            const auto& towns = regions()[region].towns;
            const std::string_view town = towns[static_cast<std::size_t>(rng.between(0, 3))];
            out.push_back(
                {fmt::format("{} {} {} {:03}", chain, banner_format[k], town, ++numbers[k]),
                 banner_channel[k], region, head + 1 + k, true, false, rng.uniform(0.6, 1.4), 1.0,
                 head + 1 + k, chain_index});
        }
    }
    std::map<std::string, int> seen;  // independent shops of the same name get a number
    while (std::ssize(out) < n) {
        const double u = rng.uniform();
        const int channel = u < 0.05   ? kHyper
                            : u < 0.35 ? kSuper
                            : u < 0.85 ? kConvenience
                                       : kCashAndCarry;
        const int region = static_cast<int>(rng.between(0, kRegions - 1));
        const std::string_view town =
            regions()[region].towns[static_cast<std::size_t>(rng.between(0, 3))];
        std::string name;
        switch (channel) {
            case kHyper:
                name = fmt::format("{} Hypermarket {}", pick(hypermarket_names(), rng), town);
                break;
            case kSuper:
                name = fmt::format("{} Supermarket {}", pick(family_names(), rng), town);
                break;
            case kConvenience:
                name = fmt::format("{} {}", pick(convenience_names(), rng), town);
                break;
            default:
                name = fmt::format("{} Cash & Carry {}", pick(cash_and_carry_names(), rng), town);
                break;
        }
        if (const int count = ++seen[name]; count > 1) {
            name += fmt::format(" {}", count);
        }
        out.push_back(
            {std::move(name), channel, region, -1, false, false, rng.uniform(0.6, 1.4), 1.0});
    }
    return out;
}

// Reps cover contiguous runs of accounts sorted by region, so each works one or two regions.
std::vector<int> assign_reps(const std::vector<AccountDraft>& drafts, std::int64_t reps) {
    std::vector<int> order(drafts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return drafts[a].region < drafts[b].region; });
    std::vector<int> rep_of(drafts.size());
    const auto n = static_cast<std::int64_t>(drafts.size());
    for (std::int64_t k = 0; k < n; ++k) {
        rep_of[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] =
            static_cast<int>(k * reps / n);
    }
    return rep_of;
}

// Popular skus and the channel's favourite categories are listed most often; the listing is
// kept in product order, which is also the actuals' key order.
std::vector<int> choose_assortment(const DemoPlan& plan, const AccountDraft& d, Rng& rng) {
    const ChannelInfo& ch = channels()[d.channel];
    std::vector<double> weight(plan.products.size());
    double total = 0;
    for (std::size_t i = 0; i < plan.products.size(); ++i) {
        const ProductPlan& p = plan.products[i];
        weight[i] =
            p.weekly_rate / categories()[p.category].weekly_rate * ch.category_affinity[p.category];
        total += weight[i];
    }
    const double target = ch.assortment * d.range_factor * rng.uniform(0.8, 1.2);
    std::vector<int> listed;
    for (std::size_t i = 0; i < plan.products.size(); ++i) {
        if (rng.uniform() < target * weight[i] / total) {
            listed.push_back(static_cast<int>(i));
        }
    }
    return listed;
}

// A head office's negotiated list: a few of its skus 2-5 % below the central price, from the
// start of year two or three, open-ended (so never overlapping another row of its list).
std::vector<AccountPrice> negotiate_prices(const DemoPlan& plan, const std::vector<int>& listed,
                                           Rng& rng) {
    const Date from = rng.chance(0.5) ? Date(2024, 1, 1) : Date(2025, 1, 1);
    const std::int64_t from_day = day_number(from);
    std::vector<AccountPrice> out;
    for (const int i : listed) {
        if (!rng.chance(0.12)) {
            continue;
        }
        const ProductPlan& p = plan.products[static_cast<std::size_t>(i)];
        const bool raised = from_day >= p.increase_day;
        const std::int64_t central = raised ? p.price_after : p.price_before;
        const std::int64_t price =
            round_half_away(static_cast<Wide>(central) * (100 - rng.between(2, 5)), 100);
        out.push_back({i, from_day, first_week_on_or_after(from_day), price,
                       raised ? p.cost_after : p.cost_before});
    }
    return out;
}

}  // namespace

void create_accounts(db::Connection& conn, DemoPlan& plan, std::int64_t account_count,
                     std::int64_t key_account_manager) {
    std::array<std::int64_t, kChannels> channel_ids{};
    for (int c = 0; c < kChannels; ++c) {
        channel_ids[c] = ensure_named(conn, "channels", channels()[c].name);
    }
    std::array<std::int64_t, kRegions> region_ids{};
    for (int r = 0; r < kRegions; ++r) {
        region_ids[r] = ensure_named(conn, "regions", regions()[r].name);
    }

    const std::vector<AccountDraft> drafts = lay_out_accounts(account_count, plan.seed);
    const std::int64_t reps =
        std::max<std::int64_t>(1, std::llround(static_cast<double>(account_count) / 25));
    std::vector<std::int64_t> rep_ids;
    for (std::int64_t r = 0; r < reps; ++r) {
        const auto first = first_names();
        const auto last = last_names();
        const auto k = static_cast<std::size_t>(r);
        const std::string full_name = fmt::format("{} {}", first[k % first.size()],
                                                  last[(k * 5 + k / first.size()) % last.size()]);
        rep_ids.push_back(
            ensure_user(conn, fmt::format("rep{:02}", r + 1).c_str(), full_name.c_str(), "REP"));
    }
    plan.reps = reps;
    const std::vector<int> rep_of = assign_reps(drafts, reps);

    db::Statement account_ins(conn,
                              "INSERT INTO accounts(code, name, channel_id, region_id, parent_id, "
                              "rep_id, kam_id) VALUES(?, ?, ?, ?, ?, ?, ?)");
    db::Statement price_ins(conn,
                            "INSERT INTO prices(product_id, account_id, valid_from, valid_to, "
                            "list_price, unit_cost) VALUES(?, ?, ?, NULL, ?, ?)");
    plan.accounts.reserve(drafts.size());
    for (std::size_t a = 0; a < drafts.size(); ++a) {
        const AccountDraft& d = drafts[a];
        account_ins.reset();
        account_ins.bind_all(fmt::format("A{:04}", a + 1), d.name, channel_ids[d.channel],
                             region_ids[d.region]);
        if (d.parent >= 0) {
            account_ins.bind(5, plan.accounts[static_cast<std::size_t>(d.parent)].id);
        } else {
            account_ins.bind_null(5);
        }
        account_ins.bind(6, rep_ids[static_cast<std::size_t>(rep_of[a])]);
        if (d.key_account) {
            account_ins.bind(7, key_account_manager);
        } else {
            account_ins.bind_null(7);
        }
        account_ins.exec();

        AccountPlan acc;
        acc.id = conn.last_insert_id();
        acc.channel = d.channel;
        acc.region = d.region;
        Rng rng = Rng::stream(plan.seed, kTagAccount, a);
        acc.size = channels()[d.channel].size * d.size_factor;
        acc.yearly_trend = rng.uniform(-0.04, 0.06);
        // The share of the 25 brands the account (or the banner whose calendar it follows)
        // runs price cuts on: hypermarkets several, convenience shops hardly any.
        static constexpr std::array<double, kChannels> kPromoShare{0.09, 0.04, 0.017, 0.045};
        acc.promo_share = kPromoShare[d.channel];
        acc.promo_group = d.promo_group >= 0 ? d.promo_group : static_cast<int>(a);
        acc.key_account = d.key_account;
        acc.chain = d.chain;
        if (d.head_office) {
            // The chain's name is the head office's without " Group".
            plan.chains.push_back({d.name.substr(0, d.name.size() - 6), a});
        }
        Rng listing = Rng::stream(plan.seed, kTagAssortment, a);
        acc.assortment = choose_assortment(plan, d, listing);
        if (d.head_office) {
            Rng terms = Rng::stream(plan.seed, kTagTerms, a);
            acc.prices = negotiate_prices(plan, acc.assortment, terms);
            for (const AccountPrice& ap : acc.prices) {
                const ProductPlan& p = plan.products[static_cast<std::size_t>(ap.product)];
                price_ins.reset();
                price_ins.bind_all(p.id, acc.id, to_iso(from_day_number(ap.from_day)), ap.price,
                                   ap.cost);
                price_ins.exec();
                ++plan.price_rows;
            }
        }
        plan.accounts.push_back(std::move(acc));
    }
}

}  // namespace uplift::demo
