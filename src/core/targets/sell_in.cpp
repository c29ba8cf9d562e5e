#include "targets/sell_in.h"

#include "db/statement.h"

namespace uplift {

void for_each_weekly_sell_in(db::Connection& conn, Date from, Date to,
                             std::optional<std::int64_t> account_id,
                             const std::function<void(const WeeklySellIn&)>& row) {
    // Two texts rather than "?1 IS NULL OR account_id = ?1": that OR keeps SQLite from using
    // the primary key's account prefix, and one account's weeks would scan every row.
    db::Statement s(conn, account_id
                              ? "SELECT x.account_id, p.brand_id, x.week, sum(x.units), "
                                "sum(x.gross_amount) FROM actuals x JOIN products p ON "
                                "p.id = x.product_id WHERE x.account_id = ?3 AND x.kind = 0 AND "
                                "x.week BETWEEN ?1 AND ?2 GROUP BY p.brand_id, x.week"
                              : "SELECT x.account_id, p.brand_id, x.week, sum(x.units), "
                                "sum(x.gross_amount) FROM actuals x JOIN products p ON "
                                "p.id = x.product_id WHERE x.kind = 0 AND x.week BETWEEN ?1 AND "
                                "?2 GROUP BY x.account_id, p.brand_id, x.week");
    s.bind_all(day_number(from), day_number(to));
    if (account_id) {
        s.bind(3, *account_id);
    }
    while (s.step()) {
        row({s.get_int(0), s.get_int(1), s.get_int(2), s.get_int(3), s.get_int(4)});
    }
}

}  // namespace uplift
