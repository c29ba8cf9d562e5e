#include "security/roles.h"

#include <algorithm>
#include <cctype>

namespace uplift {

namespace {
struct RoleName {
    Role role;
    const char* code;
    const char* title;
};
constexpr RoleName kRoles[] = {
    {Role::Admin, "ADMIN", "Administrator"},
    {Role::BrandManager, "BM", "Brand manager"},
    {Role::KeyAccountManager, "KAM", "Key-account manager"},
    {Role::SalesManager, "SM", "Sales manager"},
    {Role::SalesRep, "REP", "Sales rep"},
    {Role::Finance, "FIN", "Finance"},
};
}  // namespace

std::optional<Role> parse_role(std::string_view text) {
    std::string upper(text);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (const auto& r : kRoles) {
        if (upper == r.code) {
            return r.role;
        }
    }
    return std::nullopt;
}

std::string role_code(Role r) {
    for (const auto& x : kRoles) {
        if (x.role == r) {
            return x.code;
        }
    }
    return "?";
}

std::string role_title(Role r) {
    for (const auto& x : kRoles) {
        if (x.role == r) {
            return x.title;
        }
    }
    return "?";
}

std::vector<Role> all_roles() {
    std::vector<Role> out;
    for (const auto& r : kRoles) {
        out.push_back(r.role);
    }
    return out;
}

std::string rights::import_right(std::string_view kind) { return "import." + std::string(kind); }

}  // namespace uplift
