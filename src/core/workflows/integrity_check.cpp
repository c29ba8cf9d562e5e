#include "workflows/integrity_check.h"

#include <fmt/format.h>

#include "actuals/actuals_summary.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "discounts/condition.h"
#include "errors.h"
#include "pricing/prices.h"
#include "security/audit.h"

namespace uplift {

namespace {

// Runs a query whose rows each describe one problem (a single text column).
void collect(db::Connection& conn, const char* sql, std::vector<std::string>& out) {
    db::Statement s(conn, sql);
    while (s.step()) {
        out.push_back(s.get_text(0));
    }
}

}  // namespace

std::vector<std::string> check_integrity(db::Connection& conn) {
    std::vector<std::string> out;
    {
        db::Statement s(conn, "PRAGMA integrity_check");
        while (s.step()) {
            if (s.get_text_view(0) != "ok") {
                out.push_back("integrity_check: " + s.get_text(0));
            }
        }
    }
    {
        db::Statement s(conn, "PRAGMA foreign_key_check");
        while (s.step()) {
            out.push_back(fmt::format("foreign key: a row of {} points to a missing {} row",
                                      s.get_text(0), s.get_text(2)));
        }
    }
    for (const auto& o : find_price_overlaps(conn)) {
        out.push_back(fmt::format("prices: two rows of sku {}{} overlap (#{} and #{})", o.sku,
                                  o.account.empty() ? "" : " for " + o.account, o.first_id,
                                  o.second_id));
    }
    collect(conn,
            "WITH RECURSIVE up(start, id, depth) AS ("
            " SELECT id, parent_id, 1 FROM accounts WHERE parent_id IS NOT NULL"
            " UNION ALL SELECT up.start, a.parent_id, up.depth + 1 FROM up"
            " JOIN accounts a ON a.id = up.id WHERE a.parent_id IS NOT NULL AND up.depth < 1000"
            " AND up.id <> up.start) "
            "SELECT DISTINCT 'accounts: ' || a.code || ' is its own ancestor' FROM up "
            "JOIN accounts a ON a.id = up.start WHERE up.id = up.start",
            out);
    collect(conn,
            "SELECT 'actuals: a row points to batch ' || batch_id || ', which was rolled back' "
            "FROM (SELECT DISTINCT x.batch_id FROM actuals x JOIN import_batches b "
            "ON b.id = x.batch_id WHERE b.rolled_back_at IS NOT NULL)",
            out);
    collect(conn,
            "SELECT 'actuals: ' || count(*) || ' rows have negative units or amounts' "
            "FROM actuals WHERE units < 0 OR gross_amount < 0 OR discount_amount < 0 "
            "HAVING count(*) > 0",
            out);
    collect(conn,
            "SELECT 'actuals: ' || count(*) || ' rows are not on a Monday' FROM actuals "
            "WHERE (week + 3) % 7 <> 0 HAVING count(*) > 0",
            out);
    if (actuals_summary_current(conn)) {
        if (const std::int64_t n = actuals_summary_mismatches(conn); n > 0) {
            out.push_back(fmt::format(
                "actuals summary: {} weekly sums differ from the detail rows (rebuild with "
                "`uplift-cli check --repair`)",
                n));
        }
    }
    // Entry refuses two exclusive conditions on one account × sku × day, but accounts and skus
    // added or moved later can make two of them meet; the entitlement then counts the larger.
    for (const auto& c : list_conditions(conn)) {
        if (const auto clash =
                c.exclusive ? find_exclusive_clash(conn, c.to_input(), c.id) : std::nullopt) {
            out.push_back(fmt::format("discount conditions: '{}' {}", c.name, clash->message()));
        }
    }
    collect(conn,
            "SELECT 'discount requests: request ' || r.id || ' is approved but became neither a "
            "condition nor a promotion tactic' FROM discount_requests r WHERE r.status = "
            "'approved' AND NOT EXISTS (SELECT 1 FROM discount_conditions d WHERE d.request_id = "
            "r.id) AND NOT EXISTS (SELECT 1 FROM tactics t WHERE t.label = 'REQ-' || r.id) AND "
            "NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'discount condition' AND "
            "a.entity_key = 'REQ-' || r.id AND a.action = 'delete')",
            out);
    collect(conn,
            "SELECT 'users: ' || name || ' has no role' FROM users u WHERE NOT EXISTS "
            "(SELECT 1 FROM user_roles r WHERE r.user_id = u.id)",
            out);
    collect(conn,
            "SELECT 'settings: ' || k || ' is missing' FROM (SELECT 'database_id' AS k "
            "UNION ALL SELECT 'currency') WHERE k NOT IN (SELECT key FROM settings)",
            out);
    return out;
}

void repair_actuals_summary(db::Connection& conn, const ActionContext& ctx) {
    if (!ctx.is_admin()) {
        throw PermissionDenied(
            fmt::format("user '{}' may not repair the file (needs the Admin role)", ctx.user_name));
    }
    db::Transaction tx(conn);
    rebuild_actuals_summary(conn);
    write_audit(conn, ctx,
                {"repair", "actuals_summary", "", std::nullopt, "rebuilt", "", std::nullopt});
    tx.commit();
}

}  // namespace uplift
