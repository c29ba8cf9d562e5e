#include "discounts/condition.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "db/statement.h"
#include "db/transaction.h"
#include "discounts/reason_codes.h"
#include "errors.h"
#include "money/money.h"
#include "money/percent.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr std::string_view kRight = "discounts.conditions";

std::optional<std::int64_t> id_by_name(db::Connection& conn, const char* sql,
                                       const std::string& name) {
    db::Statement s(conn, sql);
    s.bind(1, name);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.get_int(0);
}

// The input checked and resolved to ids; UserError names the field at fault.
struct Resolved {
    ConditionScope scope;
    std::string reason;
};

Resolved resolve(db::Connection& conn, const ConditionInput& in) {
    if (in.name.empty() || in.name.size() > 100) {
        throw UserError("a condition needs a name of 1 to 100 characters");
    }
    if (in.pct_units.has_value() == in.per_unit_cents.has_value()) {
        throw UserError(
            fmt::format("condition '{}': give either a % of list or an amount per unit", in.name));
    }
    if (in.pct_units && (*in.pct_units <= 0 || *in.pct_units > Percent::kWhole)) {
        throw UserError(
            fmt::format("condition '{}': the % must be above 0 and at most 100", in.name));
    }
    if (in.per_unit_cents && *in.per_unit_cents <= 0) {
        throw UserError(
            fmt::format("condition '{}': the amount per unit must be above 0", in.name));
    }
    if (in.period.last < in.period.first) {
        throw UserError(fmt::format("condition '{}': --to {} is before --from {}", in.name,
                                    to_iso(in.period.last), to_iso(in.period.first)));
    }
    Resolved r;
    const auto need = [&](const char* sql, const std::string& value, const char* what) {
        if (value.empty()) {
            return std::int64_t{0};
        }
        const auto id = id_by_name(conn, sql, value);
        if (!id) {
            throw UserError(fmt::format("condition '{}': unknown {} '{}'", in.name, what, value));
        }
        return *id;
    };
    r.scope.channel_id = need("SELECT id FROM channels WHERE name = ?", in.channel, "channel");
    r.scope.account_id = need("SELECT id FROM accounts WHERE code = ?", in.account, "account");
    r.scope.brand_id = need("SELECT id FROM brands WHERE name = ?", in.brand, "brand");
    r.scope.category_id = need("SELECT id FROM categories WHERE name = ?", in.category, "category");
    for (const auto& sku : in.skus) {
        r.scope.product_ids.push_back(need("SELECT id FROM products WHERE sku = ?", sku, "sku"));
    }
    std::sort(r.scope.product_ids.begin(), r.scope.product_ids.end());
    r.scope.product_ids.erase(std::unique(r.scope.product_ids.begin(), r.scope.product_ids.end()),
                              r.scope.product_ids.end());
    if (!in.reason.empty()) {
        r.reason = require_reason_code(conn, in.reason);
    }
    return r;
}

std::string describe(const ConditionInput& in) {
    DiscountCondition c;
    c.pct_units = in.pct_units;
    c.per_unit_cents = in.per_unit_cents;
    c.channel = in.channel;
    c.account = in.account;
    c.brand = in.brand;
    c.category = in.category;
    c.skus = in.skus;
    return fmt::format("{} from {} to {} on {}{}{}", c.depth_text(), to_iso(in.period.first),
                       to_iso(in.period.last), c.scope_text(),
                       in.exclusive ? ", exclusive" : ", cumulative",
                       in.reason.empty() ? "" : ", reason " + in.reason);
}

void write_skus(db::Connection& conn, std::int64_t id, const std::vector<std::int64_t>& products) {
    db::Statement del(conn, "DELETE FROM discount_condition_skus WHERE condition_id = ?");
    del.bind(1, id);
    del.exec();
    db::Statement ins(conn,
                      "INSERT INTO discount_condition_skus(condition_id, product_id) VALUES(?, ?)");
    for (const std::int64_t p : products) {
        ins.reset();
        ins.bind_all(id, p);
        ins.exec();
    }
}

// The first account × sku both scopes cover (ordered by account code, then sku).
std::optional<std::pair<std::int64_t, std::int64_t>> shared_cell(const ScopeIndex& idx,
                                                                 const ConditionScope& a,
                                                                 const ConditionScope& b) {
    std::optional<std::int64_t> product;
    for (const std::int64_t p : idx.products_in(a)) {
        if (idx.matches_product(b, p)) {
            product = p;
            break;
        }
    }
    if (!product) {
        return std::nullopt;
    }
    for (const std::int64_t acc : idx.accounts_in(a)) {
        if (idx.matches_account(b, acc)) {
            return std::pair{acc, *product};
        }
    }
    return std::nullopt;
}

}  // namespace

std::string DiscountCondition::depth_text() const {
    if (pct_units) {
        return Percent::from_units(*pct_units).to_string() + " %";
    }
    return format_minor(per_unit_cents.value_or(0)) + " per unit";
}

std::string DiscountCondition::scope_text() const {
    std::vector<std::string> parts;
    if (!channel.empty()) {
        parts.push_back("channel " + channel);
    }
    if (!account.empty()) {
        parts.push_back("account " + account);
    }
    if (!category.empty()) {
        parts.push_back("category " + category);
    }
    if (!brand.empty()) {
        parts.push_back("brand " + brand);
    }
    if (!skus.empty()) {
        parts.push_back(fmt::format("sku{} {}", skus.size() > 1 ? "s" : "", fmt::join(skus, ",")));
    }
    return parts.empty() ? std::string("everything") : fmt::format("{}", fmt::join(parts, ", "));
}

ConditionInput DiscountCondition::to_input() const {
    return {name,  pct_units, per_unit_cents, period,    channel, account,
            brand, category,  skus,           exclusive, reason,  request_id};
}

ConditionScope DiscountCondition::scope() const {
    return {channel_id.value_or(0), account_id.value_or(0), brand_id.value_or(0),
            category_id.value_or(0), product_ids};
}

namespace {

// Every condition, or the one of a name, with its skus: finding one costs one condition's rows.
std::vector<DiscountCondition> load_conditions(db::Connection& conn,
                                               const std::optional<std::string>& name) {
    db::Statement s(conn,
                    "SELECT d.id, d.name, d.pct, d.per_unit, d.valid_from, d.valid_to, "
                    "d.channel_id, d.account_id, d.brand_id, d.category_id, ifnull(ch.name, ''), "
                    "ifnull(a.code, ''), ifnull(b.name, ''), ifnull(c.name, ''), d.exclusive, "
                    "ifnull(d.reason, ''), d.request_id, d.created_by, d.created_at "
                    "FROM discount_conditions d LEFT JOIN channels ch ON ch.id = d.channel_id "
                    "LEFT JOIN accounts a ON a.id = d.account_id "
                    "LEFT JOIN brands b ON b.id = d.brand_id "
                    "LEFT JOIN categories c ON c.id = d.category_id "
                    "WHERE ?1 IS NULL OR d.name = ?1 ORDER BY d.name");
    s.bind(1, name);
    std::vector<DiscountCondition> out;
    std::map<std::int64_t, std::size_t> at;
    while (s.step()) {
        DiscountCondition c;
        c.id = s.get_int(0);
        c.name = s.get_text(1);
        c.pct_units = s.get_opt_int(2);
        c.per_unit_cents = s.get_opt_int(3);
        c.period = {parse_date(s.get_text_view(4)), parse_date(s.get_text_view(5))};
        c.channel_id = s.get_opt_int(6);
        c.account_id = s.get_opt_int(7);
        c.brand_id = s.get_opt_int(8);
        c.category_id = s.get_opt_int(9);
        c.channel = s.get_text(10);
        c.account = s.get_text(11);
        c.brand = s.get_text(12);
        c.category = s.get_text(13);
        c.exclusive = s.get_int(14) != 0;
        c.reason = s.get_text(15);
        c.request_id = s.get_opt_int(16);
        c.created_by = s.get_text(17);
        c.created_at = s.get_text(18);
        at[c.id] = out.size();
        out.push_back(std::move(c));
    }
    db::Statement k(conn,
                    "SELECT s.condition_id, p.id, p.sku FROM discount_condition_skus s "
                    "JOIN products p ON p.id = s.product_id "
                    "JOIN discount_conditions d ON d.id = s.condition_id "
                    "WHERE ?1 IS NULL OR d.name = ?1 ORDER BY s.condition_id, p.sku");
    k.bind(1, name);
    while (k.step()) {
        const auto it = at.find(k.get_int(0));
        if (it != at.end()) {
            out[it->second].product_ids.push_back(k.get_int(1));
            out[it->second].skus.push_back(k.get_text(2));
        }
    }
    for (auto& c : out) {
        std::sort(c.product_ids.begin(), c.product_ids.end());
    }
    return out;
}

}  // namespace

std::vector<DiscountCondition> list_conditions(db::Connection& conn) {
    return load_conditions(conn, std::nullopt);
}

std::optional<DiscountCondition> find_condition(db::Connection& conn, const std::string& name) {
    auto found = load_conditions(conn, name);
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

std::string ConditionClash::message() const {
    return fmt::format(
        "clashes with exclusive condition '{}' on account {} × sku {} on {}: two exclusive "
        "conditions cannot cover the same account, sku and day",
        other, account, sku, to_iso(day));
}

std::optional<ConditionClash> find_exclusive_clash(db::Connection& conn, const ConditionInput& in,
                                                   std::optional<std::int64_t> ignore_id) {
    if (!in.exclusive) {
        return std::nullopt;
    }
    const Resolved mine = resolve(conn, in);
    std::optional<ScopeIndex> idx;
    for (const auto& other : list_conditions(conn)) {
        if (!other.exclusive || other.id == ignore_id || !other.period.overlaps(in.period)) {
            continue;
        }
        if (!idx) {
            idx.emplace(conn);
        }
        if (const auto cell = shared_cell(*idx, mine.scope, other.scope())) {
            return ConditionClash{other.name, idx->account_code(cell->first),
                                  idx->sku(cell->second),
                                  std::max(in.period.first, other.period.first)};
        }
    }
    return std::nullopt;
}

std::vector<std::string> condition_warnings(db::Connection& conn, const ConditionInput& in,
                                            std::optional<std::int64_t> ignore_id) {
    const Resolved mine = resolve(conn, in);
    const ScopeIndex idx(conn);
    std::vector<std::string> out;
    for (const auto& other : list_conditions(conn)) {
        if (other.id == ignore_id || !other.period.overlaps(in.period) ||
            (in.exclusive && other.exclusive)) {
            continue;
        }
        const auto cell = shared_cell(idx, mine.scope, other.scope());
        if (!cell) {
            continue;
        }
        const std::string where = fmt::format("account {} × sku {}", idx.account_code(cell->first),
                                              idx.sku(cell->second));
        if (in.exclusive) {
            out.push_back(fmt::format("replaces cumulative condition '{}' ({}) on {} and the like",
                                      other.name, other.depth_text(), where));
        } else if (other.exclusive) {
            out.push_back(
                fmt::format("exclusive condition '{}' replaces this one on {} and the like",
                            other.name, where));
        } else {
            out.push_back(fmt::format("stacks on condition '{}' ({}) on {} and the like",
                                      other.name, other.depth_text(), where));
        }
    }
    // Promotions on the same account × sku whose dates touch the condition's: a double discount
    // unless meant (drafts are plans, not yet money).
    db::Statement p(
        conn,
        "SELECT p.code, p.account_id, l.product_id, p.status FROM promotions p "
        "JOIN promotion_lines l ON l.promotion_id = p.id "
        "WHERE p.status IN ('planned', 'submitted', 'approved', 'settled', 'closed') "
        "AND min(p.ship_from, p.instore_from) <= ? AND max(p.ship_to, p.instore_to) >= ? "
        "ORDER BY p.code, l.product_id");
    p.bind_all(to_iso(in.period.last), to_iso(in.period.first));
    std::vector<std::string> promos;
    std::size_t more = 0;
    std::string last_code;
    while (p.step()) {
        const std::string code = p.get_text(0);
        if (code == last_code || !idx.matches_account(mine.scope, p.get_int(1)) ||
            !idx.matches_product(mine.scope, p.get_int(2))) {
            continue;
        }
        last_code = code;
        if (promos.size() < 5) {
            promos.push_back(fmt::format(
                "overlaps promotion {} ({}, account {} × sku {}): a double "
                "discount unless meant",
                code, p.get_text(3), idx.account_code(p.get_int(1)), idx.sku(p.get_int(2))));
        } else {
            ++more;
        }
    }
    out.insert(out.end(), promos.begin(), promos.end());
    if (more > 0) {
        out.push_back(fmt::format("and {} more promotion{}", more, more == 1 ? "" : "s"));
    }
    return out;
}

std::int64_t insert_condition(db::Connection& conn, const ActionContext& ctx,
                              const ConditionInput& in) {
    const Resolved r = resolve(conn, in);
    if (id_by_name(conn, "SELECT id FROM discount_conditions WHERE name = ?", in.name)) {
        throw UserError(fmt::format("a condition named '{}' exists already", in.name));
    }
    if (const auto clash = find_exclusive_clash(conn, in)) {
        throw UserError(fmt::format("condition '{}' {}", in.name, clash->message()));
    }
    const auto opt = [](std::int64_t id) {
        return id == 0 ? std::optional<std::int64_t>() : std::optional<std::int64_t>(id);
    };
    db::Statement ins(conn,
                      "INSERT INTO discount_conditions(name, pct, per_unit, valid_from, valid_to, "
                      "channel_id, account_id, brand_id, category_id, exclusive, reason, "
                      "request_id, created_by, created_at) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind_all(in.name, in.pct_units, in.per_unit_cents, to_iso(in.period.first),
                 to_iso(in.period.last), opt(r.scope.channel_id), opt(r.scope.account_id),
                 opt(r.scope.brand_id), opt(r.scope.category_id), in.exclusive ? 1 : 0,
                 r.reason.empty() ? std::optional<std::string>() : r.reason, in.request_id,
                 ctx.user_name, ctx.now);
    ins.exec();
    const std::int64_t id = conn.last_insert_id();
    write_skus(conn, id, r.scope.product_ids);
    write_audit(
        conn, ctx,
        {"create", "discount condition", in.name, std::nullopt, describe(in), "", std::nullopt});
    return id;
}

std::int64_t add_condition(db::Connection& conn, const ActionContext& ctx,
                           const ConditionInput& in) {
    require_right(conn, ctx, kRight, "enter central discount conditions");
    db::Transaction tx(conn);
    const std::int64_t id = insert_condition(conn, ctx, in);
    tx.commit();
    return id;
}

void update_condition(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                      const ConditionInput& in) {
    require_right(conn, ctx, kRight, "change central discount conditions");
    db::Transaction tx(conn);
    const auto old = find_condition(conn, name);
    if (!old) {
        throw UserError(fmt::format("no condition named '{}'", name));
    }
    const Resolved r = resolve(conn, in);
    if (in.name != name &&
        id_by_name(conn, "SELECT id FROM discount_conditions WHERE name = ?", in.name)) {
        throw UserError(fmt::format("a condition named '{}' exists already", in.name));
    }
    if (const auto clash = find_exclusive_clash(conn, in, old->id)) {
        throw UserError(fmt::format("condition '{}' {}", in.name, clash->message()));
    }
    const auto opt = [](std::int64_t id) {
        return id == 0 ? std::optional<std::int64_t>() : std::optional<std::int64_t>(id);
    };
    db::Statement up(conn,
                     "UPDATE discount_conditions SET name = ?, pct = ?, per_unit = ?, "
                     "valid_from = ?, valid_to = ?, channel_id = ?, account_id = ?, brand_id = ?, "
                     "category_id = ?, exclusive = ?, reason = ? WHERE id = ?");
    up.bind_all(in.name, in.pct_units, in.per_unit_cents, to_iso(in.period.first),
                to_iso(in.period.last), opt(r.scope.channel_id), opt(r.scope.account_id),
                opt(r.scope.brand_id), opt(r.scope.category_id), in.exclusive ? 1 : 0,
                r.reason.empty() ? std::optional<std::string>() : r.reason, old->id);
    up.exec();
    write_skus(conn, old->id, r.scope.product_ids);
    write_audit(conn, ctx,
                {"update", "discount condition", in.name, describe(old->to_input()), describe(in),
                 "", std::nullopt});
    tx.commit();
}

void delete_condition(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                      const std::string& reason) {
    require_right(conn, ctx, kRight, "delete central discount conditions");
    db::Transaction tx(conn);
    const auto old = find_condition(conn, name);
    if (!old) {
        throw UserError(fmt::format("no condition named '{}'", name));
    }
    db::Statement del(conn, "DELETE FROM discount_conditions WHERE id = ?");
    del.bind(1, old->id);
    del.exec();
    write_audit(conn, ctx,
                {"delete", "discount condition", name, describe(old->to_input()), std::nullopt,
                 reason, std::nullopt});
    tx.commit();
}

}  // namespace uplift
