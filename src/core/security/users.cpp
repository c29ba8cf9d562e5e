#include "security/users.h"

#include <fmt/format.h>

#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "security/audit.h"

namespace uplift {

namespace {

std::string roles_text(const std::set<Role>& roles) {
    std::string out;
    for (const Role r : roles) {
        out += (out.empty() ? "" : ",") + role_code(r);
    }
    return out;
}

void validate_user_name(const std::string& name) {
    if (name.empty() || name.size() > 64) {
        throw UserError("a user name must have 1 to 64 characters");
    }
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x21 || c == ',' || c == '"' || c == 0x7f) {
            throw UserError(fmt::format("user name '{}' may not contain spaces, commas, quotes "
                                        "or control characters",
                                        name));
        }
    }
}

std::int64_t insert_user(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                         const std::set<Role>& roles, const std::string& full_name) {
    validate_user_name(name);
    db::Statement find(conn, "SELECT id FROM users WHERE name = ?");
    find.bind(1, name);
    std::int64_t id = 0;
    std::set<Role> before;
    if (find.step()) {
        id = find.get_int(0);
        db::Statement r(conn, "SELECT role FROM user_roles WHERE user_id = ?");
        r.bind(1, id);
        while (r.step()) {
            if (auto role = parse_role(r.get_text_view(0))) {
                before.insert(*role);
            }
        }
    } else {
        db::Statement ins(conn, "INSERT INTO users(name, full_name) VALUES(?, ?)");
        ins.bind_all(name, full_name);
        ins.exec();
        id = conn.last_insert_id();
    }
    db::Statement add(conn, "INSERT OR IGNORE INTO user_roles(user_id, role) VALUES(?, ?)");
    for (const Role r : roles) {
        add.reset();
        add.bind_all(id, role_code(r));
        add.exec();
    }
    std::set<Role> after = before;
    after.insert(roles.begin(), roles.end());
    if (after != before) {
        write_audit(conn, ctx,
                    {before.empty() ? "create" : "update", "user", name,
                     before.empty() ? std::nullopt : std::optional(roles_text(before)),
                     roles_text(after), "", std::nullopt});
    }
    return id;
}

}  // namespace

std::vector<User> list_users(db::Connection& conn) {
    db::Statement s(conn, "SELECT id, name, full_name, active FROM users ORDER BY name");
    std::vector<User> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_text(1), s.get_text(2), {}, s.get_int(3) != 0});
    }
    db::Statement r(conn, "SELECT role FROM user_roles WHERE user_id = ?");
    for (auto& u : out) {
        r.reset();
        r.bind(1, u.id);
        while (r.step()) {
            if (auto role = parse_role(r.get_text_view(0))) {
                u.roles.insert(*role);
            }
        }
    }
    return out;
}

std::int64_t add_user(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                      const std::set<Role>& roles, const std::string& full_name) {
    require_right(conn, ctx, rights::kManageUsers, "manage users");
    if (roles.empty()) {
        throw UserError("a user needs at least one role");
    }
    db::Transaction tx(conn);
    const std::int64_t id = insert_user(conn, ctx, name, roles, full_name);
    tx.commit();
    return id;
}

std::int64_t ensure_rep_user(db::Connection& conn, const ActionContext& ctx,
                             const std::string& name) {
    db::Statement find(conn, "SELECT id FROM users WHERE name = ?");
    find.bind(1, name);
    if (find.step()) {
        return find.get_int(0);
    }
    return insert_user(conn, ctx, name, {Role::SalesRep}, {});
}

}  // namespace uplift
