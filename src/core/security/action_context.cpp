#include "security/action_context.h"

#include <fmt/format.h>

#include "db/statement.h"
#include "errors.h"

namespace uplift {

ActionContext load_actor(db::Connection& conn, std::string_view user_name, Date today,
                         std::string now) {
    db::Statement s(conn, "SELECT id, active FROM users WHERE name = ?");
    s.bind(1, user_name);
    if (!s.step()) {
        throw UserError(fmt::format("unknown user '{}'", user_name));
    }
    if (s.get_int(1) == 0) {
        throw UserError(fmt::format("user '{}' is inactive", user_name));
    }
    ActionContext ctx;
    ctx.user_id = s.get_int(0);
    ctx.user_name = std::string(user_name);
    ctx.today = today;
    ctx.now = std::move(now);
    db::Statement r(conn, "SELECT role FROM user_roles WHERE user_id = ?");
    r.bind(1, ctx.user_id);
    while (r.step()) {
        if (auto role = parse_role(r.get_text_view(0))) {
            ctx.roles.insert(*role);
        }
    }
    return ctx;
}

bool has_right(db::Connection& conn, const ActionContext& ctx, std::string_view right) {
    if (ctx.is_admin()) {
        return true;
    }
    db::Statement s(conn, "SELECT 1 FROM role_rights WHERE role = ? AND right_name = ?");
    for (const Role r : ctx.roles) {
        s.reset();
        s.bind_all(role_code(r), right);
        if (s.step()) {
            return true;
        }
    }
    return false;
}

void require_right(db::Connection& conn, const ActionContext& ctx, std::string_view right,
                   std::string_view action_description) {
    if (!has_right(conn, ctx, right)) {
        throw PermissionDenied(fmt::format("user '{}' may not {} (needs the right '{}')",
                                           ctx.user_name, action_description, right));
    }
}

}  // namespace uplift
