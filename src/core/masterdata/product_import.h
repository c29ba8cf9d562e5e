#pragma once
// Import of the products file (SPEC §9): sku,name,brand,category,list_price,unit_cost
// (optional uom, status). Upserts by sku; brands and categories are created when new.
#include <memory>

#include "io/row_importer.h"

namespace uplift {

std::unique_ptr<RowImporter> make_product_importer(ImportContext& ctx);

}  // namespace uplift
