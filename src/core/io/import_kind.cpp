#include "io/import_kind.h"

namespace uplift {

namespace {
struct KindInfo {
    ImportKind kind;
    const char* name;
};
constexpr KindInfo kKinds[] = {
    {ImportKind::Products, "products"},
    {ImportKind::Accounts, "accounts"},
    {ImportKind::Prices, "prices"},
    {ImportKind::Actuals, "actuals"},
    {ImportKind::Promotions, "promotions"},
    {ImportKind::Claims, "claims"},
    {ImportKind::Targets, "targets"},
    {ImportKind::Inventory, "inventory"},
    {ImportKind::Returns, "returns"},
};
}  // namespace

std::optional<ImportKind> parse_import_kind(std::string_view text) {
    for (const auto& k : kKinds) {
        if (text == k.name) {
            return k.kind;
        }
    }
    return std::nullopt;
}

std::string import_kind_name(ImportKind k) {
    for (const auto& x : kKinds) {
        if (x.kind == k) {
            return x.name;
        }
    }
    return "?";
}

std::vector<ImportKind> all_import_kinds() {
    std::vector<ImportKind> out;
    for (const auto& k : kKinds) {
        out.push_back(k.kind);
    }
    return out;
}

const ColumnSpec& columns_of(ImportKind k) {
    static const ColumnSpec products{{"sku", "name", "brand", "category", "list_price", "unit_cost"},
                                     {"uom", "status"}};
    static const ColumnSpec accounts{{"code", "name", "channel", "region"}, {"parent", "rep"}};
    static const ColumnSpec prices{{"sku", "valid_from", "valid_to", "list_price", "unit_cost"},
                                   {"account"}};
    static const ColumnSpec actuals{{"week", "account", "sku", "units", "gross_amount"},
                                    {"discount_amount", "kind"}};
    static const ColumnSpec promotions{
        {"promo_id", "account", "sku", "start", "end", "discount_pct", "fixed_cost"},
        {"fund", "planned_units", "campaign", "status"}};
    static const ColumnSpec claims{{"claim_id", "promo_id", "amount", "date"}, {"reason"}};
    static const ColumnSpec targets{{"period", "account", "brand", "units", "value"}, {}};
    static const ColumnSpec inventory{{"date", "sku", "units"}, {}};
    static const ColumnSpec returns{{"date", "account", "sku", "kind", "units", "amount", "reason"},
                                    {"note"}};
    switch (k) {
        case ImportKind::Products:
            return products;
        case ImportKind::Accounts:
            return accounts;
        case ImportKind::Prices:
            return prices;
        case ImportKind::Actuals:
            return actuals;
        case ImportKind::Promotions:
            return promotions;
        case ImportKind::Claims:
            return claims;
        case ImportKind::Targets:
            return targets;
        case ImportKind::Inventory:
            return inventory;
        case ImportKind::Returns:
            return returns;
    }
    return products;
}

}  // namespace uplift
