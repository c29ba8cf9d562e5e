// Rows a file may hold before it has products or accounts (users added by hand, lookup names
// left by a rolled-back import): the demo reuses them instead of failing on a unique name.
#include <fmt/format.h>

#include "db/connection.h"
#include "db/statement.h"
#include "demo/demo_plan.h"

namespace uplift::demo {

std::int64_t ensure_named(db::Connection& conn, const char* table, std::string_view name) {
    db::Statement find(conn, fmt::format("SELECT id FROM {} WHERE name = ?", table));
    find.bind(1, name);
    if (find.step()) {
        return find.get_int(0);
    }
    db::Statement ins(conn, fmt::format("INSERT INTO {}(name) VALUES(?)", table));
    ins.bind(1, name);
    ins.exec();
    return conn.last_insert_id();
}

std::int64_t ensure_user(db::Connection& conn, const char* name, const char* full_name,
                         const char* role) {
    db::Statement ins(
        conn, "INSERT INTO users(name, full_name) VALUES(?, ?) ON CONFLICT(name) DO NOTHING");
    ins.bind_all(name, full_name);
    ins.exec();
    db::Statement find(conn, "SELECT id FROM users WHERE name = ?");
    find.bind(1, name);
    find.step();
    const std::int64_t id = find.get_int(0);
    db::Statement grant(conn, "INSERT OR IGNORE INTO user_roles(user_id, role) VALUES(?, ?)");
    grant.bind_all(id, role);
    grant.exec();
    return id;
}

// One user per business role, so that every role's view of the demo can be tried.
DemoUsers create_role_users(db::Connection& conn) {
    DemoUsers u;
    u.bm = ensure_user(conn, "bm1", "Clara Brandt", "BM");
    u.kam = ensure_user(conn, "kam1", "Marco Ferri", "KAM");
    u.sm = ensure_user(conn, "sm1", "Sofia Lind", "SM");
    u.fin = ensure_user(conn, "fin1", "Pieter de Vries", "FIN");
    return u;
}

}  // namespace uplift::demo
