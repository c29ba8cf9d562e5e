#include <catch2/catch.hpp>

#include <atomic>

#include "calendar/calendar.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "demo/demo_data.h"
#include "errors.h"
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
        // Some weeks are price cuts, most are not; cuts are 10-30 % of gross.
        const std::int64_t cut =
            count(conn, "SELECT count(*) FROM actuals WHERE discount_amount > 0");
        CHECK(cut > rows / 50);
        CHECK(cut < rows / 2);
        CHECK(count(conn,
                    "SELECT count(*) FROM actuals WHERE discount_amount > 0 AND "
                    "(discount_amount * 100 < gross_amount * 10 - 50 OR "
                    "discount_amount * 100 > gross_amount * 30 + 50)") == 0);
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
