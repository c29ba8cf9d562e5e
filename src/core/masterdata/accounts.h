#pragma once
// Accounts (trade partners) with channel, region, key-account hierarchy and rep (SPEC §2).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {

struct Account {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string channel;
    std::string region;
    std::string parent_code;  // empty: top of the hierarchy
    std::string rep;          // user name of the assigned rep; empty: none
    bool operator==(const Account&) const = default;
};

std::vector<Account> list_accounts(db::Connection& conn);
std::optional<Account> find_account(db::Connection& conn, const std::string& code);
std::vector<std::string> list_channels(db::Connection& conn);
std::vector<std::string> list_regions(db::Connection& conn);
// The account and every account below it in the hierarchy (ids).
std::vector<std::int64_t> account_subtree(db::Connection& conn, std::int64_t account_id);

// Changes one existing account (by id): name, channel, region, parent, rep. Channels and
// regions are created when new; the parent must exist and must not create a cycle; an
// unknown rep becomes a user with the REP role. Own transaction, audited. Needs masterdata.edit.
bool update_account(db::Connection& conn, const ActionContext& ctx, const Account& changed);

// Id of a channel/region by name, created when new (no transaction of its own).
std::int64_t ensure_channel(db::Connection& conn, const std::string& name);
std::int64_t ensure_region(db::Connection& conn, const std::string& name);

}  // namespace uplift
