#pragma once
// `uplift-cli check`: SQLite's own checks plus Uplift's invariants.
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {
namespace db {
class Connection;
}

// Every problem found, as one sentence each; empty when the file is sound.
std::vector<std::string> check_integrity(db::Connection& conn);

// Rebuilds the actuals summary from the detail rows (it is derived data, so nothing a user
// entered can be lost). Needs the Admin role; one transaction, audited.
void repair_actuals_summary(db::Connection& conn, const ActionContext& ctx);

}  // namespace uplift
