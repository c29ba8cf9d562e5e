#pragma once
// Sales targets per (period, account, brand) in units and value (SPEC §6): the current value of
// each key, its append-only history, and who may write which key.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {

struct TargetKey {
    std::string period;  // "YYYY-MM" or "YYYY-Qn", as normalised by normalise_target_period
    std::int64_t account_id = 0;
    std::int64_t brand_id = 0;
    auto operator<=>(const TargetKey&) const = default;
};

struct Target {
    std::string period;
    std::string account;  // code
    std::string brand;    // name
    std::int64_t units = 0;
    std::int64_t value = 0;  // cents
    bool operator==(const Target&) const = default;
};

// The canonical spelling of a target period ("2025-3" is refused; "2025-q1" becomes
// "2025-Q1"); throws UserError naming the text.
std::string normalise_target_period(std::string_view text);

// Resolves account code and brand name; throws UserError naming the unknown one.
TargetKey target_key(db::Connection& conn, const std::string& period, const std::string& account,
                     const std::string& brand);

// Throws PermissionDenied unless the actor may write this account's targets: targets.edit
// (SM, Admin), or targets.edit_own for an account whose rep the actor is, in a rep file only
// (settings rep_export_id set).
void require_target_right(db::Connection& conn, const ActionContext& ctx, std::int64_t account_id,
                          std::string_view action);

// Writes a target and its history row (no transaction of its own; the caller's action is one
// transaction). Returns false and writes nothing when the key holds these values already.
// `source`: set, import, topdown, rep, accept, reject, edit, rollback.
bool write_target(db::Connection& conn, const ActionContext& ctx, const TargetKey& key,
                  std::int64_t units, std::int64_t value, std::string_view source,
                  std::optional<std::int64_t> batch_id = std::nullopt, std::string_view note = "");

// `target set`: one key, own transaction, audited. Negative values are refused.
void set_target(db::Connection& conn, const ActionContext& ctx, const std::string& period,
                const std::string& account, const std::string& brand, std::int64_t units,
                std::int64_t value);

struct TargetFilter {
    std::optional<std::string> period;  // one period
    std::optional<std::string> rep;     // the accounts whose rep this user is
};
// (period, account, brand) targets only, ordered by period, account code, brand name.
std::vector<Target> list_targets(db::Connection& conn, const TargetFilter& filter = {});

std::optional<Target> find_target(db::Connection& conn, const TargetKey& key);

// Rolls a targets import back: every key the batch wrote gets the value it had before (or is
// removed when it had none), unless a later change wrote it since (refused, naming it).
void rollback_target_batch(db::Connection& conn, const ActionContext& ctx, std::int64_t batch_id);

}  // namespace uplift
