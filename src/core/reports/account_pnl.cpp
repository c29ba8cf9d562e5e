#include "reports/account_pnl.h"

#include <algorithm>
#include <set>

#include "db/statement.h"
#include "masterdata/accounts.h"
#include "pricing/price_book.h"
#include "promotions/post_event.h"
#include "promotions/promotion_store.h"

namespace uplift {

std::vector<std::string> key_accounts_of(db::Connection& conn, std::int64_t user_id, bool all) {
    db::Statement s(conn, all ? "SELECT id FROM accounts WHERE ?1 IS NOT NULL"
                              : "SELECT id FROM accounts WHERE kam_id = ?1");
    s.bind(1, user_id);
    std::set<std::int64_t> ids;
    std::vector<std::int64_t> roots;
    while (s.step()) {
        roots.push_back(s.get_int(0));
    }
    for (const std::int64_t id : roots) {
        for (const std::int64_t sub : account_subtree(conn, id)) {
            ids.insert(sub);
        }
    }
    std::vector<std::string> out;
    db::Statement code(conn, "SELECT code FROM accounts WHERE id = ?");
    for (const std::int64_t id : ids) {
        code.reset();
        code.bind(1, id);
        if (code.step()) {
            out.push_back(code.get_text(0));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

AccountPnlSource load_account_pnl(db::Connection& conn, const std::vector<std::string>& accounts,
                                  const Period& range, Date today) {
    AccountPnlSource out;
    const std::set<std::string> wanted(accounts.begin(), accounts.end());
    const PriceBook prices(conn);
    // Sell-in rows of one account at a time: the actuals key starts with the account.
    db::Statement rows(conn,
                       "SELECT a.account_id, a.product_id, a.week, a.units, a.gross_amount FROM "
                       "actuals a JOIN accounts ac ON ac.id = a.account_id WHERE ac.code = ? AND "
                       "a.kind = 0 AND a.week BETWEEN ? AND ?");
    const std::int64_t first = monday_of(range.first) < day_number(range.first)
                                   ? monday_of(range.first) + kWeek
                                   : monday_of(range.first);
    for (const std::string& code : accounts) {
        rows.reset();
        rows.bind_all(code, first, day_number(range.last));
        while (rows.step()) {
            const std::int64_t monday = rows.get_int(2);
            const UnitPrice p =
                prices.on(rows.get_int(0), rows.get_int(1), from_day_number(monday));
            AccountPnlSource::Week& w = out.weeks[monday];
            w.gross += rows.get_int(4);
            w.cost += Exact::whole(rows.get_int(3) * p.unit_cost);
        }
    }
    std::vector<Promotion> chosen;
    for (Promotion& p : load_promotions(conn)) {
        if (wanted.contains(p.account) && p.instore.overlaps(range)) {
            chosen.push_back(std::move(p));
        }
    }
    for (const PromotionRoi& r : post_event_analysis(conn, chosen, today)) {
        out.promotions.push_back({r.code, r.instore, r.total.spend});
    }
    return out;
}

AccountPnl account_pnl(const AccountPnlSource& source, const Period& period) {
    AccountPnl out;
    for (auto it = source.weeks.lower_bound(day_number(period.first));
         it != source.weeks.end() && it->first <= day_number(period.last); ++it) {
        out.gross += it->second.gross;
        out.cost += it->second.cost;
    }
    for (const AccountPnlSource::Spend& s : source.promotions) {
        if (s.instore.overlaps(period)) {
            out.spend += s.spend;
            ++out.promotions;
        }
    }
    return out;
}

}  // namespace uplift
