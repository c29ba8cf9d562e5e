#include "discounts/condition_scope.h"

#include <algorithm>

#include "db/statement.h"

namespace uplift {

ScopeIndex::ScopeIndex(db::Connection& conn) {
    db::Statement a(conn,
                    "SELECT id, channel_id, ifnull(parent_id, 0), code FROM accounts "
                    "ORDER BY code");
    while (a.step()) {
        accounts_by_code_.push_back(a.get_int(0));
        accounts_[a.get_int(0)] = {a.get_int(1), a.get_int(2), a.get_text(3)};
    }
    db::Statement p(conn,
                    "SELECT p.id, p.brand_id, b.category_id, p.sku FROM products p "
                    "JOIN brands b ON b.id = p.brand_id ORDER BY p.sku");
    while (p.step()) {
        products_by_sku_.push_back(p.get_int(0));
        products_[p.get_int(0)] = {p.get_int(1), p.get_int(2), p.get_text(3)};
    }
}

bool ScopeIndex::matches_account(const ConditionScope& s, std::int64_t account_id) const {
    const auto it = accounts_.find(account_id);
    if (it == accounts_.end()) {
        return false;
    }
    if (s.channel_id != 0 && it->second.channel_id != s.channel_id) {
        return false;
    }
    if (s.account_id == 0) {
        return true;
    }
    // Walk up the key-account hierarchy; the step limit guards against a cycle in bad data.
    std::int64_t id = account_id;
    for (std::size_t step = 0; id != 0 && step <= accounts_.size(); ++step) {
        if (id == s.account_id) {
            return true;
        }
        const auto up = accounts_.find(id);
        id = up == accounts_.end() ? 0 : up->second.parent_id;
    }
    return false;
}

bool ScopeIndex::matches_product(const ConditionScope& s, std::int64_t product_id) const {
    const auto it = products_.find(product_id);
    if (it == products_.end()) {
        return false;
    }
    if (s.brand_id != 0 && it->second.brand_id != s.brand_id) {
        return false;
    }
    if (s.category_id != 0 && it->second.category_id != s.category_id) {
        return false;
    }
    return s.product_ids.empty() ||
           std::binary_search(s.product_ids.begin(), s.product_ids.end(), product_id);
}

std::vector<std::int64_t> ScopeIndex::accounts_in(const ConditionScope& s) const {
    std::vector<std::int64_t> out;
    for (const std::int64_t id : accounts_by_code_) {
        if (matches_account(s, id)) {
            out.push_back(id);
        }
    }
    return out;
}

std::vector<std::int64_t> ScopeIndex::products_in(const ConditionScope& s) const {
    std::vector<std::int64_t> out;
    for (const std::int64_t id : products_by_sku_) {
        if (matches_product(s, id)) {
            out.push_back(id);
        }
    }
    return out;
}

const std::string& ScopeIndex::account_code(std::int64_t id) const {
    static const std::string unknown;
    const auto it = accounts_.find(id);
    return it == accounts_.end() ? unknown : it->second.code;
}

const std::string& ScopeIndex::sku(std::int64_t id) const {
    static const std::string unknown;
    const auto it = products_.find(id);
    return it == products_.end() ? unknown : it->second.sku;
}

}  // namespace uplift
