#pragma once
// Price lists: a central list (no account) and account-specific lists, each row valid over an
// inclusive period (open ends allowed), never overlapping another row of the same sku and list.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "money/money.h"
#include "security/action_context.h"

namespace uplift {

struct PriceRow {
    std::int64_t id = 0;
    std::string sku;
    std::string account;  // empty: central list
    std::optional<Date> valid_from;  // nullopt: since always
    std::optional<Date> valid_to;    // nullopt: open-ended
    Money list_price;
    Money unit_cost;
};

struct EffectivePrice {
    Money list_price;
    Money unit_cost;
    enum class Source { AccountList, CentralList, ProductBase } source = Source::ProductBase;
};

std::vector<PriceRow> list_prices(db::Connection& conn, const std::string& sku = {});

// The price for (account, sku, date): the account's list if a row covers the date, else the
// central list's, else the product's base price. Throws UserError for an unknown sku/account.
EffectivePrice effective_price(db::Connection& conn, std::int64_t account_id,
                               std::int64_t product_id, Date date);

// Rows of the same sku and list whose validity overlaps another's (for imports and `check`).
struct PriceOverlap {
    std::int64_t first_id;
    std::int64_t second_id;
    std::string sku;
    std::string account;
};
std::vector<PriceOverlap> find_price_overlaps(db::Connection& conn,
                                              std::optional<std::int64_t> product_id = {});

// Adds one price row in its own transaction after checking it overlaps nothing. Audited.
std::int64_t add_price(db::Connection& conn, const ActionContext& ctx, const PriceRow& row);

}  // namespace uplift
