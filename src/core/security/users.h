#pragma once
// Users and their roles (SPEC §1). Managing users needs the right users.manage (Admin).
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {

struct User {
    std::int64_t id = 0;
    std::string name;
    std::string full_name;
    std::set<Role> roles;
    bool active = true;
};

std::vector<User> list_users(db::Connection& conn);
// Adds a user, or gives an existing one these roles (audited). Runs in its own transaction
// unless the caller holds one (pass in_transaction = true).
std::int64_t add_user(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                      const std::set<Role>& roles, const std::string& full_name = {});
// The id of the user called `name`, creating them with the REP role when unknown (accounts
// import: "a rep code not yet known becomes a user with the REP role"). No own transaction.
std::int64_t ensure_rep_user(db::Connection& conn, const ActionContext& ctx,
                             const std::string& name);

}  // namespace uplift
