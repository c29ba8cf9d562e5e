#pragma once
// Products and their hierarchy category → brand → sku (SPEC §2).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "money/money.h"
#include "security/action_context.h"

namespace uplift {

struct Product {
    std::int64_t id = 0;
    std::string sku;
    std::string name;
    std::string brand;
    std::string category;  // derived from the brand
    std::string uom = "EA";
    std::string status = "active";  // active | inactive
    Money list_price;  // base price: used on dates no price-list row covers
    Money unit_cost;
    bool operator==(const Product&) const = default;
};

struct Brand {
    std::int64_t id = 0;
    std::string name;
    std::string category;
};

std::vector<Product> list_products(db::Connection& conn);
std::optional<Product> find_product(db::Connection& conn, const std::string& sku);
std::vector<Brand> list_brands(db::Connection& conn);
std::vector<std::string> list_categories(db::Connection& conn);

// Checks a product's fields; throws UserError naming the first bad field.
void validate_product(const Product& p);

// Changes one existing product (found by id) to `changed`, in its own transaction, with an
// audit entry listing the old and new values of the fields that changed. The brand must
// exist. Returns false when nothing changed. Needs masterdata.edit.
bool update_product(db::Connection& conn, const ActionContext& ctx, const Product& changed);

// Creates a product (and its brand/category when new) in its own transaction.
std::int64_t create_product(db::Connection& conn, const ActionContext& ctx, const Product& p);

}  // namespace uplift
