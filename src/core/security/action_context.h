#pragma once
// Who acts, and when. Every mutating core call takes one; the core never reads the clock.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "calendar/calendar.h"
#include "security/roles.h"

namespace uplift {
namespace db {
class Connection;
}

struct ActionContext {
    std::int64_t user_id = 0;
    std::string user_name;
    std::set<Role> roles;
    Date today;       // the business date ("--today")
    std::string now;  // wall-clock timestamp for the audit log, ISO 8601, from the edge

    bool has_role(Role r) const { return roles.contains(r); }
    bool is_admin() const { return has_role(Role::Admin); }
};

// Loads the user by name; throws UserError for an unknown or inactive user.
ActionContext load_actor(db::Connection& conn, std::string_view user_name, Date today,
                         std::string now);

// True when one of the actor's roles holds the right (Admin holds all).
bool has_right(db::Connection& conn, const ActionContext& ctx, std::string_view right);
// Throws PermissionDenied naming the user and the action.
void require_right(db::Connection& conn, const ActionContext& ctx, std::string_view right,
                   std::string_view action_description);

}  // namespace uplift
