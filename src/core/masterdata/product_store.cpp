#include "masterdata/product_store.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "db/statement.h"
#include "errors.h"

namespace uplift {

ProductRecord load_product_record(db::Connection& conn, std::int64_t id) {
    db::Statement s(conn,
                    "SELECT id, sku, name, brand_id, uom, status, list_price, unit_cost "
                    "FROM products WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) {
        throw UserError(fmt::format("product #{} does not exist", id));
    }
    return {s.get_int(0), s.get_text(1), s.get_text(2), s.get_int(3),
            s.get_text(4), s.get_text(5), s.get_int(6), s.get_int(7)};
}

std::optional<ProductRecord> find_product_record(db::Connection& conn, const std::string& sku) {
    db::Statement s(conn, "SELECT id FROM products WHERE sku = ?");
    s.bind(1, sku);
    if (!s.step()) {
        return std::nullopt;
    }
    return load_product_record(conn, s.get_int(0));
}

std::int64_t insert_product_record(db::Connection& conn, const ProductRecord& r) {
    db::Statement s(conn,
                    "INSERT INTO products(sku, name, brand_id, uom, status, list_price, unit_cost) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?)");
    s.bind_all(r.sku, r.name, r.brand_id, r.uom, r.status, r.list_price, r.unit_cost);
    s.exec();
    return conn.last_insert_id();
}

void store_product_record(db::Connection& conn, const ProductRecord& r) {
    db::Statement s(conn,
                    "UPDATE products SET name = ?, brand_id = ?, uom = ?, status = ?, "
                    "list_price = ?, unit_cost = ? WHERE id = ?");
    s.bind_all(r.name, r.brand_id, r.uom, r.status, r.list_price, r.unit_cost, r.id);
    s.exec();
}

std::string product_record_json(const ProductRecord& r) {
    return nlohmann::json{{"id", r.id},         {"sku", r.sku},
                          {"name", r.name},     {"brand_id", r.brand_id},
                          {"uom", r.uom},       {"status", r.status},
                          {"list_price", r.list_price}, {"unit_cost", r.unit_cost}}
        .dump();
}

ProductRecord product_record_from_json(const std::string& json) {
    const auto j = nlohmann::json::parse(json);
    return {j.at("id").get<std::int64_t>(),       j.at("sku").get<std::string>(),
            j.at("name").get<std::string>(),      j.at("brand_id").get<std::int64_t>(),
            j.at("uom").get<std::string>(),       j.at("status").get<std::string>(),
            j.at("list_price").get<std::int64_t>(), j.at("unit_cost").get<std::int64_t>()};
}

std::optional<std::int64_t> find_brand_id(db::Connection& conn, const std::string& brand) {
    db::Statement s(conn, "SELECT id FROM brands WHERE name = ?");
    s.bind(1, brand);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.get_int(0);
}

std::int64_t ensure_brand(db::Connection& conn, const std::string& brand,
                          const std::string& category, CreatedHierarchy* created) {
    db::Statement s(conn,
                    "SELECT b.id, c.name FROM brands b JOIN categories c ON c.id = b.category_id "
                    "WHERE b.name = ?");
    s.bind(1, brand);
    if (s.step()) {
        if (s.get_text_view(1) != category) {
            throw UserError(fmt::format("brand '{}' belongs to category '{}', not '{}'", brand,
                                        s.get_text_view(1), category));
        }
        return s.get_int(0);
    }
    if (category.empty()) {
        throw UserError(fmt::format("brand '{}' is new: it needs a category", brand));
    }
    std::int64_t category_id = 0;
    db::Statement c(conn, "SELECT id FROM categories WHERE name = ?");
    c.bind(1, category);
    if (c.step()) {
        category_id = c.get_int(0);
    } else {
        db::Statement ins(conn, "INSERT INTO categories(name) VALUES(?)");
        ins.bind(1, category);
        ins.exec();
        category_id = conn.last_insert_id();
        if (created != nullptr) {
            created->category_id = category_id;
        }
    }
    db::Statement ins(conn, "INSERT INTO brands(name, category_id) VALUES(?, ?)");
    ins.bind_all(brand, category_id);
    ins.exec();
    const std::int64_t id = conn.last_insert_id();
    if (created != nullptr) {
        created->brand_id = id;
    }
    return id;
}

}  // namespace uplift
