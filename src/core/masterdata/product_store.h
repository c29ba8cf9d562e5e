#pragma once
// Row-level storage of products, brands and categories, shared by the editor and the importer.
// No rights checks and no transactions here: callers hold both.
#include <cstdint>
#include <optional>
#include <string>

namespace uplift {
namespace db {
class Connection;
}

struct ProductRecord {
    std::int64_t id = 0;
    std::string sku;
    std::string name;
    std::int64_t brand_id = 0;
    std::string uom = "EA";
    std::string status = "active";
    std::int64_t list_price = 0;
    std::int64_t unit_cost = 0;
    bool operator==(const ProductRecord&) const = default;
};

ProductRecord load_product_record(db::Connection& conn, std::int64_t id);
std::optional<ProductRecord> find_product_record(db::Connection& conn, const std::string& sku);
std::int64_t insert_product_record(db::Connection& conn, const ProductRecord& r);
void store_product_record(db::Connection& conn, const ProductRecord& r);
// {"sku":..,"name":..,"brand_id":..,...}: what the audit log and batch rollback keep.
std::string product_record_json(const ProductRecord& r);
ProductRecord product_record_from_json(const std::string& json);

std::optional<std::int64_t> find_brand_id(db::Connection& conn, const std::string& brand);
// The brand's id, creating the brand (and its category) when new. A brand that exists under
// another category is refused with UserError. `created` (optional) reports what was created.
struct CreatedHierarchy {
    std::optional<std::int64_t> category_id;
    std::optional<std::int64_t> brand_id;
};
std::int64_t ensure_brand(db::Connection& conn, const std::string& brand,
                          const std::string& category, CreatedHierarchy* created);

}  // namespace uplift
