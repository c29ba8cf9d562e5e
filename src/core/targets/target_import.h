#pragma once
// Importers of SPEC §9 for targets (period,account,brand,units,value) and inventory
// (date,sku,units).
#include <memory>

#include "io/row_importer.h"

namespace uplift {

// Each row writes the current target of its key (history source "import"); a key twice in one
// file is an error; rows the file holds already count as unchanged. Every account must be one
// the importing user may set targets for.
std::unique_ptr<RowImporter> make_target_importer(ImportContext& ctx);

// Stock on hand of a sku on a date; a later file's row for the same (date, sku) replaces it.
std::unique_ptr<RowImporter> make_inventory_importer(ImportContext& ctx);

// Rolls an inventory batch back: its rows go, the rows it replaced come back.
void rollback_inventory_batch(db::Connection& conn, std::int64_t batch_id);

}  // namespace uplift
