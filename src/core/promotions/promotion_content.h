#pragma once
// A promotion's whole content as one comparable value: what a re-import compares, and what a
// batch keeps so that rolling it back can put a replaced promotion back exactly.
#include <string>

#include "promotions/promotion_store.h"

namespace uplift {

NewPromotion promotion_as_new(const Promotion& p, std::optional<std::int64_t> campaign_id);
// Canonical JSON (ids, ISO dates, terms by line index); equal content gives equal text.
std::string new_promotion_json(const NewPromotion& p);
NewPromotion new_promotion_from_json(const std::string& json);

}  // namespace uplift
