// Which central conditions and which funds concern a discount request: the scope rules of
// discounts/condition.h and of the fund tree, applied to the request's account and skus.
#include <algorithm>
#include <optional>

#include "analytics/budget_vs_actual.h"
#include "analytics/decision_parts.h"
#include "db/statement.h"
#include "discounts/condition.h"
#include "discounts/condition_scope.h"
#include "errors.h"

namespace uplift::decision {

bool RequestScope::in_account_line(std::int64_t account_id) const {
    return std::find(account_and_ancestors.begin(), account_and_ancestors.end(), account_id) !=
           account_and_ancestors.end();
}

bool RequestScope::has_brand(std::int64_t brand_id) const {
    return std::find(brand_ids.begin(), brand_ids.end(), brand_id) != brand_ids.end();
}

RequestScope load_scope(db::Connection& conn, const DiscountRequest& r) {
    RequestScope scope;
    db::Statement up(conn,
                     "WITH RECURSIVE up(id, parent_id, depth) AS (SELECT id, parent_id, 0 FROM "
                     "accounts WHERE id = ? UNION ALL SELECT a.id, a.parent_id, up.depth + 1 "
                     "FROM accounts a JOIN up ON a.id = up.parent_id) "
                     "SELECT id FROM up ORDER BY depth");
    up.bind(1, r.account_id);
    while (up.step()) {
        scope.account_and_ancestors.push_back(up.get_int(0));
    }
    db::Statement acc(conn, "SELECT channel_id, region_id FROM accounts WHERE id = ?");
    acc.bind(1, r.account_id);
    if (!acc.step()) {
        throw UserError("the request's account no longer exists");
    }
    scope.channel_id = acc.get_int(0);
    scope.region_id = acc.get_int(1);
    db::Statement prod(conn, "SELECT brand_id FROM products WHERE id = ?");
    for (const std::int64_t id : r.product_ids) {
        prod.reset();
        prod.bind(1, id);
        if (prod.step()) {
            scope.brand_ids.push_back(prod.get_int(0));
        }
    }
    return scope;
}

std::vector<DecisionPanel::ActiveCondition> applying_conditions(db::Connection& conn,
                                                                const DiscountRequest& r) {
    // The one scope rule of conditions (discounts/condition_scope.h): channel, the account or
    // an ancestor, and brand, category and sku list on one of the request's skus.
    const ScopeIndex index(conn);
    std::vector<DecisionPanel::ActiveCondition> out;
    for (const DiscountCondition& c : list_conditions(conn)) {
        // The condition this very request became when approved is the request, not a stack.
        if (!c.period.overlaps(r.period) || c.request_id == r.id) {
            continue;
        }
        const ConditionScope scope = c.scope();
        const bool applies =
            index.matches_account(scope, r.account_id) &&
            std::any_of(r.product_ids.begin(), r.product_ids.end(),
                        [&](std::int64_t p) { return index.matches_product(scope, p); });
        if (applies) {
            out.push_back({c.name, c.depth_text(), c.period, c.exclusive, c.scope_text(),
                           c.account_id.has_value()});
        }
    }
    return out;
}

std::vector<DecisionPanel::FundAvailability> candidate_funds(db::Connection& conn,
                                                             const DiscountRequest& r,
                                                             const RequestScope& scope) {
    // A fund is a candidate when it names the account (or an ancestor) or a brand of the
    // request's skus, and nothing in its scope or validity rules the request out: a fund of
    // brand Fizz at account B does not pay for account A.
    db::Statement s(conn,
                    "SELECT id, name, brand_id, account_id, channel_id, region_id, valid_from, "
                    "valid_to FROM funds WHERE account_id IS NOT NULL OR brand_id IS NOT NULL "
                    "ORDER BY name");
    std::vector<DecisionPanel::FundAvailability> out;
    while (s.step()) {
        const auto brand = s.get_opt_int(2);
        const auto account = s.get_opt_int(3);
        const auto channel = s.get_opt_int(4);
        const auto region = s.get_opt_int(5);
        const auto from = s.get_opt_text(6);
        const auto to = s.get_opt_text(7);
        const bool fits =
            (!brand || scope.has_brand(*brand)) && (!account || scope.in_account_line(*account)) &&
            (!channel || *channel == scope.channel_id) && (!region || *region == scope.region_id) &&
            (!from || parse_date(*from) <= r.period.last) &&
            (!to || parse_date(*to) >= r.period.first);
        if (!fits) {
            continue;
        }
        DecisionPanel::FundAvailability f;
        f.fund = s.get_text(1);
        f.figures = fund_figures(conn, s.get_int(0));
        f.available_cents = f.figures.available();
        f.utilisation_pct = utilisation_text(f.figures);
        f.covers_value = f.available_cents >= r.value_cents;
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace uplift::decision
