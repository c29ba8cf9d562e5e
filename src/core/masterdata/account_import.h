#pragma once
// Import of the accounts file (SPEC §9): code,name,channel,region (optional parent, rep).
// Upserts by code. A parent may appear later in the same file; loops are refused. A rep name
// not yet known becomes a user with the REP role.
#include <memory>

#include "io/row_importer.h"

namespace uplift {

std::unique_ptr<RowImporter> make_account_importer(ImportContext& ctx);

}  // namespace uplift
