#pragma once
// The entitled discount of a weekly actuals row (SPEC §5, docs/formulas.md "Entitled
// discount"): what the central conditions and the approved promotions' invoice-discount
// tactics that apply in the row's week allow, computed exactly.
//
// A condition applies when its validity overlaps a day of the row's ISO week and its scope
// matches the row's account (or an ancestor) and sku. A promotion tactic applies when the
// promotion is approved (or settled or closed after approval), the row's sku is one of its
// lines, and the tactic's terms for that line overlap the week: the ship period decides for
// sell-in rows, the in-store period for sell-out rows. Percentages are of the row's
// gross_amount, amounts per unit are × its units. When an exclusive condition applies, the
// largest exclusive one replaces every cumulative condition; promotion tactics always add.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "calendar/calendar.h"
#include "discounts/condition_scope.h"
#include "money/exact.h"

namespace uplift {
namespace db {
class Connection;
}

struct ActualsRowRef {
    std::int64_t account_id = 0;
    std::int64_t product_id = 0;
    std::int64_t week = 0;  // day number of the ISO week's Monday
    int kind = 0;           // 0 sell-in, 1 sell-out
    std::int64_t units = 0;
    std::int64_t gross_cents = 0;
};

struct EntitlementPart {
    enum class Source { Condition, Promotion };
    Source source = Source::Condition;
    std::string name;   // condition name, or "PROMO_ID discount_pct"
    std::string depth;  // "3 %", "0.25 per unit"
    bool exclusive = false;
    bool counted = true;  // false: a cumulative condition an exclusive one replaced
    Exact amount;
};

struct Entitlement {
    Exact amount;  // cents, exact
    bool anything_applies = false;
    std::vector<EntitlementPart> parts;  // filled when asked for
};

// Everything the rule needs, loaded once: conditions, the account hierarchy and channels,
// the product hierarchy, and the approved promotions' discount tactics by account × sku.
// Answers rows in memory (no query per row), so a scan of 10M rows costs the scan.
class EntitlementIndex {
  public:
    explicit EntitlementIndex(db::Connection& conn);

    Entitlement entitled(const ActualsRowRef& row, bool with_parts = false) const;

    struct ConditionRule {
        std::string name;
        std::int64_t first = 0, last = 0;  // day numbers, inclusive
        std::int64_t pct_units = 0;        // one of these two is set
        std::int64_t per_unit_cents = 0;
        ConditionScope scope;
        bool exclusive = false;
        std::string depth;
    };
    // One tactic on one promotion line: the terms of its current version for that line.
    struct TacticRule {
        std::string name;
        std::int64_t ship_first = 0, ship_last = 0;        // when it applies to sell-in rows
        std::int64_t instore_first = 0, instore_last = 0;  // to sell-out rows
        bool percent = true;
        struct Term {
            std::int64_t first = 0, last = 0;
            std::int64_t value = 0;  // Percent units or cents per unit
        };
        std::vector<Term> terms;  // ordered by first day
        // The value in force in the week [monday, monday + 6]: the largest of the terms that
        // overlap it, else (a ship week before or after the terms' dates) the nearest term's.
        std::int64_t value_in_week(std::int64_t monday) const;
    };

  private:
    ScopeIndex scope_;
    std::vector<ConditionRule> conditions_;
    // Conditions whose channel and account scope match, per account id.
    std::unordered_map<std::int64_t, std::vector<const ConditionRule*>> by_account_;
    // (account_id << 32 | product_id) -> the discount tactics on that line
    std::unordered_map<std::uint64_t, std::vector<TacticRule>> tactics_;
    static const std::vector<const ConditionRule*> kNone;
};

// A row is flagged when its invoiced discount exceeds its entitlement by more than half a cent.
bool exceeds_entitlement(std::int64_t invoiced_cents, const Exact& entitled);

}  // namespace uplift
