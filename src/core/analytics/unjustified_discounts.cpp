#include "analytics/unjustified_discounts.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

#include "db/statement.h"
#include "discounts/entitlement.h"
#include "errors.h"
#include "masterdata/accounts.h"
#include "money/money.h"

namespace uplift {

namespace {

constexpr std::int64_t kProgressEvery = 1 << 16;

}  // namespace

std::vector<UnjustifiedRow> find_unjustified_discounts(
    db::Connection& conn, const UnjustifiedFilter& f,
    const std::function<void(std::int64_t, std::int64_t)>& progress,
    const std::atomic<bool>* cancel) {
    if (!f.reason.empty() && f.reason != "no_entitlement" && f.reason != "exceeds_entitlement") {
        throw UserError(
            fmt::format("unknown reason '{}' (no_entitlement or exceeds_entitlement)", f.reason));
    }
    const EntitlementIndex index(conn);
    std::unordered_map<std::int64_t, std::string> codes;
    std::unordered_map<std::int64_t, std::string> skus;
    {
        db::Statement a(conn, "SELECT id, code FROM accounts");
        while (a.step()) {
            codes[a.get_int(0)] = a.get_text(1);
        }
        db::Statement p(conn, "SELECT id, sku FROM products");
        while (p.step()) {
            skus[p.get_int(0)] = p.get_text(1);
        }
    }
    std::vector<std::int64_t> accounts;  // empty: every account, one pass in key order
    if (!f.account.empty()) {
        const auto acc = find_account(conn, f.account);
        if (!acc) {
            throw UserError(fmt::format("unknown account '{}'", f.account));
        }
        accounts = account_subtree(conn, acc->id);
    }
    const std::int64_t lo = f.from ? monday_of(*f.from) : std::numeric_limits<std::int64_t>::min();
    const std::int64_t hi = f.to ? monday_of(*f.to) : std::numeric_limits<std::int64_t>::max();
    // The summary's row count is the size of the scan, without counting 10M rows first.
    const std::int64_t total =
        accounts.empty()
            ? db::query_int(conn, "SELECT ifnull(sum(row_count), 0) FROM actuals_summary")
            : 0;

    std::vector<UnjustifiedRow> out;
    std::int64_t done = 0;
    const auto scan = [&](db::Statement& s) {
        while (s.step()) {
            if (++done % kProgressEvery == 0) {
                if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
                    throw Cancelled();
                }
                if (progress) {
                    progress(done, total);
                }
            }
            const std::int64_t week = s.get_int(2);
            if (week < lo || week > hi) {
                continue;
            }
            ActualsRowRef row{s.get_int(0), s.get_int(1), week, static_cast<int>(s.get_int(3)),
                              s.get_int(4), s.get_int(5)};
            const std::int64_t invoiced = s.get_int(6);
            const Entitlement e = index.entitled(row);
            if (!exceeds_entitlement(invoiced, e.amount)) {
                continue;
            }
            UnjustifiedRow u;
            u.week = from_day_number(week);
            u.account = codes[row.account_id];
            u.sku = skus[row.product_id];
            u.kind = row.kind;
            u.units = row.units;
            u.gross_cents = row.gross_cents;
            u.invoiced_cents = invoiced;
            u.entitled = e.amount;
            u.excess = Exact::whole(invoiced) - e.amount;
            u.no_entitlement = !e.anything_applies;
            if (f.reason.empty() || f.reason == u.reason()) {
                out.push_back(std::move(u));
            }
        }
    };
    constexpr const char* kColumns =
        "SELECT account_id, product_id, week, kind, units, gross_amount, discount_amount "
        "FROM actuals WHERE discount_amount > 0";
    if (accounts.empty()) {
        db::Statement s(conn, kColumns);
        scan(s);
    } else {
        db::Statement s(conn, std::string(kColumns) + " AND account_id = ?");
        for (const std::int64_t a : accounts) {
            s.reset();
            s.bind(1, a);
            scan(s);
        }
    }
    if (progress) {
        progress(done, std::max(total, done));
    }
    std::sort(out.begin(), out.end(), [](const UnjustifiedRow& a, const UnjustifiedRow& b) {
        return std::tie(a.week, a.account, a.sku, a.kind) <
               std::tie(b.week, b.account, b.sku, b.kind);
    });
    return out;
}

const std::vector<std::string>& unjustified_csv_header() {
    static const std::vector<std::string> header{
        "week", "account", "sku", "invoiced_discount", "entitled_discount", "excess", "reason"};
    return header;
}

std::vector<std::string> unjustified_csv_cells(const UnjustifiedRow& r) {
    return {to_iso(r.week),
            r.account,
            r.sku,
            format_minor(r.invoiced_cents),
            format_hundredths(r.entitled, true),
            format_hundredths(r.excess, true),
            r.reason()};
}

std::string unjustified_grouping_name(UnjustifiedGrouping g) {
    switch (g) {
        case UnjustifiedGrouping::Account:
            return "account";
        case UnjustifiedGrouping::Reason:
            return "reason";
        case UnjustifiedGrouping::Month:
            return "month";
    }
    return "account";
}

std::optional<UnjustifiedGrouping> parse_unjustified_grouping(std::string_view text) {
    for (const auto g :
         {UnjustifiedGrouping::Account, UnjustifiedGrouping::Reason, UnjustifiedGrouping::Month}) {
        if (unjustified_grouping_name(g) == text) {
            return g;
        }
    }
    return std::nullopt;
}

std::vector<UnjustifiedGroup> group_unjustified(const std::vector<UnjustifiedRow>& rows,
                                                std::optional<UnjustifiedGrouping> by) {
    std::map<std::tuple<std::string, std::string, std::string>, UnjustifiedGroup> groups;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const UnjustifiedRow& r = rows[i];
        const std::string month = fmt::format("{:04}-{:02}", static_cast<int>(r.week.year()),
                                              static_cast<int>(r.week.month()));
        UnjustifiedGroup key;
        if (!by || *by == UnjustifiedGrouping::Account) {
            key.account = r.account;
        }
        if (!by || *by == UnjustifiedGrouping::Reason) {
            key.reason = r.reason();
        }
        if (!by || *by == UnjustifiedGrouping::Month) {
            key.month = month;
        }
        auto [it, fresh] = groups.try_emplace({key.account, key.reason, key.month}, key);
        UnjustifiedGroup& g = it->second;
        ++g.rows;
        g.invoiced_cents += r.invoiced_cents;
        g.entitled += r.entitled;
        g.excess += r.excess;
        g.members.push_back(i);
    }
    std::vector<UnjustifiedGroup> out;
    out.reserve(groups.size());
    for (auto& [k, g] : groups) {
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace uplift
