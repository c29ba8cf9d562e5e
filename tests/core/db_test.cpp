#include <sqlite3.h>
#include <catch2/catch.hpp>

#include "temp_dir.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <random>
#include <string>

#include "db/connection.h"
#include "db/migrations.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "money/money.h"

using namespace uplift;
using namespace uplift::db;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

using TempDir = uplift::test::TempDir;

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

// Makes an SQLite file the way another program would (plain sqlite3, rollback journal).
void make_foreign_sqlite(const fs::path& p, std::int32_t application_id) {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(p.string().c_str(), &raw) == SQLITE_OK);
    const std::string sql = "PRAGMA application_id=" + std::to_string(application_id) +
                            "; CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES('keep me');";
    const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    REQUIRE(rc == SQLITE_OK);
}

// Files in `dir` other than `keep` (backups, journals left behind).
int other_files(const fs::path& dir, const fs::path& keep) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        n += e.path() == keep ? 0 : 1;
    }
    return n;
}

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

}  // namespace

TEST_CASE("a statement holds exactly one SQL statement", "[db]") {
    Connection conn = Connection::open_memory();
    conn.exec_script("CREATE TABLE x(a INTEGER);");
    CHECK_THROWS_WITH(Statement(conn, "SELECT 1; DROP TABLE x"),
                      Contains("only one SQL statement"));
    CHECK_THROWS_AS(Statement(conn, "SELECT 1;DROP TABLE x;"), UserError);
    CHECK_THROWS_AS(Statement(conn, "INSERT INTO x VALUES(1); INSERT INTO x VALUES(2)"), UserError);
    CHECK(query_int(conn, "SELECT count(*) FROM sqlite_schema WHERE name = 'x'") == 1);
    CHECK(query_int(conn, "SELECT count(*) FROM x") == 0);
    // A trailing semicolon, blank lines or a comment are not a second statement.
    CHECK(query_int(conn, "SELECT 7;") == 7);
    CHECK(query_int(conn, "SELECT 7;\n  \n") == 7);
    CHECK(query_int(conn, "SELECT 7; -- the answer\n") == 7);
}

TEST_CASE("bound values are data, never SQL", "[db]") {
    Connection conn = Connection::open_memory();
    conn.exec_script("CREATE TABLE x(s TEXT);");
    const std::string hostile = "'); DROP TABLE x; --";
    Statement ins(conn, "INSERT INTO x VALUES(?)");
    ins.bind(1, hostile);
    ins.exec();
    Statement sel(conn, "SELECT s FROM x");
    REQUIRE(sel.step());
    CHECK(sel.get_text(0) == hostile);
    CHECK(query_int(conn, "SELECT count(*) FROM sqlite_schema WHERE name = 'x'") == 1);
}

TEST_CASE("typed bind and read round-trip", "[db]") {
    Connection conn = Connection::open_memory();
    conn.exec_script("CREATE TABLE t(id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, n TEXT);");
    const std::string text = "Caf\xC3\xA9 \xE2\x98\x95 \"quoted\"";
    const std::string with_nul("a\0b", 3);
    {
        Statement ins(conn, "INSERT INTO t(i, r, s, n) VALUES(?, ?, ?, ?)");
        ins.bind(1, kMax).bind(2, 2.5).bind(3, text).bind_null(4);
        ins.exec();
        CHECK(conn.changes() == 1);
        CHECK(conn.last_insert_id() == 1);
        ins.reset();
        ins.clear_bindings();
        ins.bind(1, kMin).bind(2, -0.125).bind(3, with_nul).bind(4, "plain");
        ins.exec();
        CHECK(conn.last_insert_id() == 2);
        ins.bind_all(42, 1.0, std::string_view("view"), std::string("str"));
        ins.exec();
        CHECK(conn.last_insert_id() == 3);
    }
    Statement sel(conn, "SELECT id, i, r, s, n FROM t ORDER BY id");
    CHECK(sel.column_count() == 5);
    CHECK(sel.column_name(3) == "s");
    REQUIRE(sel.step());
    CHECK(sel.get_int(1) == kMax);
    CHECK(sel.get_double(2) == 2.5);
    CHECK(sel.get_text(3) == text);
    CHECK(sel.is_null(4));
    CHECK_FALSE(sel.is_null(3));
    CHECK(sel.column_type(4) == SQLITE_NULL);
    CHECK(sel.get_opt_text(4) == std::nullopt);
    CHECK(sel.get_opt_text(3) == text);
    CHECK(sel.get_opt_int(1) == kMax);
    REQUIRE(sel.step());
    CHECK(sel.get_int(1) == kMin);
    CHECK(sel.get_double(2) == -0.125);
    CHECK(sel.get_text(3) == with_nul);  // an embedded NUL is not a terminator
    CHECK(sel.get_text(3).size() == 3);
    CHECK(sel.get_text_view(4) == "plain");
    REQUIRE(sel.step());
    CHECK(sel.get_int(1) == 42);
    CHECK(sel.get_text(3) == "view");
    CHECK(sel.get_text(4) == "str");
    CHECK_FALSE(sel.step());
}

TEST_CASE("optional values bind as NULL when empty", "[db]") {
    Connection conn = Connection::open_memory();
    conn.exec_script("CREATE TABLE t(id INTEGER PRIMARY KEY, i INTEGER, s TEXT);");
    Statement ins(conn, "INSERT INTO t(id, i, s) VALUES(?, ?, ?)");
    ins.bind_all(1, std::optional<std::int64_t>{}, std::optional<std::string>{});
    ins.exec();
    ins.reset();
    ins.bind_all(2, std::optional<std::int64_t>{-7}, std::optional<std::string>{"x"});
    ins.exec();

    Statement sel(conn, "SELECT i, s FROM t ORDER BY id");
    REQUIRE(sel.step());
    CHECK(sel.get_opt_int(0) == std::nullopt);
    CHECK(sel.get_opt_text(1) == std::nullopt);
    REQUIRE(sel.step());
    CHECK(sel.get_opt_int(0) == -7);
    CHECK(sel.get_opt_text(1) == "x");
    CHECK(query_int(conn, "SELECT count(*) FROM t WHERE i IS NULL AND s IS NULL") == 1);
}

TEST_CASE("statement errors say what went wrong", "[db]") {
    Connection conn = Connection::open_memory();
    conn.exec_script("CREATE TABLE u(name TEXT UNIQUE NOT NULL);");
    CHECK_THROWS_WITH(Statement(conn, "SELEC 1"), Contains("cannot prepare SQL"));
    CHECK_THROWS_AS(Statement(conn, "SELECT * FROM missing_table"), DatabaseError);
    CHECK_THROWS_AS(Statement(conn, ""), DatabaseError);
    CHECK_THROWS_AS(Statement(conn, "  -- nothing\n"), DatabaseError);

    Statement ins(conn, "INSERT INTO u(name) VALUES(?)");
    ins.bind(1, "ann").exec();
    ins.reset();
    // A broken constraint is a refusal of the user's input, with SQLite's explanation.
    CHECK_THROWS_AS(ins.bind(1, "ann").exec(), UserError);
    CHECK_THROWS_WITH(ins.bind(1, "ann").exec(), Contains("UNIQUE"));
    CHECK_THROWS_WITH(ins.bind_null(1).exec(), Contains("NOT NULL"));
    // The statement stays usable after a refusal.
    ins.bind(1, "bob").exec();
    CHECK(query_int(conn, "SELECT count(*) FROM u") == 2);

    CHECK_THROWS_WITH(ins.bind(5, "x"), Contains("cannot bind parameter 5"));
    Statement sel(conn, "SELECT name FROM u");
    CHECK_THROWS_AS(sel.exec(), DatabaseError);  // rows where none were expected
    CHECK_THROWS_WITH(query_int(conn, "SELECT 1 FROM u WHERE 0"), Contains("no row"));
    CHECK_THROWS_AS(conn.exec_script("NOT SQL AT ALL"), DatabaseError);
}

TEST_CASE("a transaction rolls back unless committed", "[db]") {
    Connection conn = Connection::open_memory();
    conn.exec_script("CREATE TABLE t(v INTEGER);");
    {
        Transaction tx(conn);
        conn.exec_script("INSERT INTO t VALUES(1);");
        CHECK(query_int(conn, "SELECT count(*) FROM t") == 1);
    }
    CHECK(query_int(conn, "SELECT count(*) FROM t") == 0);
    {
        Transaction tx(conn);
        conn.exec_script("INSERT INTO t VALUES(2);");
        tx.commit();
    }
    CHECK(query_int(conn, "SELECT sum(v) FROM t") == 2);

    // An exception half-way through an action undoes all of it.
    auto failing_action = [&] {
        Transaction tx(conn);
        conn.exec_script("INSERT INTO t VALUES(10);");
        conn.exec_script("INSERT INTO t VALUES(20);");
        throw UserError("refused half-way");
    };
    CHECK_THROWS_AS(failing_action(), UserError);
    CHECK(query_int(conn, "SELECT sum(v) FROM t") == 2);

    // After a rollback the connection is usable for the next action.
    Transaction again(conn);
    conn.exec_script("INSERT INTO t VALUES(3);");
    again.commit();
    CHECK(query_int(conn, "SELECT sum(v) FROM t") == 5);
}

TEST_CASE("a composing transaction runs the transactions inside it as savepoints", "[db]") {
    Connection conn = Connection::open_memory();
    conn.exec_script("CREATE TABLE t(v INTEGER);");
    {
        Transaction outer(conn, Nesting::Compose);
        conn.exec_script("INSERT INTO t VALUES(1);");
        {
            Transaction kept(conn);
            conn.exec_script("INSERT INTO t VALUES(20);");
            kept.commit();
        }
        {
            Transaction undone(conn);
            conn.exec_script("INSERT INTO t VALUES(300);");
        }
        CHECK(query_int(conn, "SELECT sum(v) FROM t") == 21);
    }
    // Rolling the outer one back undoes what the inner ones committed.
    CHECK(query_int(conn, "SELECT count(*) FROM t") == 0);
    CHECK_FALSE(conn.composing());
    {
        Transaction outer(conn, Nesting::Compose);
        {
            Transaction inner(conn);
            conn.exec_script("INSERT INTO t VALUES(4);");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(query_int(conn, "SELECT sum(v) FROM t") == 4);
    // Afterwards transactions refuse to nest again.
    Transaction plain(conn);
    CHECK_THROWS_AS(Transaction(conn), DatabaseError);
}

TEST_CASE("transactions do not nest, savepoints do", "[db]") {
    Connection conn = Connection::open_memory();
    conn.exec_script("CREATE TABLE t(v INTEGER);");
    {
        Transaction outer(conn);
        CHECK_THROWS_AS(Transaction(conn), DatabaseError);
        conn.exec_script("INSERT INTO t VALUES(1);");
        {
            Savepoint sp(conn, "undone_part");
            conn.exec_script("INSERT INTO t VALUES(100);");
            CHECK(query_int(conn, "SELECT sum(v) FROM t") == 101);
        }
        CHECK(query_int(conn, "SELECT sum(v) FROM t") == 1);
        {
            Savepoint sp(conn, "kept_part");
            conn.exec_script("INSERT INTO t VALUES(20);");
            sp.release();
        }
        outer.commit();
    }
    CHECK(query_int(conn, "SELECT sum(v) FROM t") == 21);

    // A released savepoint is still undone when its transaction rolls back.
    {
        Transaction outer(conn);
        Savepoint sp(conn, "inner");
        conn.exec_script("INSERT INTO t VALUES(300);");
        sp.release();
    }
    CHECK(query_int(conn, "SELECT sum(v) FROM t") == 21);

    CHECK_THROWS_AS(Savepoint(conn, "x; DROP TABLE t"), DatabaseError);
    CHECK_THROWS_AS(Savepoint(conn, "a b"), DatabaseError);
    CHECK(query_int(conn, "SELECT count(*) FROM sqlite_schema WHERE name = 't'") == 1);
}

TEST_CASE("a new file is an Uplift file at the latest schema", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "plan.uplift";
    REQUIRE(latest_schema_version() >= 1);
    {
        Connection conn = create_file(path, Currency("USD"));
        CHECK(conn.user_version() == latest_schema_version());
        CHECK(conn.application_id() == kApplicationId);
        CHECK(file_currency(conn).code() == "USD");
        CHECK(query_int(conn, "PRAGMA foreign_keys") == 1);
        Statement jm(conn, "PRAGMA journal_mode");
        REQUIRE(jm.step());
        CHECK(jm.get_text(0) == "wal");
        set_setting(conn, "fiscal_first_month", "10");
        // Foreign keys hold: a role for a user who does not exist is refused.
        CHECK_THROWS_WITH(
            conn.exec_script("INSERT INTO user_roles(user_id, role) VALUES(999, 'BM');"),
            Contains("FOREIGN KEY"));
    }
    CHECK(fs::exists(path));

    MigrationReport report;
    report.from_version = -1;
    Connection again = open_file(path, &report);
    CHECK(report.from_version == latest_schema_version());
    CHECK(report.to_version == latest_schema_version());
    CHECK(report.backup.empty());
    CHECK(get_setting(again, "fiscal_first_month") == "10");
    CHECK(file_currency(again).code() == "USD");
    CHECK_FALSE(
        fs::exists(fs::path(path.string() + ".bak-v" + std::to_string(latest_schema_version()))));
}

TEST_CASE("creating a file never overwrites an existing one", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "precious.uplift";
    write_bytes(path, "somebody's work");
    CHECK_THROWS_WITH(create_file(path, Currency("EUR")), Contains("file exists"));
    CHECK(read_bytes(path) == "somebody's work");
}

TEST_CASE("opening a missing file does not create it", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "typo.uplift";
    CHECK_THROWS_WITH(open_file(path), Contains("no such file"));
    CHECK_THROWS_AS(open_file_read_only(path), UserError);
    CHECK_FALSE(fs::exists(path));
}

TEST_CASE("settings read and upsert", "[db]") {
    Connection conn = create_memory();
    CHECK(file_currency(conn).code() == "EUR");
    CHECK(get_setting(conn, "fiscal_calendar") == "calendar");
    set_setting(conn, "fiscal_calendar", "445");
    set_setting(conn, "fiscal_calendar", "4-4-5");
    CHECK(get_setting(conn, "fiscal_calendar") == "4-4-5");
    CHECK(query_int(conn, "SELECT count(*) FROM settings WHERE key = 'fiscal_calendar'") == 1);
    CHECK_THROWS_WITH(get_setting(conn, "no_such_key"), Contains("no_such_key"));
    Connection gbp = create_memory(Currency("GBP"));
    CHECK(file_currency(gbp).code() == "GBP");
}

TEST_CASE("migrating an empty version-0 file needs no backup", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "empty.uplift";
    {
        Connection conn = Connection::open(path, OpenMode::Create);
        CHECK(conn.user_version() == 0);
        const MigrationReport r = migrate(conn);
        CHECK(r.from_version == 0);
        CHECK(r.to_version == latest_schema_version());
        CHECK(r.backup.empty());
        CHECK(conn.user_version() == latest_schema_version());
        CHECK(conn.application_id() == kApplicationId);
        // Migrating again is a no-op.
        const MigrationReport again = migrate(conn);
        CHECK(again.from_version == latest_schema_version());
        CHECK(again.to_version == latest_schema_version());
        CHECK(again.backup.empty());
    }
    CHECK_FALSE(fs::exists(fs::path(path.string() + ".bak-v0")));
    CHECK(other_files(dir.path(), path) == 0);
    Connection reopened = open_file(path);
    CHECK(reopened.user_version() == latest_schema_version());
}

TEST_CASE("migrating a version-0 file with data backs it up first", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "old.uplift";
    const fs::path backup = path.string() + ".bak-v0";
    {
        Connection conn = Connection::open(path, OpenMode::Create);
        conn.exec_script("CREATE TABLE legacy(v TEXT); INSERT INTO legacy VALUES('old data');");
        const MigrationReport r = migrate(conn);
        CHECK(r.from_version == 0);
        CHECK(r.to_version == latest_schema_version());
        CHECK(r.backup == backup);
        CHECK(conn.user_version() == latest_schema_version());
        CHECK(query_int(conn, "SELECT count(*) FROM legacy") == 1);
    }
    REQUIRE(fs::exists(backup));
    // The backup is the file as it was before the migration.
    Connection old = Connection::open(backup, OpenMode::ReadOnly);
    CHECK(old.user_version() == 0);
    CHECK(old.application_id() == 0);
    Statement s(old, "SELECT v FROM legacy");
    REQUIRE(s.step());
    CHECK(s.get_text(0) == "old data");
    CHECK(query_int(old, "SELECT count(*) FROM sqlite_schema WHERE name = 'settings'") == 0);
}

TEST_CASE("a file from a newer Uplift is refused and left untouched", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "future.uplift";
    const std::int32_t future = latest_schema_version() + 1;
    {
        Connection conn = create_file(path, Currency("EUR"));
        conn.set_user_version(future);
    }
    REQUIRE(other_files(dir.path(), path) == 0);
    const std::string before = read_bytes(path);

    CHECK_THROWS_AS(open_file(path), UserError);
    CHECK_THROWS_WITH(open_file(path), Contains("newer"));
    CHECK_THROWS_WITH(open_file_read_only(path), Contains("newer"));
    {
        Connection raw = Connection::open(path, OpenMode::ReadWrite);
        CHECK_THROWS_WITH(migrate(raw), Contains("newer"));
    }

    CHECK(read_bytes(path) == before);
    CHECK(other_files(dir.path(), path) == 0);  // no backup, no journal left behind
    Connection check = Connection::open(path, OpenMode::ReadOnly);
    CHECK(check.user_version() == future);
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "products.csv";
    std::string text = "sku,name,brand,category,list_price,unit_cost\n";
    for (int i = 0; i < 100; ++i) {
        text += "SKU" + std::to_string(i) + ",Widget,Acme,Tools,1.00,0.50\n";
    }
    write_bytes(path, text);
    CHECK_THROWS_WITH(open_file(path), Contains("not an Uplift file"));
    CHECK_THROWS_AS(open_file_read_only(path), UserError);
    CHECK_THROWS_AS(Connection::open(path, OpenMode::ReadWrite), UserError);
    CHECK(read_bytes(path) == text);
    CHECK(other_files(dir.path(), path) == 0);
}

TEST_CASE("an SQLite file of another application is refused and left untouched", "[db][file]") {
    TempDir dir;
    SECTION("foreign application_id") {
        const fs::path path = dir / "geo.gpkg";
        make_foreign_sqlite(path, 0x47504B47);
        const std::string before = read_bytes(path);
        CHECK_THROWS_WITH(open_file(path), Contains("not an Uplift file"));
        CHECK_THROWS_WITH(Connection::open(path, OpenMode::ReadWrite), Contains("application_id"));
        CHECK_THROWS_AS(open_file_read_only(path), UserError);
        CHECK(read_bytes(path) == before);
        CHECK(other_files(dir.path(), path) == 0);
    }
    SECTION("no application_id but someone else's tables") {
        const fs::path path = dir / "notes.db";
        make_foreign_sqlite(path, 0);
        const std::string before = read_bytes(path);
        CHECK_THROWS_WITH(open_file(path), Contains("not an Uplift file"));
        CHECK_THROWS_WITH(open_file_read_only(path), Contains("not an Uplift file"));
        CHECK(read_bytes(path) == before);
        CHECK(other_files(dir.path(), path) == 0);
    }
}

TEST_CASE("a file opened read-only cannot be changed", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "shared.uplift";
    { create_file(path, Currency("EUR")); }
    Connection ro = open_file_read_only(path);
    CHECK(ro.read_only());
    CHECK(file_currency(ro).code() == "EUR");
    CHECK_THROWS(set_setting(ro, "currency", "USD"));
    CHECK(file_currency(ro).code() == "EUR");
}

TEST_CASE("a backup copies the whole database", "[db][file]") {
    TempDir dir;
    const fs::path path = dir / "live.uplift";
    const fs::path copy = dir / "copy.uplift";
    Connection conn = create_file(path, Currency("SEK"));
    set_setting(conn, "marker", "copied");
    backup_to(conn, copy);
    Connection c = open_file(copy);
    CHECK(get_setting(c, "marker") == "copied");
    CHECK(file_currency(c).code() == "SEK");
    CHECK(c.user_version() == latest_schema_version());
}
