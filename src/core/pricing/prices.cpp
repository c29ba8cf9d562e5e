#include "pricing/prices.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "security/audit.h"

namespace uplift {

namespace {

std::optional<Date> opt_date(const db::Statement& s, int col) {
    if (s.is_null(col)) {
        return std::nullopt;
    }
    return parse_date(s.get_text_view(col));
}

std::optional<std::string> iso_or_null(const std::optional<Date>& d) {
    return d ? std::optional(to_iso(*d)) : std::nullopt;
}

}  // namespace

std::vector<PriceRow> list_prices(db::Connection& conn, const std::string& sku) {
    const Currency cur = db::file_currency(conn);
    db::Statement s(conn,
                    "SELECT pr.id, p.sku, ifnull(a.code, ''), pr.valid_from, pr.valid_to, "
                    "pr.list_price, pr.unit_cost FROM prices pr "
                    "JOIN products p ON p.id = pr.product_id "
                    "LEFT JOIN accounts a ON a.id = pr.account_id "
                    "WHERE ?1 = '' OR p.sku = ?1 "
                    "ORDER BY p.sku, ifnull(a.code, ''), ifnull(pr.valid_from, '')");
    s.bind(1, sku);
    std::vector<PriceRow> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_text(1), s.get_text(2), opt_date(s, 3), opt_date(s, 4),
                       Money::from_minor(s.get_int(5), cur), Money::from_minor(s.get_int(6), cur)});
    }
    return out;
}

EffectivePrice effective_price(db::Connection& conn, std::int64_t account_id,
                               std::int64_t product_id, Date date) {
    const Currency cur = db::file_currency(conn);
    const std::string day = to_iso(date);
    // The account's own list first, then the central list (account_id IS NULL).
    db::Statement s(conn,
                    "SELECT list_price, unit_cost, account_id IS NOT NULL FROM prices "
                    "WHERE product_id = ?1 AND (account_id = ?2 OR account_id IS NULL) "
                    "AND ifnull(valid_from, '0000-01-01') <= ?3 "
                    "AND ifnull(valid_to, '9999-12-31') >= ?3 "
                    "ORDER BY account_id IS NULL LIMIT 1");
    s.bind_all(product_id, account_id, day);
    if (s.step()) {
        return {Money::from_minor(s.get_int(0), cur), Money::from_minor(s.get_int(1), cur),
                s.get_int(2) != 0 ? EffectivePrice::Source::AccountList
                                  : EffectivePrice::Source::CentralList};
    }
    db::Statement base(conn, "SELECT list_price, unit_cost FROM products WHERE id = ?");
    base.bind(1, product_id);
    if (!base.step()) {
        throw UserError(fmt::format("product #{} does not exist", product_id));
    }
    return {Money::from_minor(base.get_int(0), cur), Money::from_minor(base.get_int(1), cur),
            EffectivePrice::Source::ProductBase};
}

std::vector<PriceOverlap> find_price_overlaps(db::Connection& conn,
                                              std::optional<std::int64_t> product_id) {
    db::Statement s(conn,
                    "SELECT x.id, y.id, p.sku, ifnull(a.code, '') FROM prices x "
                    "JOIN prices y ON y.product_id = x.product_id "
                    " AND ifnull(y.account_id, 0) = ifnull(x.account_id, 0) AND y.id > x.id "
                    " AND ifnull(x.valid_from, '0000-01-01') <= ifnull(y.valid_to, '9999-12-31') "
                    " AND ifnull(y.valid_from, '0000-01-01') <= ifnull(x.valid_to, '9999-12-31') "
                    "JOIN products p ON p.id = x.product_id "
                    "LEFT JOIN accounts a ON a.id = x.account_id "
                    "WHERE ?1 IS NULL OR x.product_id = ?1 ORDER BY x.id, y.id");
    s.bind(1, product_id);
    std::vector<PriceOverlap> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_int(1), s.get_text(2), s.get_text(3)});
    }
    return out;
}

std::int64_t add_price(db::Connection& conn, const ActionContext& ctx, const PriceRow& row) {
    require_right(conn, ctx, rights::kEditMasterData, "edit master data");
    if (row.valid_from && row.valid_to && *row.valid_to < *row.valid_from) {
        throw UserError(fmt::format("price of {}: valid_to {} is before valid_from {}", row.sku,
                                    to_iso(*row.valid_to), to_iso(*row.valid_from)));
    }
    if (row.list_price.is_negative() || row.unit_cost.is_negative()) {
        throw UserError(fmt::format("price of {}: amounts must not be negative", row.sku));
    }
    db::Transaction tx(conn);
    db::Statement p(conn, "SELECT id FROM products WHERE sku = ?");
    p.bind(1, row.sku);
    if (!p.step()) {
        throw UserError(fmt::format("unknown sku '{}'", row.sku));
    }
    const std::int64_t product_id = p.get_int(0);
    std::optional<std::int64_t> account_id;
    if (!row.account.empty()) {
        db::Statement a(conn, "SELECT id FROM accounts WHERE code = ?");
        a.bind(1, row.account);
        if (!a.step()) {
            throw UserError(fmt::format("unknown account '{}'", row.account));
        }
        account_id = a.get_int(0);
    }
    db::Statement ins(conn,
                      "INSERT INTO prices(product_id, account_id, valid_from, valid_to, "
                      "list_price, unit_cost) VALUES(?, ?, ?, ?, ?, ?)");
    ins.bind_all(product_id, account_id, iso_or_null(row.valid_from), iso_or_null(row.valid_to),
                 row.list_price.minor(), row.unit_cost.minor());
    ins.exec();
    const std::int64_t id = conn.last_insert_id();
    if (!find_price_overlaps(conn, product_id).empty()) {
        throw UserError(fmt::format("price of {}{}: its validity overlaps another price of the "
                                    "same list",
                                    row.sku, row.account.empty() ? "" : " for " + row.account));
    }
    nlohmann::json j{{"sku", row.sku},
                     {"account", row.account},
                     {"valid_from", iso_or_null(row.valid_from).value_or("")},
                     {"valid_to", iso_or_null(row.valid_to).value_or("")},
                     {"list_price", row.list_price.to_string()},
                     {"unit_cost", row.unit_cost.to_string()}};
    write_audit(conn, ctx, {"create", "price", row.sku, std::nullopt, j.dump(), "", std::nullopt});
    tx.commit();
    return id;
}

}  // namespace uplift
