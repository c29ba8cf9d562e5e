#pragma once
// Conditional fund rules (SPEC §4): a schedule, a condition and an action stored as data
// (JSON, docs/formulas.md "Fund rules"). A run first evaluates every due rule without writing
// anything, then books exactly those firings in one transaction; each firing is logged in
// rule_firings (once per rule and subject) and in the audit log.
#include <cstdint>
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {

struct Rule {
    std::int64_t id = 0;
    std::string name;
    std::string schedule;   // "on_close", "on_date:YYYY-MM-DD" or "on_target"
    std::string condition;  // JSON object (normalised)
    std::string action;     // JSON object (normalised)
    bool active = true;
    std::string created_by;
    std::string created_at;
};

struct RuleSpec {
    std::string name;
    std::string schedule;
    std::string condition;  // JSON object; empty means {}
    std::string action;     // JSON object
};

// Adds a rule (own transaction, audited). Needs funds.rules. Throws UserError naming the bad
// field ("action.pct: ...") when the schedule, condition or action is not valid.
std::int64_t add_rule(db::Connection& conn, const ActionContext& ctx, const RuleSpec& spec);

// Every rule in evaluation order (by id).
std::vector<Rule> list_rules(db::Connection& conn);

// One movement of money a rule makes.
struct RuleFiring {
    std::int64_t rule_id = 0;
    std::string rule;       // the rule's name
    std::string subject;    // what it fires for: "PROMO/FUND", a date, "ACCOUNT/PERIOD"
    std::string from_fund;  // empty when the rule adds new money (add_to_fund)
    std::string to_fund;
    std::int64_t amount = 0;  // cents, > 0
    bool operator==(const RuleFiring&) const = default;
};

// What the due rules would book now (on_close: closed promotions' releases; on_date: from the
// date on; on_target: accounts whose sell-in reached the share of their period's targets), in
// order, without writing anything. Firings are evaluated one after another on the figures the
// earlier ones leave, so the list is exactly what run_rules books.
std::vector<RuleFiring> evaluate_rules(db::Connection& conn, const ActionContext& ctx);

// Evaluates the due rules and, unless `dry_run`, books them in one transaction: ledger
// entries (source rule), a rule_firings row per firing and an audit entry. A real run needs
// funds.rules; a dry run writes nothing and is open to every user. Returns the firings.
std::vector<RuleFiring> run_rules(db::Connection& conn, const ActionContext& ctx, bool dry_run);

// A real run that books only what the user was shown: when the due rules no longer evaluate to
// exactly `previewed` (the figures changed since the dry run), it throws UserError and writes
// nothing, so a confirmed preview and the booking can never differ. Needs funds.rules.
std::vector<RuleFiring> run_previewed_rules(db::Connection& conn, const ActionContext& ctx,
                                            const std::vector<RuleFiring>& previewed);

// The firings logged so far, oldest first.
struct LoggedFiring {
    std::string rule;
    std::string subject;
    std::string fired_on;  // business date
    std::string fired_at;  // wall clock
    std::string effect;    // JSON: from, to, amount
};
std::vector<LoggedFiring> list_rule_firings(db::Connection& conn);

}  // namespace uplift
