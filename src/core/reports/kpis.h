#pragma once
// The dashboard's tiles (SCREENS.md "Dashboard (per role)"): a few headline figures per role,
// each computed by the core's reports and printed once, money with 2 decimals from exact
// figures. Finance: budget vs actual, open claims, unjustified discounts this month, discount
// requests waiting for finance. Sales manager: requests and promotions waiting for approval.
// Key-account manager: own pending requests, active promotions. Brand manager: ROI and trade
// spend of the promotions that ended in the last 12 months. Admin sees every tile.
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {
namespace db {
class Connection;
}

struct Kpi {
    std::string key;     // stable: "fin.utilisation", "sm.requests", ...
    std::string title;   // "Fund utilisation"
    std::string value;   // as printed: "42.5 %", "3", "1234.56"
    std::string detail;  // one line under the value
    // The Reports section's report behind the tile: "budget-vs-actual",
    // "unjustified-discounts", "discounts", "roi"; empty when none.
    std::string report;
    // The figures in `detail`, in order, as printed (a translated detail is built from them).
    std::vector<std::string> figures;
};

// The tiles for the actor's roles, in role order FIN, SM, KAM, BM (Admin: all), as of
// ctx.today. Reads only.
std::vector<Kpi> role_kpis(db::Connection& conn, const ActionContext& ctx);

}  // namespace uplift
