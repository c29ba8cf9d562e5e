#pragma once
// All price lists in memory, for computations that need the effective price of many
// (account, sku, date) triples: the same rule as effective_price(), without a query each.
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "calendar/calendar.h"

namespace uplift {
namespace db {
class Connection;
}

struct UnitPrice {
    std::int64_t list_price = 0;  // cents
    std::int64_t unit_cost = 0;   // cents
};

class PriceBook {
  public:
    explicit PriceBook(db::Connection& conn);
    // The account list's row covering the date, else the central list's, else the product's
    // base price.
    UnitPrice on(std::int64_t account_id, std::int64_t product_id, Date date) const;

  private:
    struct Row {
        std::int64_t account_id;  // 0: central
        std::int64_t from;        // day numbers, inclusive; open ends as extremes
        std::int64_t to;
        UnitPrice price;
    };
    std::unordered_map<std::int64_t, std::vector<Row>> rows_;  // by product
    std::unordered_map<std::int64_t, UnitPrice> base_;
};

}  // namespace uplift
