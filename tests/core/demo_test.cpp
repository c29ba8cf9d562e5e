#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <string>

#include "analytics/budget_vs_actual.h"
#include "analytics/unjustified_discounts.h"
#include "calendar/calendar.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "demo/demo_data.h"
#include "errors.h"
#include "funds/claims.h"
#include "funds/commitments.h"
#include "funds/fund.h"
#include "funds/ledger.h"
#include "promotions/post_event.h"
#include "promotions/promotion_store.h"
#include "security/action_context.h"

using namespace uplift;

namespace {

const Date kToday(2025, 6, 2);
const char* const kNow = "2025-06-02T09:00:00Z";

struct DemoFile {
    db::Connection conn;
    DemoSummary summary;
};

DemoFile build(std::uint64_t seed, double scale = 0.01) {
    DemoFile f{db::create_memory(), {}};
    const ActionContext admin = load_actor(f.conn, "admin", kToday, kNow);
    f.summary = build_demo(f.conn, admin, {scale, seed});
    return f;
}

std::int64_t count(db::Connection& conn, const char* sql) {
    return db::query_int(conn, sql);
}

// The whole result of a query as text, for comparing two files.
std::string dump(db::Connection& conn, const char* sql) {
    db::Statement s(conn, sql);
    std::string out;
    while (s.step()) {
        for (int c = 0; c < s.column_count(); ++c) {
            out += s.is_null(c) ? std::string("NULL") : s.get_text(c);
            out += '|';
        }
        out += '\n';
    }
    return out;
}

// The day of the demo week's Monday, as ISO text.
std::string week_iso(int week) {
    return to_iso(from_day_number(day_number(kDemoFirstMonday) + 7 * std::int64_t{week}));
}

// Each promotion line with its account, in-store days (as actuals store weeks) and depth.
const char* const kLineWeeks =
    "WITH pl AS (SELECT p.id, p.status, p.account_id, l.product_id, "
    "CAST(julianday(p.instore_from) - 2440587.5 AS INTEGER) AS d0, "
    "CAST(julianday(p.instore_to) - 2440587.5 AS INTEGER) AS d1, "
    "(SELECT tt.value FROM tactics t JOIN tactic_terms tt ON tt.tactic_id = t.id "
    " WHERE t.scenario_id = p.scenario_id AND t.kind = 'discount_pct') AS depth, "
    "p.status NOT IN ('cancelled', 'rejected') AS ran "
    "FROM promotions p JOIN promotion_lines l ON l.promotion_id = p.id) ";

std::int64_t count_lines(db::Connection& conn, const std::string& rest) {
    return db::query_int(conn, std::string(kLineWeeks) + rest);
}

}  // namespace

TEST_CASE("demo data has the promised shape", "[demo]") {
    std::int64_t last_done = -1;
    std::int64_t last_total = -1;
    db::Connection conn = db::create_memory();
    const ActionContext admin = load_actor(conn, "admin", kToday, kNow);
    const DemoSummary s =
        build_demo(conn, admin, {0.01, 7}, [&](std::int64_t done, std::int64_t total) {
            CHECK(done <= total);
            CHECK(done >= last_done);
            last_done = done;
            last_total = total;
        });

    CHECK(count(conn, "SELECT count(*) FROM products") == 500);
    CHECK(count(conn, "SELECT count(*) FROM brands") == 25);
    CHECK(count(conn, "SELECT count(*) FROM categories") == 5);
    CHECK(count(conn, "SELECT count(*) FROM channels") == 4);
    CHECK(count(conn, "SELECT count(*) FROM regions") == 10);
    CHECK(count(conn, "SELECT count(*) FROM accounts") == 10);
    CHECK(s.products == 500);
    CHECK(s.accounts == 10);
    CHECK(s.brands == 25);
    CHECK(s.categories == 5);
    // 20 skus per brand, 5 brands per category.
    CHECK(count(conn,
                "SELECT count(*) FROM (SELECT brand_id FROM products GROUP BY brand_id "
                "HAVING count(*) = 20)") == 25);
    CHECK(count(conn,
                "SELECT count(*) FROM (SELECT category_id FROM brands GROUP BY "
                "category_id HAVING count(*) = 5)") == 5);

    SECTION("accounts form a key-account hierarchy and every one has a rep") {
        CHECK(count(conn, "SELECT count(*) FROM accounts WHERE rep_id IS NULL") == 0);
        CHECK(count(conn, "SELECT count(*) FROM accounts WHERE parent_id IS NOT NULL") > 0);
        // chain -> banner -> store: some account's parent has a parent itself
        CHECK(count(conn,
                    "SELECT count(*) FROM accounts a JOIN accounts p ON p.id = a.parent_id "
                    "WHERE p.parent_id IS NOT NULL") > 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM accounts WHERE code NOT GLOB 'A[0-9][0-9][0-9][0-9]'") ==
              0);
        const std::int64_t reps = count(conn, "SELECT count(DISTINCT rep_id) FROM accounts");
        CHECK(reps == s.reps);
        CHECK(count(conn,
                    "SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                    "WHERE r.role = 'REP' AND u.name GLOB 'rep[0-9][0-9]'") == reps);
        CHECK(count(conn,
                    "SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                    "WHERE (u.name, r.role) IN (VALUES ('bm1', 'BM'), ('kam1', 'KAM'), "
                    "('sm1', 'SM'), ('fin1', 'FIN'))") == 4);
    }

    SECTION("prices are plausible, never overlap, and the product carries the latest") {
        CHECK(count(conn, "SELECT count(*) FROM prices") == s.price_rows);
        CHECK(count(conn, "SELECT count(*) FROM prices WHERE account_id IS NULL") == 1000);
        CHECK(count(conn, "SELECT count(*) FROM prices WHERE account_id IS NOT NULL") > 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM prices a JOIN prices b ON a.product_id = b.product_id "
                    "AND ifnull(a.account_id, 0) = ifnull(b.account_id, 0) AND a.id < b.id "
                    "WHERE ifnull(a.valid_from, '0000') <= ifnull(b.valid_to, '9999') "
                    "AND ifnull(b.valid_from, '0000') <= ifnull(a.valid_to, '9999')") == 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM products p JOIN prices r ON r.product_id = p.id "
                    "AND r.account_id IS NULL AND r.valid_to IS NULL "
                    "WHERE r.list_price <> p.list_price OR r.unit_cost <> p.unit_cost") == 0);
        // Each sku's central price rises 2-6 % once in 2024.
        CHECK(count(conn,
                    "SELECT count(*) FROM prices o JOIN prices n ON n.product_id = "
                    "o.product_id AND n.account_id IS NULL AND n.valid_to IS NULL "
                    "WHERE o.account_id IS NULL AND o.valid_from IS NULL "
                    "AND date(o.valid_to, '+1 day') = n.valid_from "
                    "AND n.valid_from BETWEEN '2024-01-01' AND '2024-12-31' "
                    "AND n.list_price * 100 BETWEEN o.list_price * 101 AND "
                    "o.list_price * 107") == 500);
        CHECK(count(conn,
                    "SELECT count(*) FROM products WHERE list_price < 30 "
                    "OR list_price > 1300 OR unit_cost * 100 < list_price * 40 "
                    "OR unit_cost * 100 > list_price * 75") == 0);
    }

    SECTION("actuals are whole weekly sell-in rows of one batch") {
        const std::int64_t rows = count(conn, "SELECT count(*) FROM actuals");
        CHECK(rows > 0);
        CHECK(rows == s.actual_rows);
        CHECK(last_done == rows);
        CHECK(last_total == rows);
        CHECK(count(conn,
                    "SELECT count(*) FROM actuals WHERE units < 0 OR gross_amount < 0 "
                    "OR discount_amount < 0 OR discount_amount IS NULL OR kind <> 0") == 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM actuals WHERE batch_id <> (SELECT id FROM "
                    "import_batches WHERE file_name = 'demo')") == 0);
        CHECK(count(conn, "SELECT rows_inserted FROM import_batches WHERE kind = 'actuals'") ==
              rows);
        CHECK(count(conn,
                    "SELECT count(*) FROM audit_log WHERE action = 'demo' "
                    "AND entity = 'database'") == 1);

        const std::int64_t first = day_number(kDemoFirstMonday);
        db::Statement weeks(conn, "SELECT DISTINCT week FROM actuals ORDER BY week");
        int n = 0;
        while (weeks.step()) {
            const std::int64_t week = weeks.get_int(0);
            CHECK(from_day_number(week).day_of_week() == boost::date_time::Monday);
            CHECK(week >= first);
            CHECK(week <= first + 7 * std::int64_t{kDemoWeeks - 1});
            ++n;
        }
        CHECK(n == kDemoWeeks);
        // Some weeks carry a discount (promotions' cuts, conditions, the odd slip), most do
        // not; no discount is negative or above 40 % of gross (a 30 % cut, 2 points too deep,
        // a 4 % condition).
        const std::int64_t cut =
            count(conn, "SELECT count(*) FROM actuals WHERE discount_amount > 0");
        CHECK(cut > rows / 400);
        CHECK(cut < rows / 2);
        CHECK(count(conn,
                    "SELECT count(*) FROM actuals WHERE discount_amount * 100 > "
                    "gross_amount * 40 + 50") == 0);
    }

    SECTION("gross is units times the account's effective list price on the Monday") {
        CHECK(count(conn,
                    "SELECT count(*) FROM actuals x WHERE x.gross_amount <> x.units * "
                    "coalesce((SELECT list_price FROM prices r WHERE r.product_id = x.product_id "
                    "AND r.account_id = x.account_id AND date(x.week * 86400, 'unixepoch') "
                    "BETWEEN ifnull(r.valid_from, '0000') AND ifnull(r.valid_to, '9999')), "
                    "(SELECT list_price FROM prices r WHERE r.product_id = x.product_id "
                    "AND r.account_id IS NULL AND date(x.week * 86400, 'unixepoch') "
                    "BETWEEN ifnull(r.valid_from, '0000') AND ifnull(r.valid_to, '9999')))") == 0);
    }

    SECTION("a file that already holds data is refused and left as it was") {
        const std::int64_t rows = count(conn, "SELECT count(*) FROM actuals");
        CHECK_THROWS_AS(build_demo(conn, admin, {0.01, 7}), UserError);
        CHECK(count(conn, "SELECT count(*) FROM actuals") == rows);
        CHECK(count(conn, "SELECT count(*) FROM products") == 500);
        CHECK(count(conn, "SELECT count(*) FROM import_batches") == 1);
        CHECK(count(conn, "SELECT count(*) FROM audit_log WHERE action = 'demo'") == 1);
    }
}

TEST_CASE("demo promotions are in every status and match the actuals", "[demo]") {
    DemoFile f = build(7);
    db::Connection& conn = f.conn;
    const DemoSummary& s = f.summary;

    CHECK(s.promotions == count(conn, "SELECT count(*) FROM promotions"));
    CHECK(s.promotion_lines == count(conn, "SELECT count(*) FROM promotion_lines"));
    CHECK(s.campaigns == count(conn, "SELECT count(*) FROM campaigns"));
    CHECK(s.campaigns > 0);
    CHECK(s.promotion_lines >= s.promotions);
    for (const char* status : {"draft", "planned", "submitted", "approved", "rejected", "settled",
                               "closed", "cancelled"}) {
        INFO(status);
        db::Statement q(conn, "SELECT count(*) FROM promotions WHERE status = ?");
        q.bind(1, status);
        REQUIRE(q.step());
        CHECK(q.get_int(0) > 0);
    }
    // Most promotions ran and are history; a few were rejected or cancelled.
    CHECK(count(conn, "SELECT count(*) FROM promotions WHERE status = 'closed'") * 2 >
          s.promotions);
    CHECK(count(conn, "SELECT count(*) FROM promotions WHERE status IN ('rejected', 'cancelled')") *
              10 <
          s.promotions);

    SECTION("codes, periods, lines and tactics are well formed") {
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions WHERE code NOT GLOB "
                    "'PR[0-9][0-9][0-9][0-9][0-9][0-9]'") == 0);
        // Codes follow the in-store start.
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions a JOIN promotions b ON a.code < b.code "
                    "AND a.instore_from > b.instore_from") == 0);
        // In-store Monday to Sunday for 2-4 weeks; shipping starts 14 days earlier.
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions WHERE strftime('%w', instore_from) <> '1' "
                    "OR strftime('%w', instore_to) <> '0' OR julianday(instore_to) - "
                    "julianday(instore_from) + 1 NOT IN (14, 21, 28) "
                    "OR ship_from <> date(instore_from, '-14 days') OR ship_to <> instore_to") ==
              0);
        // 1-8 lines, skus the account sells.
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions p WHERE (SELECT count(*) FROM "
                    "promotion_lines l WHERE l.promotion_id = p.id) NOT BETWEEN 1 AND 8") == 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM promotion_lines l JOIN promotions p ON "
                    "p.id = l.promotion_id WHERE NOT EXISTS (SELECT 1 FROM actuals x WHERE "
                    "x.account_id = p.account_id AND x.product_id = l.product_id)") == 0);
        // Planned and submitted future promotions carry a volume forecast, the others not.
        CHECK(count(conn,
                    "SELECT count(*) FROM promotion_lines l JOIN promotions p ON "
                    "p.id = l.promotion_id WHERE (l.planned_units IS NOT NULL) <> "
                    "(p.status IN ('planned', 'submitted'))") == 0);
        CHECK(count(conn, "SELECT count(*) FROM promotion_lines WHERE planned_units <= 0") == 0);
        // One chosen scenario with one discount_pct tactic of 10-30 % over the in-store
        // period, on a fund of the demo.
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions p WHERE p.scenario_id IS NULL OR "
                    "(SELECT count(*) FROM scenarios c WHERE c.promotion_id = p.id) <> 1 OR "
                    "(SELECT count(*) FROM tactics t WHERE t.scenario_id = p.scenario_id AND "
                    "t.kind = 'discount_pct') <> 1") == 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions p JOIN tactics t ON t.scenario_id = "
                    "p.scenario_id JOIN tactic_terms tt ON tt.tactic_id = t.id WHERE "
                    "tt.version <> 1 OR tt.line_id IS NOT NULL OR tt.valid_from <> "
                    "p.instore_from OR tt.valid_to <> p.instore_to OR (t.kind = 'discount_pct' "
                    "AND (tt.value NOT BETWEEN 100000 AND 300000 OR tt.value % 50000 <> 0 OR "
                    "t.lift_ppm <> 1000000)) OR (t.kind = 'fixed_fee' AND (tt.value NOT BETWEEN "
                    "50000 AND 500000 OR tt.value % 5000 <> 0 OR t.lift_ppm NOT BETWEEN "
                    "1100000 AND 1300000)) OR t.kind NOT IN ('discount_pct', 'fixed_fee')") == 0);
        CHECK(count(conn, "SELECT count(*) FROM tactics WHERE kind = 'fixed_fee'") > 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM tactics t WHERE (SELECT count(*) FROM "
                    "tactic_terms tt WHERE tt.tactic_id = t.id) <> 1") == 0);
        // Price cuts draw on their brand's fund (the brand's, or the brand's at the chain) or,
        // in the independent trade, on the channel's accrual fund; fees on a fund of theirs too.
        CHECK(count(conn,
                    "SELECT count(*) FROM tactics t WHERE t.fund IS NULL OR t.fund NOT IN "
                    "(SELECT name FROM funds)") == 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM tactics t JOIN promotions p ON p.scenario_id = "
                    "t.scenario_id JOIN promotion_lines l ON l.promotion_id = p.id JOIN "
                    "products pr ON pr.id = l.product_id JOIN funds f ON f.name = t.fund "
                    "JOIN accounts a ON a.id = p.account_id "
                    "WHERE t.kind = 'discount_pct' AND (f.brand_id IS NOT pr.brand_id OR "
                    "(a.kam_id IS NOT NULL) <> (f.account_id IS NOT NULL)) AND (f.type <> "
                    "'accrual' OR a.kam_id IS NOT NULL OR f.channel_id <> a.channel_id)") == 0);
        // Campaigns of a year and an owner each.
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions p LEFT JOIN campaigns c ON "
                    "c.id = p.campaign_id WHERE c.id IS NULL OR substr(c.name, -4) <> "
                    "substr(p.instore_from, 1, 4) OR c.owner_id IS NULL") == 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM campaigns c WHERE NOT EXISTS (SELECT 1 FROM "
                    "promotions p WHERE p.campaign_id = c.id)") == 0);
    }

    SECTION("statuses follow the demo calendar") {
        const std::string recent = week_iso(kDemoWeeks - 26);
        const std::string after = week_iso(kDemoWeeks);
        const auto count_at = [&](const char* sql, const std::string& day) {
            db::Statement q(conn, sql);
            q.bind(1, day);
            REQUIRE(q.step());
            return q.get_int(0);
        };
        CHECK(count_at("SELECT count(*) FROM promotions WHERE status IN ('draft', 'planned', "
                       "'submitted') AND instore_from < ?",
                       after) == 0);
        CHECK(count_at("SELECT count(*) FROM promotions WHERE status NOT IN ('draft', "
                       "'planned', 'submitted') AND instore_to >= ? AND status <> 'approved'",
                       after) == 0);
        CHECK(count_at("SELECT count(*) FROM promotions WHERE status IN ('approved') AND "
                       "instore_from < ?",
                       recent) == 0);
        CHECK(count_at("SELECT count(*) FROM promotions WHERE status IN ('closed', 'settled') "
                       "AND instore_from >= ?",
                       recent) == 0);
        // Old closed history came from the previous system; everything else has its
        // requester, the key-account manager for chain accounts, the brand manager for the
        // others.
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions WHERE requested_by IS NULL AND status <> "
                    "'closed'") == 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions p JOIN accounts a ON a.id = p.account_id "
                    "JOIN users u ON u.id = p.requested_by WHERE u.name <> CASE WHEN a.kam_id "
                    "IS NULL THEN 'bm1' ELSE 'kam1' END") == 0);
        CHECK(count(conn,
                    "SELECT count(*) FROM promotions WHERE status = 'approved' AND "
                    "requested_by IS NOT NULL") > 0);
    }

    SECTION("the status log tells each promotion's history") {
        const std::string after = week_iso(kDemoWeeks);
        db::Statement q(conn,
                        "SELECT p.id, p.code, p.status, p.created_at, l.id IS NULL, "
                        "l.from_status, l.to_status, l.at, l.user_name, l.reason, "
                        "ifnull(u.name, '') FROM promotions p LEFT JOIN promotion_status_log l "
                        "ON l.promotion_id = p.id LEFT JOIN users u ON u.id = p.requested_by "
                        "ORDER BY p.id, l.id");
        std::int64_t current = -1;
        std::string status;
        std::string last_to;
        std::string last_at;
        std::string code;
        int checked = 0;
        const auto finish = [&] {
            if (current >= 0) {
                INFO(code);
                CHECK(last_to == status);
                ++checked;
            }
        };
        while (q.step()) {
            if (q.get_int(0) != current) {
                finish();
                current = q.get_int(0);
                code = q.get_text(1);
                status = q.get_text(2);
                last_to = "draft";  // created as a draft, which is no change of status
                last_at = q.get_text(3);
            }
            if (q.get_int(4) == 1) {
                continue;
            }
            INFO(code);
            const std::optional<std::string> from = q.get_opt_text(5);
            const std::string to = q.get_text(6);
            const std::string at = q.get_text(7);
            const std::string user = q.get_text(8);
            const std::string reason = q.get_text(9);
            if (!from) {
                // Closed history was taken over as it was.
                CHECK(status == "closed");
                CHECK(to == "closed");
            } else {
                CHECK(*from == last_to);
                // Closed in Uplift once settled.
                CHECK((to != "closed" || *from == "settled"));
            }
            CHECK(at >= last_at);
            CHECK(at < after);
            if (to == "planned" || to == "submitted" || to == "cancelled") {
                CHECK(user == q.get_text(10));
            }
            if (to == "approved" || to == "rejected") {
                CHECK((user == "sm1" || user == "fin1"));
            }
            if (to == "settled" || (to == "closed" && from)) {
                CHECK(user == "fin1");
            }
            CHECK(reason.empty() == (to != "rejected" && to != "cancelled" && to != "closed"));
            last_to = to;
            last_at = at;
        }
        finish();
        CHECK(checked == s.promotions);
    }

    SECTION("promotions that ran show their depth in the actuals, the others none") {
        const std::int64_t last_week = day_number(kDemoFirstMonday) + 7 * (kDemoWeeks - 1);
        // The cut is on the invoice (conditions and the odd slip only add to it).
        CHECK(count_lines(conn,
                          "SELECT count(*) FROM pl JOIN actuals x ON x.account_id = "
                          "pl.account_id AND x.product_id = pl.product_id AND x.week BETWEEN "
                          "pl.d0 AND pl.d1 WHERE pl.ran AND x.discount_amount * 1000000 < "
                          "x.gross_amount * pl.depth - 500000") == 0);
        CHECK(count_lines(conn,
                          "SELECT count(*) FROM pl JOIN actuals x ON x.account_id = "
                          "pl.account_id AND x.product_id = pl.product_id AND x.week BETWEEN "
                          "pl.d0 AND pl.d1 WHERE pl.ran AND x.gross_amount > 0") > 0);
        // Every row of a line that ran in its weeks is there (the weeks within the actuals).
        const std::string last_sunday = std::to_string(last_week + 6);
        CHECK(count_lines(conn, "SELECT count(*) FROM pl WHERE pl.ran AND pl.d0 <= " + last_sunday +
                                    " AND (SELECT count(*) FROM actuals x WHERE x.account_id = "
                                    "pl.account_id AND x.product_id = pl.product_id AND x.week "
                                    "BETWEEN pl.d0 AND pl.d1) <> (min(pl.d1, " +
                                    last_sunday + ") - pl.d0 + 1) / 7") == 0);
        CHECK(count_lines(conn, "SELECT count(*) FROM pl WHERE pl.d0 > " + last_sunday) > 0);
        CHECK(count_lines(conn,
                          "SELECT count(*) FROM pl JOIN actuals x ON x.account_id = "
                          "pl.account_id AND x.product_id = pl.product_id AND x.week BETWEEN "
                          "pl.d0 AND pl.d1 WHERE NOT pl.ran AND x.units > 0") > 0);
        // Promotions of one account x sku never overlap, except those that did not run.
        CHECK(count_lines(conn,
                          "SELECT count(*) FROM pl a JOIN pl b ON a.account_id = b.account_id "
                          "AND a.product_id = b.product_id AND a.id < b.id AND a.d0 <= b.d1 AND "
                          "b.d0 <= a.d1 WHERE a.ran AND b.ran") == 0);
    }

    SECTION("post-event analysis finds the lift of the promotions that ran") {
        std::vector<Promotion> history;
        for (auto& p : load_promotions(conn)) {
            if (p.status == PromotionStatus::Closed || p.status == PromotionStatus::Settled) {
                history.push_back(std::move(p));
            }
        }
        REQUIRE(!history.empty());
        int lifted = 0;
        Exact incremental;
        Exact baseline;
        for (const PromotionRoi& r : post_event_analysis(conn, history, kToday)) {
            lifted += r.total.incremental_units.num > 0 ? 1 : 0;
            incremental += r.total.incremental_units;
            baseline += r.total.baseline_units;
        }
        CHECK(lifted * 10 >= std::ssize(history) * 9);
        // 10-30 % off at an elasticity of 2 sells 23-104 % more.
        CHECK(ratio(incremental, baseline) > 0.25);
        CHECK(ratio(incremental, baseline) < 1.1);
    }
}

TEST_CASE("demo funds form a tree whose money adds up", "[demo]") {
    DemoFile f = build(7);
    db::Connection& conn = f.conn;
    const DemoSummary& s = f.summary;
    CHECK(s.funds == count(conn, "SELECT count(*) FROM funds"));
    CHECK(s.claims == count(conn, "SELECT count(*) FROM claims"));
    CHECK(s.transfers * 2 ==
          count(conn, "SELECT count(*) FROM fund_ledger WHERE kind LIKE 'transfer_%'"));
    CHECK(s.transfers > 0);

    // HQ -> a fund per brand -> the brand's funds at the key accounts (chains' head offices).
    CHECK(count(conn, "SELECT count(*) FROM funds WHERE parent_id IS NULL AND type = 'fixed'") ==
          1);
    CHECK(count(conn,
                "SELECT count(*) FROM funds f JOIN funds h ON h.id = f.parent_id WHERE "
                "h.parent_id IS NULL AND f.brand_id IS NOT NULL AND f.account_id IS NULL") == 25);
    CHECK(count(conn,
                "SELECT count(*) FROM funds k JOIN funds b ON b.id = k.parent_id JOIN funds h "
                "ON h.id = b.parent_id JOIN accounts a ON a.id = k.account_id WHERE "
                "h.parent_id IS NULL AND k.brand_id = b.brand_id AND a.parent_id IS NULL AND "
                "a.kam_id IS NOT NULL") > 0);
    CHECK(count(conn,
                "SELECT count(*) FROM funds k JOIN funds b ON b.id = k.parent_id WHERE "
                "b.parent_id IS NOT NULL AND (k.account_id IS NULL OR k.brand_id IS NOT "
                "b.brand_id)") == 0);
    // Accrual funds, by rate and per unit, accrued on the demo's actuals.
    CHECK(count(conn, "SELECT count(*) FROM funds WHERE type = 'accrual' AND rate > 0") > 0);
    CHECK(count(conn, "SELECT count(*) FROM funds WHERE type = 'accrual' AND per_unit > 0") > 0);
    CHECK(count(conn,
                "SELECT count(*) FROM funds f WHERE type = 'accrual' AND NOT EXISTS (SELECT 1 "
                "FROM fund_ledger l WHERE l.fund_id = f.id AND l.kind = 'accrual' AND "
                "l.amount > 0)") == 0);

    // Approvals committed, claims were settled (and some still open), closing released.
    CHECK(count(conn, "SELECT count(*) FROM fund_ledger WHERE kind = 'commitment'") > 0);
    CHECK(count(conn, "SELECT count(*) FROM fund_ledger WHERE kind = 'release'") > 0);
    CHECK(count(conn,
                "SELECT count(*) FROM fund_ledger l JOIN promotions p ON p.id = l.source_id "
                "WHERE l.source_type = 'promotion' AND l.kind = 'commitment' AND p.status NOT "
                "IN ('approved', 'settled', 'closed', 'cancelled')") == 0);
    int settled = 0;
    int open = 0;
    std::int64_t claimed = 0;
    for (const Claim& c : list_claims(conn)) {
        settled += c.open() == 0 ? 1 : 0;
        open += c.open() > 0 ? 1 : 0;
        claimed += c.settled + c.written_off;
    }
    CHECK(settled > 0);
    CHECK(open > 0);
    CHECK(open == s.open_claims);
    // Settled and cancelled-or-closed promotions have nothing left committed.
    for (const auto& p : load_promotions(conn)) {
        if (p.status == PromotionStatus::Closed || p.status == PromotionStatus::Cancelled) {
            INFO(p.code);
            CHECK(promotion_open_commitment(conn, p.id) == 0);
        }
    }

    // Money is conserved: what came in (root allocations, accruals) is every fund's budget
    // together; what claims settled is every fund's actual; nothing is overspent.
    const std::int64_t came_in =
        count(conn,
              "SELECT sum(l.amount) FROM fund_ledger l JOIN funds f ON f.id = l.fund_id WHERE "
              "(l.kind = 'allocation' AND f.parent_id IS NULL) OR l.kind = 'accrual'");
    std::int64_t budget = 0;
    std::int64_t actual = 0;
    int warning = 0;
    const auto rows = budget_vs_actual(conn, {}, kToday);
    REQUIRE(std::ssize(rows) == s.funds);
    for (const BudgetRow& r : rows) {
        INFO(r.fund.name);
        CHECK(r.figures.available() >= 0);
        CHECK(r.figures.budget() >= 0);
        const FundFigures direct = fund_figures(conn, r.fund.id);
        CHECK(direct.budget() == r.figures.budget());
        CHECK(direct.available() == r.figures.available());
        budget += r.figures.budget();
        actual += r.figures.actual;
        warning += r.warning ? 1 : 0;
    }
    CHECK(budget == came_in);
    CHECK(actual == claimed);
    CHECK(warning < std::ssize(rows) / 2);
}

TEST_CASE("demo targets cover every month, sum to HQ's totals, and carry bottom-up gaps",
          "[demo][targets]") {
    DemoFile f = build(7);
    db::Connection& conn = f.conn;
    const DemoSummary& s = f.summary;
    CHECK(s.target_periods == 18);
    CHECK(s.targets == count(conn, "SELECT count(*) FROM targets"));
    CHECK(count(conn, "SELECT count(DISTINCT period) FROM targets") == 18);
    CHECK(count(conn, "SELECT min(period) = '2025-01' AND max(period) = '2026-06' FROM targets") ==
          1);
    // Top-down: each month's pairs sum exactly to HQ's total (before the reps' changes).
    CHECK(count(conn,
                "SELECT count(*) FROM target_totals h WHERE h.level = 'hq' AND (h.units <> "
                "(SELECT sum(units) FROM target_topdown d WHERE d.period = h.period) OR h.value <> "
                "(SELECT sum(value) FROM target_topdown d WHERE d.period = h.period))") == 0);
    // Every target belongs to an account that has a rep, so rep files have something in them.
    CHECK(count(conn,
                "SELECT count(*) FROM targets t JOIN accounts a ON a.id = t.account_id "
                "WHERE a.rep_id IS NULL") == 0);
    CHECK(s.bottom_up_targets > 0);
    CHECK(s.bottom_up_targets ==
          count(conn,
                "SELECT count(*) FROM targets t JOIN target_topdown d USING (period, "
                "account_id, brand_id) WHERE t.units <> d.units OR t.value <> d.value"));
    CHECK(s.inventory_rows == count(conn, "SELECT count(*) FROM inventory"));
    CHECK(s.inventory_rows > 0);
}

TEST_CASE("demo data is deterministic for a seed", "[demo]") {
    DemoFile a = build(7);
    DemoFile b = build(7);
    DemoFile c = build(8);
    const char* const fingerprint[] = {
        "SELECT count(*) FROM actuals",
        "SELECT sum(units) FROM actuals",
        "SELECT sum(gross_amount) FROM actuals",
        "SELECT sum(discount_amount) FROM actuals",
        "SELECT sum(list_price * id + unit_cost) FROM products",
        "SELECT sum(list_price) FROM prices",
        "SELECT sum(length(name) * id + ifnull(parent_id, 0) + rep_id) FROM accounts",
        "SELECT count(*) FROM promotions",
        "SELECT sum(product_id * id + ifnull(planned_units, 0)) FROM promotion_lines",
    };
    bool differs = false;
    for (const char* sql : fingerprint) {
        INFO(sql);
        CHECK(count(a.conn, sql) == count(b.conn, sql));
        differs = differs || count(a.conn, sql) != count(c.conn, sql);
    }
    CHECK(differs);
    CHECK(count(a.conn, "SELECT sum(units) FROM actuals") !=
          count(c.conn, "SELECT sum(units) FROM actuals"));
    // The promotions, their content and history are the same row for row.
    const char* const tables[] = {
        "SELECT * FROM campaigns ORDER BY id",
        "SELECT * FROM promotions ORDER BY id",
        "SELECT * FROM promotion_lines ORDER BY id",
        "SELECT * FROM scenarios ORDER BY id",
        "SELECT * FROM tactics ORDER BY id",
        "SELECT * FROM tactic_terms ORDER BY tactic_id, version",
        "SELECT * FROM promotion_status_log ORDER BY id",
        "SELECT * FROM funds ORDER BY id",
        "SELECT * FROM fund_ledger ORDER BY id",
        "SELECT * FROM claims ORDER BY id",
        "SELECT * FROM claim_settlements ORDER BY id",
        "SELECT * FROM targets ORDER BY period, account_id, brand_id",
        "SELECT * FROM target_history ORDER BY id",
        "SELECT * FROM inventory ORDER BY date, product_id",
    };
    for (const char* sql : tables) {
        INFO(sql);
        CHECK(dump(a.conn, sql) == dump(b.conn, sql));
    }
    CHECK(dump(a.conn, "SELECT * FROM promotions ORDER BY id") !=
          dump(c.conn, "SELECT * FROM promotions ORDER BY id"));
}

TEST_CASE("demo data needs an admin and stops cleanly when cancelled", "[demo]") {
    db::Connection conn = db::create_memory();
    const ActionContext admin = load_actor(conn, "admin", kToday, kNow);

    SECTION("a non-admin is refused") {
        conn.exec_script(
            "INSERT INTO users(name) VALUES('fin9');"
            "INSERT INTO user_roles(user_id, role) SELECT id, 'FIN' FROM users "
            "WHERE name = 'fin9'");
        const ActionContext fin = load_actor(conn, "fin9", kToday, kNow);
        CHECK_THROWS_AS(build_demo(conn, fin, {0.01, 7}), PermissionDenied);
    }
    SECTION("a scale out of range is refused") {
        CHECK_THROWS_AS(build_demo(conn, admin, {0.0, 7}), UserError);
        CHECK_THROWS_AS(build_demo(conn, admin, {-1.0, 7}), UserError);
    }
    SECTION("cancelling half-way rolls everything back") {
        std::atomic<bool> cancel{false};
        std::int64_t cancelled_at = 0;
        std::int64_t total_rows = 0;
        CHECK_THROWS_AS(build_demo(
                            conn, admin, {0.01, 7},
                            [&](std::int64_t done, std::int64_t total) {
                                if (done > 0 && !cancel) {
                                    cancel = true;
                                    cancelled_at = done;
                                    total_rows = total;
                                }
                            },
                            &cancel),
                        Cancelled);
        CHECK(cancelled_at > 0);
        CHECK(cancelled_at < total_rows);
    }
    CHECK(count(conn, "SELECT count(*) FROM products") == 0);
    CHECK(count(conn, "SELECT count(*) FROM accounts") == 0);
    CHECK(count(conn, "SELECT count(*) FROM actuals") == 0);
    CHECK(count(conn, "SELECT count(*) FROM import_batches") == 0);
    CHECK(count(conn, "SELECT count(*) FROM audit_log") == 0);
    CHECK(count(conn, "SELECT count(*) FROM users WHERE name GLOB 'rep*' OR name = 'bm1'") == 0);
}

TEST_CASE(
    "demo discounts: conditions, requests in every state, returns, and invoices that "
    "mostly honour their entitlement",
    "[demo][discounts]") {
    DemoFile f = build(7, 0.02);
    db::Connection& conn = f.conn;
    CHECK(f.summary.conditions >= 4);
    CHECK(count(conn, "SELECT count(*) FROM discount_conditions WHERE request_id IS NULL") ==
          f.summary.conditions);
    CHECK(count(conn, "SELECT count(*) FROM discount_conditions WHERE exclusive = 1") == 1);
    CHECK(f.summary.discount_requests >= 30);
    for (const char* status : {"pending", "approved", "rejected", "withdrawn"}) {
        INFO(status);
        CHECK(db::query_int(conn, std::string("SELECT count(*) FROM discount_requests WHERE "
                                              "status = '") +
                                      status + "'") > 0);
    }
    // Automatic approvals, and approvals by a sales manager and by finance, each became a
    // condition REQ-<id>.
    CHECK(count(conn, "SELECT count(*) FROM discount_requests WHERE decided_by = 'auto'") > 0);
    CHECK(count(conn,
                "SELECT count(*) FROM discount_requests WHERE status = 'approved' AND "
                "decided_by IN ('sm1', 'fin1')") > 0);
    CHECK(count(conn,
                "SELECT count(*) FROM discount_requests r WHERE status = 'approved' AND "
                "NOT EXISTS (SELECT 1 FROM discount_conditions d WHERE d.request_id = "
                "r.id)") == 0);
    CHECK(count(conn, "SELECT count(*) FROM returns WHERE kind = 'return'") > 0);
    CHECK(count(conn, "SELECT count(*) FROM returns WHERE kind = 'write_off'") > 0);

    // Invoices honour conditions and approved promotions; the slips (a cut 2 points too deep,
    // a cut carried into the next week, a price keyed too low) and the cuts of promotions
    // never approved are the unjustified ones: a small share of the discounted rows, of both
    // reasons.
    const auto flagged = find_unjustified_discounts(conn);
    const std::int64_t discounted =
        count(conn, "SELECT count(*) FROM actuals WHERE discount_amount > 0");
    INFO(flagged.size() << " flagged of " << discounted);
    CHECK(std::ssize(flagged) * 100 > discounted / 2);
    CHECK(std::ssize(flagged) * 100 < discounted * 8);
    const auto no_entitlement = std::count_if(flagged.begin(), flagged.end(),
                                              [](const auto& r) { return r.no_entitlement; });
    CHECK(no_entitlement > 0);
    CHECK(no_entitlement < std::ssize(flagged));
    // Rows of Cash and Carry outside any promotion carry exactly its everyday 2 %: never
    // flagged unless slipped, so most are not.
    CHECK(count(conn,
                "SELECT count(*) FROM actuals x JOIN accounts a ON a.id = x.account_id "
                "JOIN channels c ON c.id = a.channel_id WHERE c.name = 'Cash and Carry' "
                "AND abs(x.discount_amount * 100 - x.gross_amount * 2) <= 50") > 0);
}
