#include "masterdata/product_import.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <unordered_map>

#include "db/statement.h"
#include "errors.h"
#include "masterdata/product_store.h"
#include "security/audit.h"

namespace uplift {

namespace {

class ProductImporter final : public RowImporter {
public:
    explicit ProductImporter(ImportContext& ctx) : ctx_(ctx) {}

    void row(RowFields& f) override {
        auto sku = f.required_text("sku", 64);
        auto name = f.required_text("name");
        auto brand = f.required_text("brand", 100);
        auto category = f.required_text("category", 100);
        auto list = f.money_minor("list_price", ctx_.decimal_mark, false);
        auto cost = f.money_minor("unit_cost", ctx_.decimal_mark, false);
        std::string uom = "EA";
        if (const auto u = f.text("uom"); u && !u->empty()) {
            // Checked like every other text: no control characters, a sensible length.
            const auto checked = f.required_text("uom", 20);
            if (!checked) {
                return;
            }
            uom = *checked;
        }
        std::optional<std::string> status;
        if (const auto s = f.text("status"); s && !s->empty()) {
            if (*s != "active" && *s != "inactive") {
                f.problem("status", fmt::format("'{}' is not active or inactive", *s));
                return;
            }
            status = std::string(*s);
        }
        if (!sku || !name || !brand || !category || !list || !cost) {
            return;
        }
        if (const auto [it, fresh] = seen_.emplace(*sku, f.line()); !fresh) {
            f.problem("sku", fmt::format("'{}' appears twice in the file (first on line {})", *sku,
                                         it->second));
            return;
        }
        if (!ctx_.issues.empty()) {
            return;  // the file is refused anyway: only keep checking rows
        }
        CreatedHierarchy created;
        std::int64_t brand_id = 0;
        try {
            brand_id = ensure_brand(ctx_.conn, *brand, *category, &created);
        } catch (const UserError& e) {
            f.problem("brand", e.what());
            return;
        }
        if (created.category_id) {
            ctx_.record_change("category", *created.category_id, "insert", std::nullopt,
                               nlohmann::json{{"name", *category}}.dump());
        }
        if (created.brand_id) {
            ctx_.record_change("brand", *created.brand_id, "insert", std::nullopt,
                               nlohmann::json{{"name", *brand}}.dump());
        }
        const auto existing = find_product_record(ctx_.conn, *sku);
        ProductRecord rec = existing.value_or(ProductRecord{});
        rec.sku = *sku;
        rec.name = *name;
        rec.brand_id = brand_id;
        rec.uom = uom;
        if (status) {
            rec.status = *status;
        }
        rec.list_price = *list;
        rec.unit_cost = *cost;
        if (!existing) {
            rec.id = insert_product_record(ctx_.conn, rec);
            const std::string json = product_record_json(rec);
            ctx_.record_change("product", rec.id, "insert", std::nullopt, json);
            write_audit(ctx_.conn, ctx_.actor,
                        {"import", "product", rec.sku, std::nullopt, json, "", ctx_.batch_id});
            ++ctx_.counts.inserted;
        } else if (rec == *existing) {
            ++ctx_.counts.unchanged;
        } else {
            store_product_record(ctx_.conn, rec);
            const std::string before = product_record_json(*existing);
            const std::string after = product_record_json(rec);
            ctx_.record_change("product", rec.id, "update", before, after);
            write_audit(ctx_.conn, ctx_.actor,
                        {"import", "product", rec.sku, before, after, "", ctx_.batch_id});
            ++ctx_.counts.updated;
        }
    }

private:
    ImportContext& ctx_;
    std::unordered_map<std::string, std::int64_t> seen_;
};

}  // namespace

std::unique_ptr<RowImporter> make_product_importer(ImportContext& ctx) {
    return std::make_unique<ProductImporter>(ctx);
}

}  // namespace uplift
