#pragma once
// Roles of SPEC §1 and the rights they hold. Admin holds every right.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace uplift {

enum class Role { Admin, BrandManager, KeyAccountManager, SalesManager, SalesRep, Finance };

// "ADMIN", "BM", "KAM", "SM", "REP", "FIN" (case-insensitive on input).
std::optional<Role> parse_role(std::string_view text);
std::string role_code(Role r);
std::string role_title(Role r);  // "Brand manager"
std::vector<Role> all_roles();

// Rights are stable strings so Admin can re-assign them to roles as data (role_rights).
namespace rights {
inline constexpr std::string_view kManageUsers = "users.manage";
inline constexpr std::string_view kEditMasterData = "masterdata.edit";
inline constexpr std::string_view kEditSettings = "settings.edit";
// Import of a kind: "import.products", "import.actuals", ...; rolling a batch back needs the
// same right as importing it.
std::string import_right(std::string_view kind);
}  // namespace rights

}  // namespace uplift
