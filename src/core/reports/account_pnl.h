#pragma once
// A key-account manager's P&L of their accounts over a period (docs/formulas.md "Account
// P&L"): gross sales and cost of goods from the sell-in actuals of the weeks whose Monday lies in
// the period (cost at the effective unit cost on that Monday), trade spend as the ROI report
// counts it for the same accounts and dates (the post-event spend of the promotions whose
// in-store period overlaps the period), net sales = gross − trade spend, margin = net − cost.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "money/exact.h"

namespace uplift {
namespace db {
class Connection;
}

struct AccountPnl {
    std::int64_t gross = 0;  // cents
    Exact cost;              // cents
    Exact spend;             // cents
    std::size_t promotions = 0;
    Exact net() const { return Exact::whole(gross) - spend; }
    Exact margin() const { return net() - cost; }
};

// What the P&L of any period inside `range` needs, read once.
struct AccountPnlSource {
    struct Week {
        std::int64_t gross = 0;
        Exact cost;
    };
    std::map<std::int64_t, Week> weeks;  // by Monday's day number
    struct Spend {
        std::string promotion;
        Period instore;
        Exact spend;
    };
    std::vector<Spend> promotions;
};

// The accounts a key-account manager looks after (kam), with the accounts below them; every
// account for an administrator (`all`). Codes, sorted.
std::vector<std::string> key_accounts_of(db::Connection& conn, std::int64_t user_id, bool all);

AccountPnlSource load_account_pnl(db::Connection& conn, const std::vector<std::string>& accounts,
                                  const Period& range, Date today);
AccountPnl account_pnl(const AccountPnlSource& source, const Period& period);

}  // namespace uplift
