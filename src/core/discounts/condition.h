#pragma once
// Central discount conditions (SPEC §5): standing price conditions outside campaigns, a % of
// list or an amount per unit, valid over inclusive dates, for the actuals rows every given
// scope matches: channel; account and its children in the hierarchy; brand; category; a list
// of skus. An exclusive condition replaces the other conditions on a row (not the promotion
// tactics), so two exclusive ones on the same account × sku × day are refused at entry.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "discounts/condition_scope.h"
#include "security/action_context.h"

namespace uplift {

struct ConditionInput {
    std::string name;
    std::optional<std::int64_t> pct_units;       // Percent units (1e-4 %) of gross
    std::optional<std::int64_t> per_unit_cents;  // or money per unit
    Period period;
    std::string channel;            // empty: any
    std::string account;            // account code; its children count too; empty: any
    std::string brand;              // empty: any
    std::string category;           // empty: any
    std::vector<std::string> skus;  // empty: any
    bool exclusive = false;
    std::string reason;                      // reason code; empty: none
    std::optional<std::int64_t> request_id;  // the discount request it came from
};

struct DiscountCondition {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int64_t> pct_units;
    std::optional<std::int64_t> per_unit_cents;
    Period period;
    std::optional<std::int64_t> channel_id, account_id, brand_id, category_id;
    std::vector<std::int64_t> product_ids;  // sorted
    std::string channel, account, brand, category;
    std::vector<std::string> skus;  // sorted
    bool exclusive = false;
    std::string reason;
    std::optional<std::int64_t> request_id;
    std::string created_by;
    std::string created_at;

    // "3 %" or "0.25 per unit".
    std::string depth_text() const;
    // "channel Cash & Carry, brand Alpina" or "everything".
    std::string scope_text() const;
    ConditionInput to_input() const;
    ConditionScope scope() const;
};

std::vector<DiscountCondition> list_conditions(db::Connection& conn);  // ordered by name
std::optional<DiscountCondition> find_condition(db::Connection& conn, const std::string& name);

// Why an exclusive condition cannot be entered: another exclusive condition covers the same
// account × sku × day.
struct ConditionClash {
    std::string other;  // the other condition's name
    std::string account;
    std::string sku;
    Date day;
    std::string message() const;
};

// What is worth a warning but allowed: a cumulative condition stacking on others, a condition
// overlapping an approved or planned promotion on the same skus (a double discount), an
// exclusive one that will hide cumulative ones.
std::vector<std::string> condition_warnings(db::Connection& conn, const ConditionInput& in,
                                            std::optional<std::int64_t> ignore_id = {});
// The first clash with another exclusive condition (checked against the accounts and skus of
// the master data), or nullopt. Only for exclusive inputs.
std::optional<ConditionClash> find_exclusive_clash(db::Connection& conn, const ConditionInput& in,
                                                   std::optional<std::int64_t> ignore_id = {});

// Adds a condition: checks the input, refuses a clash naming it, audits. Needs
// discounts.conditions. Own transaction; returns the id.
std::int64_t add_condition(db::Connection& conn, const ActionContext& ctx,
                           const ConditionInput& in);
// The same inside the caller's transaction, without the rights check (the caller has made it:
// an approved discount request becomes a condition).
std::int64_t insert_condition(db::Connection& conn, const ActionContext& ctx,
                              const ConditionInput& in);
// Changes a condition (found by its current name) to `in`, with the same checks. Own
// transaction, audited; needs discounts.conditions.
void update_condition(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                      const ConditionInput& in);
// Deletes a condition (undo of an entry, or a condition entered by mistake). Own transaction,
// audited with its content; needs discounts.conditions.
void delete_condition(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                      const std::string& reason);

}  // namespace uplift
