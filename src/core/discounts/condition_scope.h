#pragma once
// The one scope rule of discount conditions: a row of (account, sku) is in scope when every
// given part matches — the account's channel, the account or one of its ancestors, the sku's
// brand, its category, one of the listed skus. Used by entry checks and by the entitlement.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace uplift {
namespace db {
class Connection;
}

struct ConditionScope {
    std::int64_t channel_id = 0;  // 0: any
    std::int64_t account_id = 0;
    std::int64_t brand_id = 0;
    std::int64_t category_id = 0;
    std::vector<std::int64_t> product_ids;  // sorted; empty: any
};

// The accounts and products of the file, enough to answer scope questions in memory.
class ScopeIndex {
  public:
    explicit ScopeIndex(db::Connection& conn);

    bool matches_account(const ConditionScope& s, std::int64_t account_id) const;
    bool matches_product(const ConditionScope& s, std::int64_t product_id) const;

    // Every account / product in scope, ordered by code / sku.
    std::vector<std::int64_t> accounts_in(const ConditionScope& s) const;
    std::vector<std::int64_t> products_in(const ConditionScope& s) const;

    const std::string& account_code(std::int64_t id) const;
    const std::string& sku(std::int64_t id) const;

  private:
    struct AccountInfo {
        std::int64_t channel_id = 0;
        std::int64_t parent_id = 0;
        std::string code;
    };
    struct ProductInfo {
        std::int64_t brand_id = 0;
        std::int64_t category_id = 0;
        std::string sku;
    };
    std::unordered_map<std::int64_t, AccountInfo> accounts_;
    std::unordered_map<std::int64_t, ProductInfo> products_;
    std::vector<std::int64_t> accounts_by_code_;
    std::vector<std::int64_t> products_by_sku_;
};

}  // namespace uplift
