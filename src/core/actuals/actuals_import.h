#pragma once
// Import of weekly actuals (SPEC §7, §9): week,account,sku,units,gross_amount (optional
// discount_amount, kind = sell_in/sell_out). A row's natural key is (Monday of its ISO week,
// account, sku, kind). A later file's row replaces the stored one; the replaced values are
// kept with the new batch so that rolling it back restores them exactly.
#include <memory>

#include "io/row_importer.h"

namespace uplift {

std::unique_ptr<RowImporter> make_actuals_importer(ImportContext& ctx);

}  // namespace uplift
