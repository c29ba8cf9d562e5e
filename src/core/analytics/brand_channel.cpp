#include "analytics/brand_channel.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "actuals/actuals_summary.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "money/exact.h"
#include "promotions/post_event.h"
#include "promotions/promotion_store.h"

namespace uplift {

namespace {

// Weekly sell-in per brand and channel from the summary, or from the detail rows while the
// summary is stale (a product changed brand and no write has rebuilt it yet).
constexpr const char* kFromSummary =
    "SELECT s.week, b.name, c.name, sum(s.units), sum(s.gross_amount), sum(s.discount_amount) "
    "FROM actuals_summary s JOIN brands b ON b.id = s.brand_id "
    "JOIN channels c ON c.id = s.channel_id JOIN regions r ON r.id = s.region_id "
    "WHERE s.kind = 0 AND s.week BETWEEN ?1 AND ?2 AND (?3 IS NULL OR b.name = ?3) "
    "AND (?4 IS NULL OR c.name = ?4) AND (?5 IS NULL OR r.name = ?5) "
    "AND (?6 IS NULL OR b.category_id = (SELECT id FROM categories WHERE name = ?6)) "
    "GROUP BY s.week, s.brand_id, s.channel_id";
constexpr const char* kFromDetail =
    "SELECT x.week, b.name, c.name, sum(x.units), sum(x.gross_amount), "
    "sum(ifnull(x.discount_amount, 0)) FROM actuals x JOIN products p ON p.id = x.product_id "
    "JOIN brands b ON b.id = p.brand_id JOIN accounts a ON a.id = x.account_id "
    "JOIN channels c ON c.id = a.channel_id JOIN regions r ON r.id = a.region_id "
    "WHERE x.kind = 0 AND x.week BETWEEN ?1 AND ?2 AND (?3 IS NULL OR b.name = ?3) "
    "AND (?4 IS NULL OR c.name = ?4) AND (?5 IS NULL OR r.name = ?5) "
    "AND (?6 IS NULL OR b.category_id = (SELECT id FROM categories WHERE name = ?6)) "
    "GROUP BY x.week, p.brand_id, a.channel_id";

// The promotions that spent money: approved (shown as active or ended), settled or closed.
bool ran(PromotionStatus s) {
    return s == PromotionStatus::Approved || s == PromotionStatus::Settled ||
           s == PromotionStatus::Closed;
}

// Far enough back to hold the whole prior-year bucket of the first period (a quarter at most).
constexpr std::int64_t kPriorReachDays = 366 + 100;

}  // namespace

std::vector<BrandChannelRow> brand_channel_report(db::Connection& conn,
                                                  const BrandChannelFilter& filter, Bucket bucket) {
    const FiscalCalendar fiscal = db::file_fiscal_calendar(conn);
    const std::int64_t from = filter.from ? day_number(*filter.from) : 0;
    const std::int64_t to = filter.to ? day_number(*filter.to) : std::int64_t{1} << 40;
    db::Statement s(conn, actuals_summary_current(conn) ? kFromSummary : kFromDetail);
    s.bind_all(filter.from ? from - kPriorReachDays : std::int64_t{0}, to, filter.brand,
               filter.channel, filter.region, filter.category);

    using Key = std::tuple<std::string, std::string, std::string>;  // brand, channel, period
    std::map<Key, BrandChannelRow> current;
    struct Prior {
        std::int64_t units = 0, gross = 0;
        std::int64_t first_week = 0, last_week = -1;
    };
    std::map<Key, Prior> prior;
    const auto widen = [](std::int64_t& first, std::int64_t& last, std::int64_t week) {
        if (last < first) {
            first = last = week;
        } else {
            first = std::min(first, week);
            last = std::max(last, week);
        }
    };
    while (s.step()) {
        const std::int64_t week = s.get_int(0);
        const Date monday = from_day_number(week);
        std::string brand = s.get_text(1);
        std::string channel = s.get_text(2);
        auto& p = prior[{brand, channel, bucket_label_year_later(bucket, monday, fiscal)}];
        p.units += s.get_int(3);
        p.gross += s.get_int(4);
        widen(p.first_week, p.last_week, week);
        if (week < from) {
            continue;
        }
        std::string period = bucket_label(bucket, monday, fiscal);
        Key key{brand, channel, period};
        auto [it, added] = current.try_emplace(std::move(key));
        BrandChannelRow& r = it->second;
        if (added) {
            r.brand = std::move(brand);
            r.channel = std::move(channel);
            r.period = std::move(period);
        }
        r.units += s.get_int(3);
        r.gross += s.get_int(4);
        r.discounts += s.get_int(5);
        widen(r.first_week, r.last_week, week);
    }
    // Trade spend and incremental profit of the promotions starting in range, per line.
    std::vector<Promotion> promotions;
    for (auto& p : load_promotions(conn)) {
        const std::int64_t start = monday_of(p.instore.first);
        if (ran(p.status) && start >= (filter.from ? day_number(*filter.from) : 0) && start <= to) {
            promotions.push_back(std::move(p));
        }
    }
    std::set<std::string> in_category;  // brand names, when a category is asked
    if (filter.category) {
        db::Statement known(conn, "SELECT 1 FROM categories WHERE name = ?");
        known.bind_all(*filter.category);
        if (!known.step()) {
            throw UserError(fmt::format("unknown category '{}'", *filter.category));
        }
        db::Statement c(conn,
                        "SELECT b.name FROM brands b JOIN categories c ON c.id = b.category_id "
                        "WHERE c.name = ?");
        c.bind_all(*filter.category);
        while (c.step()) {
            in_category.insert(c.get_text(0));
        }
    }
    std::map<std::string, std::string> region_of;  // account code -> region
    if (filter.region) {
        db::Statement r(
            conn, "SELECT a.code, g.name FROM accounts a JOIN regions g ON g.id = a.region_id");
        while (r.step()) {
            region_of[r.get_text(0)] = r.get_text(1);
        }
    }
    for (const auto& pr : post_event_analysis(conn, promotions, Date(1970, 1, 1))) {
        if ((filter.channel && pr.channel != *filter.channel) ||
            (filter.region && region_of[pr.account] != *filter.region)) {
            continue;
        }
        const std::string period =
            bucket_label(bucket, from_day_number(monday_of(pr.instore.first)), fiscal);
        for (const auto& line : pr.lines) {
            if ((filter.brand && line.brand != *filter.brand) ||
                (filter.category && !in_category.contains(line.brand))) {
                continue;
            }
            auto [it, added] = current.try_emplace(Key{line.brand, pr.channel, period});
            BrandChannelRow& r = it->second;
            if (added) {
                r.brand = line.brand;
                r.channel = pr.channel;
                r.period = period;
            }
            r.trade_spend += line.figures.spend;
            r.incremental_profit += line.figures.incremental_profit;
            if (r.promotions.empty() || r.promotions.back() != pr.code) {
                r.promotions.push_back(pr.code);
            }
        }
    }
    std::vector<BrandChannelRow> out;
    out.reserve(current.size());
    for (auto& [key, r] : current) {
        if (const auto p = prior.find(key); p != prior.end()) {
            r.prior_units = p->second.units;
            r.prior_gross = p->second.gross;
            r.prior_first_week = p->second.first_week;
            r.prior_last_week = p->second.last_week;
        }
        r.region = filter.region;
        out.push_back(std::move(r));
    }
    return out;
}

std::string growth_text(const BrandChannelRow& r) {
    return format_ratio_pct(Exact::whole(r.gross - r.prior_gross), Exact::whole(r.prior_gross));
}

std::string spend_rate_text(const BrandChannelRow& r) {
    return format_ratio_pct(r.trade_spend, Exact::whole(r.gross));
}

std::string roi_text(const BrandChannelRow& r) {
    return format_ratio_pct(r.incremental_profit, r.trade_spend);
}

}  // namespace uplift
