#pragma once
// Import of the prices file (SPEC §9): sku,valid_from,valid_to,list_price,unit_cost (optional
// account). Keyed by (sku, account, valid_from); empty dates are open ends. After the last row
// no two rows of one sku and list may overlap.
#include <memory>

#include "io/row_importer.h"

namespace uplift {

std::unique_ptr<RowImporter> make_price_importer(ImportContext& ctx);

}  // namespace uplift
