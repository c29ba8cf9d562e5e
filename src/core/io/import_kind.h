#pragma once
// The kinds of import file of SPEC §9 and their columns.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace uplift {

// New kinds go at the end, so the numbers of the others stay as they were.
enum class ImportKind {
    Products,
    Accounts,
    Prices,
    Actuals,
    Promotions,
    Claims,
    Targets,
    Inventory,
    Returns
};

std::optional<ImportKind> parse_import_kind(std::string_view text);
std::string import_kind_name(ImportKind k);  // "products", ...
std::vector<ImportKind> all_import_kinds();

struct ColumnSpec {
    std::vector<std::string> required;
    std::vector<std::string> optional;
};
const ColumnSpec& columns_of(ImportKind k);

}  // namespace uplift
