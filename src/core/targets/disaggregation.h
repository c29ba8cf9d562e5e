#pragma once
// Top-down disaggregation of an HQ target (SPEC §6): the total of a period is split over the
// divisions (regions), the reps or the (account, brand) pairs in proportion to a basis period's
// sell-in — units by units, value by gross sales, each with its own largest remainder — so the
// children always sum exactly to the total and each is within one unit of its exact share.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {

enum class TargetLevel { Division, Rep, Account };
std::optional<TargetLevel> parse_target_level(std::string_view text);
std::string target_level_name(TargetLevel level);

// Where the proportions came from: the same period last year; else the three months before the
// period; else an equal split (every child weighs the same). The fallback applies to the whole
// split, only when no child has sales in the basis.
enum class TargetBasis { LastYear, LastThreeMonths, Equal };
std::string target_basis_name(TargetBasis basis);

// Splits `total` over children with these basis weights by largest remainder (ties to the
// earlier child); all-zero weights split equally. The pure rule behind disaggregate.
std::vector<std::int64_t> split_target(std::int64_t total, std::span<const std::int64_t> weights);

struct TargetLock {
    std::string account;  // code
    std::string brand;    // name
};

struct DisaggregationRequest {
    std::string period;
    std::int64_t units = 0;
    std::int64_t value = 0;  // cents
    TargetLevel level = TargetLevel::Account;
    std::vector<TargetLock> locks;  // (account, brand) keys that keep their current target
};

struct TargetShare {
    std::string division;  // region name
    std::string rep;       // the rep's user name, "" for accounts without a rep
    std::string account;   // code; "" above the account level
    std::string brand;     // name; "" above the account level
    std::int64_t units = 0;
    std::int64_t value = 0;
    bool locked = false;
    bool operator==(const TargetShare&) const = default;
};

struct Disaggregation {
    std::string period;
    TargetBasis basis = TargetBasis::Equal;
    std::string basis_from, basis_to;  // ISO dates of the basis period ("" for equal)
    TargetLevel level = TargetLevel::Account;
    // The children at the requested level, ordered (division; division, rep; or account code,
    // brand): their units and value sum exactly to the request's.
    std::vector<TargetShare> shares;
    std::int64_t changed = 0;  // targets the save writes (account level)
};

// What the split gives, reading only. Throws UserError for an unknown lock, locks above the
// total, a level of division or rep with locks, or a file with no accounts or brands.
Disaggregation plan_disaggregation(db::Connection& conn, const DisaggregationRequest& request);

// Plans and, unless `dry_run`, saves in one transaction: the totals (HQ and the requested level
// and those above it) in target_totals; at the account level every pair whose target changes is
// written (history source "topdown") and becomes that key's top-down version; a pair without a
// target that gets 0 is not written. Needs targets.disaggregate; audited.
Disaggregation disaggregate(db::Connection& conn, const ActionContext& ctx,
                            const DisaggregationRequest& request, bool dry_run);

}  // namespace uplift
