#include "masterdata/products.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "masterdata/product_store.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.sku, p.name, b.name, c.name, p.uom, p.status, p.list_price, p.unit_cost "
    "FROM products p JOIN brands b ON b.id = p.brand_id "
    "JOIN categories c ON c.id = b.category_id ";

Product read_product(const db::Statement& s, const Currency& cur) {
    Product p;
    p.id = s.get_int(0);
    p.sku = s.get_text(1);
    p.name = s.get_text(2);
    p.brand = s.get_text(3);
    p.category = s.get_text(4);
    p.uom = s.get_text(5);
    p.status = s.get_text(6);
    p.list_price = Money::from_minor(s.get_int(7), cur);
    p.unit_cost = Money::from_minor(s.get_int(8), cur);
    return p;
}

}  // namespace

std::vector<Product> list_products(db::Connection& conn) {
    const Currency cur = db::file_currency(conn);
    db::Statement s(conn, std::string(kSelect) + "ORDER BY p.sku");
    std::vector<Product> out;
    while (s.step()) {
        out.push_back(read_product(s, cur));
    }
    return out;
}

std::optional<Product> find_product(db::Connection& conn, const std::string& sku) {
    const Currency cur = db::file_currency(conn);
    db::Statement s(conn, std::string(kSelect) + "WHERE p.sku = ?");
    s.bind(1, sku);
    if (!s.step()) {
        return std::nullopt;
    }
    return read_product(s, cur);
}

std::vector<Brand> list_brands(db::Connection& conn) {
    db::Statement s(conn,
                    "SELECT b.id, b.name, c.name FROM brands b JOIN categories c "
                    "ON c.id = b.category_id ORDER BY b.name");
    std::vector<Brand> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_text(1), s.get_text(2)});
    }
    return out;
}

std::vector<std::string> list_categories(db::Connection& conn) {
    db::Statement s(conn, "SELECT name FROM categories ORDER BY name");
    std::vector<std::string> out;
    while (s.step()) {
        out.push_back(s.get_text(0));
    }
    return out;
}

void validate_product(const Product& p) {
    if (p.sku.empty()) {
        throw UserError("sku: must not be empty");
    }
    if (p.name.empty()) {
        throw UserError(fmt::format("product {}: name must not be empty", p.sku));
    }
    if (p.brand.empty()) {
        throw UserError(fmt::format("product {}: brand must not be empty", p.sku));
    }
    if (p.status != "active" && p.status != "inactive") {
        throw UserError(
            fmt::format("product {}: status must be active or inactive, not '{}'", p.sku, p.status));
    }
    if (p.list_price.is_negative() || p.unit_cost.is_negative()) {
        throw UserError(fmt::format("product {}: prices must not be negative", p.sku));
    }
    if (p.uom.empty()) {
        throw UserError(fmt::format("product {}: unit of measure must not be empty", p.sku));
    }
}

bool update_product(db::Connection& conn, const ActionContext& ctx, const Product& changed) {
    require_right(conn, ctx, rights::kEditMasterData, "edit master data");
    validate_product(changed);
    db::Transaction tx(conn);
    db::Statement cur(conn, "SELECT sku FROM products WHERE id = ?");
    cur.bind(1, changed.id);
    if (!cur.step()) {
        throw UserError(fmt::format("product {} no longer exists", changed.sku));
    }
    const std::string sku = cur.get_text(0);
    if (sku != changed.sku) {
        throw UserError(fmt::format("the sku of product {} cannot be changed", sku));
    }
    const auto brand_id = find_brand_id(conn, changed.brand);
    if (!brand_id) {
        throw UserError(fmt::format("product {}: unknown brand '{}'", sku, changed.brand));
    }
    const ProductRecord before = load_product_record(conn, changed.id);
    ProductRecord after = before;
    after.name = changed.name;
    after.brand_id = *brand_id;
    after.uom = changed.uom;
    after.status = changed.status;
    after.list_price = changed.list_price.minor();
    after.unit_cost = changed.unit_cost.minor();
    if (after == before) {
        return false;
    }
    store_product_record(conn, after);
    write_audit(conn, ctx,
                {"update", "product", sku, product_record_json(before), product_record_json(after),
                 "", std::nullopt});
    tx.commit();
    return true;
}

std::int64_t create_product(db::Connection& conn, const ActionContext& ctx, const Product& p) {
    require_right(conn, ctx, rights::kEditMasterData, "edit master data");
    validate_product(p);
    db::Transaction tx(conn);
    if (find_product(conn, p.sku)) {
        throw UserError(fmt::format("product {} exists already", p.sku));
    }
    ProductRecord r;
    r.sku = p.sku;
    r.name = p.name;
    r.brand_id = ensure_brand(conn, p.brand, p.category, nullptr);
    r.uom = p.uom;
    r.status = p.status;
    r.list_price = p.list_price.minor();
    r.unit_cost = p.unit_cost.minor();
    r.id = insert_product_record(conn, r);
    write_audit(conn, ctx,
                {"create", "product", p.sku, std::nullopt, product_record_json(r), "", std::nullopt});
    tx.commit();
    return r.id;
}

}  // namespace uplift
