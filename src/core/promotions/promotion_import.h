#pragma once
// Import of the promotions file (SPEC §9): promo_id,account,sku,start,end,discount_pct,
// fixed_cost (optional fund, planned_units, campaign, status). One row per line; the rows of
// one promo_id share account, dates, campaign and status; the fixed cost counts once per
// promo_id (the largest given). Re-importing a promo_id replaces it while it is still a draft,
// planned, submitted or closed history; an approved promotion is changed in Uplift instead.
#include <memory>

#include "io/row_importer.h"

namespace uplift {

std::unique_ptr<RowImporter> make_promotion_importer(ImportContext& ctx);

}  // namespace uplift
