#include "targets/disaggregation.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "calendar/calendar.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "money/money.h"
#include "security/audit.h"
#include "targets/target_store.h"

namespace uplift {

std::optional<TargetLevel> parse_target_level(std::string_view text) {
    if (text == "division") {
        return TargetLevel::Division;
    }
    if (text == "rep") {
        return TargetLevel::Rep;
    }
    if (text == "account") {
        return TargetLevel::Account;
    }
    return std::nullopt;
}

std::string target_level_name(TargetLevel level) {
    switch (level) {
        case TargetLevel::Division:
            return "division";
        case TargetLevel::Rep:
            return "rep";
        case TargetLevel::Account:
            return "account";
    }
    return "account";
}

std::string target_basis_name(TargetBasis basis) {
    switch (basis) {
        case TargetBasis::LastYear:
            return "same period last year";
        case TargetBasis::LastThreeMonths:
            return "last three months";
        case TargetBasis::Equal:
            return "equal split";
    }
    return "equal split";
}

std::vector<std::int64_t> split_target(std::int64_t total, std::span<const std::int64_t> weights) {
    if (weights.empty()) {
        if (total != 0) {
            throw UserError("there is nothing to split the target over");
        }
        return {};
    }
    if (std::all_of(weights.begin(), weights.end(), [](std::int64_t w) { return w == 0; })) {
        const std::vector<std::int64_t> equal(weights.size(), 1);
        return largest_remainder(total, equal);
    }
    return largest_remainder(total, weights);
}

namespace {

// One (account, brand) pair, in the order ties are given: account code, then brand name.
struct Leaf {
    std::int64_t account_id = 0;
    std::int64_t brand_id = 0;
    std::string account, brand, division, rep;
    std::int64_t basis_units = 0;
    std::int64_t basis_gross = 0;
    std::optional<std::pair<std::int64_t, std::int64_t>> current;  // units, value
    bool locked = false;
};

std::vector<Leaf> load_leaves(db::Connection& conn, const std::string& period) {
    db::Statement s(conn,
                    "SELECT a.id, b.id, a.code, b.name, r.name, ifnull(u.name, ''), t.units, "
                    "t.value FROM accounts a JOIN regions r ON r.id = a.region_id "
                    "LEFT JOIN users u ON u.id = a.rep_id CROSS JOIN brands b "
                    "LEFT JOIN targets t ON t.period = ? AND t.account_id = a.id AND "
                    "t.brand_id = b.id ORDER BY a.code, b.name");
    s.bind(1, period);
    std::vector<Leaf> out;
    while (s.step()) {
        Leaf l;
        l.account_id = s.get_int(0);
        l.brand_id = s.get_int(1);
        l.account = s.get_text(2);
        l.brand = s.get_text(3);
        l.division = s.get_text(4);
        l.rep = s.get_text(5);
        if (!s.is_null(6)) {
            l.current = std::pair{s.get_int(6), s.get_int(7)};
        }
        out.push_back(std::move(l));
    }
    return out;
}

Period shifted_year_back(const Period& p) {
    const auto back = [](Date d) {
        return Date(static_cast<unsigned short>(d.year() - 1), d.month(),
                    std::min<unsigned short>(
                        d.day(), boost::gregorian::gregorian_calendar::end_of_month_day(
                                     static_cast<unsigned short>(d.year() - 1), d.month())));
    };
    return {back(p.first), back(p.last)};
}

Period three_months_before(const Period& p) {
    const Date first = p.first - boost::gregorian::months(3);
    return {Date(first.year(), first.month(), 1), p.first - boost::gregorian::days(1)};
}

// Sell-in units and gross of each (account, brand) whose week's Monday lies in `basis`.
std::map<std::pair<std::int64_t, std::int64_t>, std::pair<std::int64_t, std::int64_t>> basis_sales(
    db::Connection& conn, const Period& basis) {
    db::Statement s(conn,
                    "SELECT x.account_id, p.brand_id, sum(x.units), sum(x.gross_amount) "
                    "FROM actuals x JOIN products p ON p.id = x.product_id WHERE x.kind = 0 AND "
                    "x.week BETWEEN ? AND ? GROUP BY x.account_id, p.brand_id");
    s.bind_all(day_number(basis.first), day_number(basis.last));
    std::map<std::pair<std::int64_t, std::int64_t>, std::pair<std::int64_t, std::int64_t>> out;
    while (s.step()) {
        if (s.get_int(2) != 0 || s.get_int(3) != 0) {
            out[{s.get_int(0), s.get_int(1)}] = {s.get_int(2), s.get_int(3)};
        }
    }
    return out;
}

// The children of the requested level: groups of leaves with the same division or rep, or
// each leaf alone; in their order.
struct Group {
    std::string division, rep;
    std::vector<std::size_t> leaves;
};

std::vector<Group> group_leaves(const std::vector<Leaf>& leaves, TargetLevel level) {
    std::vector<Group> out;
    if (level == TargetLevel::Account) {
        for (std::size_t i = 0; i < leaves.size(); ++i) {
            if (!leaves[i].locked) {
                out.push_back({leaves[i].division, leaves[i].rep, {i}});
            }
        }
        return out;
    }
    std::map<std::string, Group> by_key;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        const std::string& key =
            level == TargetLevel::Division ? leaves[i].division : leaves[i].rep;
        Group& g = by_key[key];
        if (level == TargetLevel::Division) {
            g.division = key;
        } else {
            g.rep = key;
        }
        g.leaves.push_back(i);
    }
    for (auto& [key, g] : by_key) {
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace

Disaggregation plan_disaggregation(db::Connection& conn, const DisaggregationRequest& request) {
    Disaggregation d;
    d.period = normalise_target_period(request.period);
    d.level = request.level;
    if (request.units < 0 || request.value < 0) {
        throw UserError("a target total cannot be negative");
    }
    if (!request.locks.empty() && request.level != TargetLevel::Account) {
        throw UserError("locks name (account, brand) targets: use them with --level account");
    }
    std::vector<Leaf> leaves = load_leaves(conn, d.period);
    if (leaves.empty()) {
        throw UserError("there are no accounts and brands to split the target over");
    }
    std::map<std::pair<std::string, std::string>, std::size_t> index;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        index[{leaves[i].account, leaves[i].brand}] = i;
    }
    std::int64_t rest_units = request.units;
    std::int64_t rest_value = request.value;
    for (const TargetLock& lock : request.locks) {
        const auto it = index.find({lock.account, lock.brand});
        if (it == index.end()) {
            throw UserError(fmt::format("the lock {}:{} names no account and brand of this file",
                                        lock.account, lock.brand));
        }
        Leaf& l = leaves[it->second];
        if (l.locked) {
            continue;
        }
        l.locked = true;
        const auto [units, value] = l.current.value_or(std::pair<std::int64_t, std::int64_t>{0, 0});
        rest_units -= units;
        rest_value -= value;
    }
    if (rest_units < 0 || rest_value < 0) {
        throw UserError(
            fmt::format("the locked targets ({} units, {}) are more than the total "
                        "({} units, {})",
                        request.units - rest_units, format_minor(request.value - rest_value),
                        request.units, format_minor(request.value)));
    }

    // The basis: last year, else the three months before, else equal (over unlocked leaves).
    const Period period = parse_target_period(d.period);
    const auto has_sales = [&](const auto& sales) {
        for (const Leaf& l : leaves) {
            if (!l.locked && sales.contains({l.account_id, l.brand_id})) {
                return true;
            }
        }
        return false;
    };
    d.basis = TargetBasis::Equal;
    for (const auto& [basis, range] :
         {std::pair{TargetBasis::LastYear, shifted_year_back(period)},
          std::pair{TargetBasis::LastThreeMonths, three_months_before(period)}}) {
        const auto sales = basis_sales(conn, range);
        if (has_sales(sales)) {
            d.basis = basis;
            d.basis_from = to_iso(range.first);
            d.basis_to = to_iso(range.last);
            for (Leaf& l : leaves) {
                if (const auto it = sales.find({l.account_id, l.brand_id}); it != sales.end()) {
                    l.basis_units = it->second.first;
                    l.basis_gross = it->second.second;
                }
            }
            break;
        }
    }
    if (d.basis == TargetBasis::Equal) {
        for (Leaf& l : leaves) {
            l.basis_units = 1;
            l.basis_gross = 1;
        }
    }

    const std::vector<Group> groups = group_leaves(leaves, request.level);
    std::vector<std::int64_t> wu, wv;
    for (const Group& g : groups) {
        std::int64_t u = 0;
        std::int64_t v = 0;
        for (const std::size_t i : g.leaves) {
            if (!leaves[i].locked) {
                u += leaves[i].basis_units;
                v += leaves[i].basis_gross;
            }
        }
        wu.push_back(u);
        wv.push_back(v);
    }
    const std::vector<std::int64_t> units = split_target(rest_units, wu);
    const std::vector<std::int64_t> values = split_target(rest_value, wv);
    for (std::size_t k = 0; k < groups.size(); ++k) {
        const Group& g = groups[k];
        if (request.level != TargetLevel::Account) {
            d.shares.push_back({g.division, g.rep, "", "", units[k], values[k], false});
            continue;
        }
        const Leaf& l = leaves[g.leaves.front()];
        const bool changes =
            !l.current || l.current->first != units[k] || l.current->second != values[k];
        if (units[k] != 0 || values[k] != 0 || l.current) {
            d.shares.push_back({l.division, l.rep, l.account, l.brand, units[k], values[k], false});
        }
        d.changed += changes && (units[k] != 0 || values[k] != 0 || l.current) ? 1 : 0;
    }
    if (request.level == TargetLevel::Account) {
        for (const Leaf& l : leaves) {
            if (l.locked) {
                const auto [u, v] = l.current.value_or(std::pair<std::int64_t, std::int64_t>{0, 0});
                d.shares.push_back({l.division, l.rep, l.account, l.brand, u, v, true});
            }
        }
        std::sort(d.shares.begin(), d.shares.end(), [](const TargetShare& a, const TargetShare& b) {
            return std::tie(a.account, a.brand) < std::tie(b.account, b.brand);
        });
    }
    return d;
}

Disaggregation disaggregate(db::Connection& conn, const ActionContext& ctx,
                            const DisaggregationRequest& request, bool dry_run) {
    require_right(conn, ctx, "targets.disaggregate",
                  fmt::format("disaggregate the targets of {}", request.period));
    if (dry_run) {
        return plan_disaggregation(conn, request);
    }
    db::Transaction tx(conn);
    Disaggregation d = plan_disaggregation(conn, request);
    db::Statement clear(conn, "DELETE FROM target_totals WHERE period = ?");
    clear.bind(1, d.period);
    clear.exec();
    std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, std::int64_t>> totals;
    totals[{"hq", ""}] = {request.units, request.value};
    for (const TargetShare& s : d.shares) {
        if (d.level == TargetLevel::Division || d.level == TargetLevel::Account) {
            auto& t = totals[{"division", s.division}];
            t.first += s.units;
            t.second += s.value;
        }
        if (d.level == TargetLevel::Rep || d.level == TargetLevel::Account) {
            auto& t = totals[{"rep", s.rep}];
            t.first += s.units;
            t.second += s.value;
        }
    }
    db::Statement put(conn,
                      "INSERT INTO target_totals(period, level, key, units, value, set_by, set_at) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?)");
    for (const auto& [key, t] : totals) {
        put.bind_all(d.period, key.first, key.second, t.first, t.second, ctx.user_name, ctx.now);
        put.exec();
        put.reset();
    }
    if (d.level == TargetLevel::Account) {
        db::Statement topdown(conn,
                              "INSERT INTO target_topdown(period, account_id, brand_id, units, "
                              "value) VALUES(?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                              "units = excluded.units, value = excluded.value");
        for (const TargetShare& s : d.shares) {
            if (s.locked) {
                continue;
            }
            const TargetKey key = target_key(conn, d.period, s.account, s.brand);
            write_target(conn, ctx, key, s.units, s.value, "topdown");
            topdown.bind_all(key.period, key.account_id, key.brand_id, s.units, s.value);
            topdown.exec();
            topdown.reset();
        }
    }
    write_audit(conn, ctx,
                {"disaggregate", "target", d.period, std::nullopt,
                 fmt::format("{{\"units\":{},\"value\":\"{}\",\"level\":\"{}\",\"basis\":\"{}\"}}",
                             request.units, format_minor(request.value), target_level_name(d.level),
                             target_basis_name(d.basis)),
                 "", std::nullopt});
    tx.commit();
    return d;
}

}  // namespace uplift
