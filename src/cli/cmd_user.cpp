// user add / user list.
#include <fmt/format.h>

#include <ostream>
#include <sstream>

#include "command.h"
#include "errors.h"
#include "io/csv_writer.h"
#include "security/users.h"

namespace uplift::cli {

namespace {

std::set<Role> parse_roles(const std::string& text) {
    std::set<Role> roles;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        const auto r = parse_role(item);
        if (!r) {
            throw UsageError(fmt::format("unknown role '{}' (ADMIN, BM, KAM, SM, REP, FIN)", item));
        }
        roles.insert(*r);
    }
    if (roles.empty()) {
        throw UsageError("--role needs at least one role");
    }
    return roles;
}

int run_user(CommandContext& c) {
    const std::string& sub = c.positional(0, "add or list");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (sub == "list") {
        c.out << "name,roles,active\n";
        for (const auto& u : list_users(conn)) {
            std::string roles;
            for (const Role r : u.roles) {
                roles += (roles.empty() ? "" : ",") + role_code(r);
            }
            write_csv_row(c.out, {u.name, roles, u.active ? "1" : "0"});
        }
        return 0;
    }
    if (sub == "add") {
        const std::string& name = c.positional(1, "NAME");
        const auto role = c.args.get("--role");
        if (!role) {
            throw UsageError("user add needs --role ROLE[,ROLE]");
        }
        add_user(conn, actor, name, parse_roles(*role), c.args.get("--name").value_or(""));
        c.out << fmt::format("user {} has roles {}\n", name, *role);
        return 0;
    }
    throw UsageError(fmt::format("unknown user command '{}' (add, list)", sub));
}

}  // namespace

void add_user_commands(std::vector<Command>& out) {
    out.push_back({"user",
                   "user add NAME --role ROLE[,ROLE] | list",
                   "manage users and roles",
                   "Roles: ADMIN, BM (brand manager), KAM (key-account manager), SM (sales "
                   "manager),\nREP (sales rep), FIN (finance). Adding roles to an existing user "
                   "keeps the old ones.",
                   {{"--role", true, "ROLES  comma-separated roles"},
                    {"--name", true, "TEXT  the user's full name"}},
                   run_user});
}

}  // namespace uplift::cli
