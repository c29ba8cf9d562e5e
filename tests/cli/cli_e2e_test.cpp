// End-to-end runs of the real uplift-cli binary: exit codes, where the messages go, global
// options anywhere on the line and from the environment, refusals that leave the file as it
// was, the read-only query console, backups, batches and rollback, and files from a newer
// Uplift.
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cli_test_support.h"
#include "db/migrations.h"

namespace uplift::cli_test {

namespace {

struct Proc {
    int code = -1;
    std::string out;
    std::string err;
};

std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (const char ch : s) {
        if (ch == '\'') {
            q += "'\\''";
        } else {
            q += ch;
        }
    }
    return q + "'";
}

// Runs the real binary in `dir` with UPLIFT_DB and UPLIFT_TODAY unset, then `env` (e.g.
// "UPLIFT_DB=/x/y") set; captures stdout, stderr and the exit code.
Proc run_binary(const TempDir& dir, const std::vector<std::string>& args,
                const std::string& env = "") {
    std::string cmd = "cd " + shell_quote(dir.path().string()) +
                      " && env -u UPLIFT_DB -u UPLIFT_TODAY " + env + " " +
                      shell_quote(UPLIFT_CLI_PATH);
    for (const auto& a : args) {
        cmd += " " + shell_quote(a);
    }
    const fs::path out = dir / "stdout.txt";
    const fs::path err = dir / "stderr.txt";
    cmd += " >" + shell_quote(out.string()) + " 2>" + shell_quote(err.string()) + " </dev/null";
    const int status = std::system(cmd.c_str());
    Proc p;
    p.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    p.out = read_bytes(out);
    p.err = read_bytes(err);
    fs::remove(out);
    fs::remove(err);
    return p;
}

std::string good(const char* name) {
    return (corpus_dir() / "good" / name).string();
}

// A file with the base products, accounts, prices and actuals, made by the binary itself.
fs::path make_base_file(const TempDir& dir, const std::string& name = "shop.uplift") {
    const fs::path db = dir / name;
    REQUIRE(run_binary(dir, {"--db", db.string(), "init"}).code == 0);
    for (const char* kind : {"products", "accounts", "prices", "actuals"}) {
        const Proc p = run_binary(dir, {"--db", db.string(), "import", kind,
                                        good(fmt::format("base_{}.csv", kind).c_str())});
        INFO(p.err);
        REQUIRE(p.code == 0);
    }
    return db;
}

int line_count(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace

TEST_CASE("cli e2e: --help lists the commands and exits 0", "[e2e]") {
    TempDir dir("e2e-help");
    const Proc p = run_binary(dir, {"--help"});
    CHECK(p.code == 0);
    CHECK(p.err.empty());
    for (const char* c : {"init", "demo", "import KIND FILE", "batches", "rollback BATCH", "check",
                          "backup FILE", "query", "user add NAME", "--db FILE", "--user NAME"}) {
        CHECK_THAT(p.out, Catch::Contains(c));
    }
    const Proc sub = run_binary(dir, {"import", "--help"});
    CHECK(sub.code == 0);
    CHECK_THAT(sub.out, Catch::Contains("Usage: uplift-cli import KIND FILE"));
    // No command at all is misuse: the overview goes to stderr.
    const Proc none = run_binary(dir, {});
    CHECK(none.code == 2);
    CHECK(none.out.empty());
    CHECK_THAT(none.err, Catch::Contains("Usage: uplift-cli"));
}

TEST_CASE("cli e2e: misuse exits 2 with a message on stderr", "[e2e]") {
    TempDir dir("e2e-misuse");
    const Proc unknown = run_binary(dir, {"frobnicate"});
    CHECK(unknown.code == 2);
    CHECK(unknown.out.empty());
    CHECK_THAT(unknown.err, Catch::Contains("unknown command 'frobnicate'"));

    const Proc no_db = run_binary(dir, {"batches"});
    CHECK(no_db.code == 2);
    CHECK_THAT(no_db.err, Catch::Contains("--db FILE") && Catch::Contains("UPLIFT_DB"));

    const fs::path db = dir / "a.uplift";
    REQUIRE(run_binary(dir, {"--db", db.string(), "init"}).code == 0);
    const Proc bad_option = run_binary(dir, {"--db", db.string(), "batches", "--bogus"});
    CHECK(bad_option.code == 2);
    CHECK_THAT(bad_option.err, Catch::Contains("unknown option '--bogus'"));
    const Proc bad_kind = run_binary(dir, {"--db", db.string(), "import", "widgets", "x.csv"});
    CHECK(bad_kind.code == 2);
    CHECK_THAT(bad_kind.err, Catch::Contains("unknown import kind 'widgets'"));
    const Proc no_value = run_binary(dir, {"batches", "--db"});
    CHECK(no_value.code == 2);
    CHECK_THAT(no_value.err, Catch::Contains("'--db' needs a value"));
}

TEST_CASE("cli e2e: init creates a file and refuses to overwrite one", "[e2e]") {
    TempDir dir("e2e-init");
    const fs::path db = dir / "new.uplift";
    const Proc first = run_binary(dir, {"--db", db.string(), "init"});
    CHECK(first.code == 0);
    CHECK_THAT(first.out, Catch::Contains("created"));
    REQUIRE(fs::exists(db));
    const std::string bytes = read_bytes(db);

    const Proc again = run_binary(dir, {"init", "--db", db.string()});
    CHECK(again.code == 1);
    CHECK(again.out.empty());
    CHECK_THAT(again.err, Catch::Contains("new.uplift") && Catch::Contains("exists"));
    CHECK(read_bytes(db) == bytes);

    // Not an Uplift file: refused, and left alone.
    const fs::path text = dir / "notes.txt";
    write_bytes(text, "just some text, not a database\n");
    const Proc foreign = run_binary(dir, {"--db", text.string(), "batches"});
    CHECK(foreign.code == 1);
    CHECK_THAT(foreign.err, Catch::Contains("not an Uplift file"));
    CHECK(read_bytes(text) == "just some text, not a database\n");
}

TEST_CASE("cli e2e: --db before or after the command, --db=FILE, and $UPLIFT_DB", "[e2e]") {
    TempDir dir("e2e-db");
    const fs::path db = dir / "shop.uplift";
    REQUIRE(run_binary(dir, {"init", "--db=" + db.string()}).code == 0);
    const Proc before = run_binary(dir, {"--db", db.string(), "user", "list"});
    const Proc after = run_binary(dir, {"user", "list", "--db", db.string()});
    const Proc from_env =
        run_binary(dir, {"user", "list"}, "UPLIFT_DB=" + shell_quote(db.string()));
    CHECK(before.code == 0);
    CHECK(before.out == "name,roles,active\nadmin,ADMIN,1\n");
    CHECK(after.code == 0);
    CHECK(after.out == before.out);
    CHECK(from_env.code == 0);
    CHECK(from_env.out == before.out);
    // --db wins over $UPLIFT_DB.
    const Proc both = run_binary(dir, {"--db", db.string(), "user", "list"},
                                 "UPLIFT_DB=" + shell_quote((dir / "missing.uplift").string()));
    CHECK(both.code == 0);
    CHECK(both.out == before.out);
    const Proc missing = run_binary(dir, {"user", "list"},
                                    "UPLIFT_DB=" + shell_quote((dir / "missing.uplift").string()));
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("missing.uplift: no such file"));
    CHECK_FALSE(fs::exists(dir / "missing.uplift"));
}

TEST_CASE("cli e2e: an unknown --user is refused by every command, nothing changed", "[e2e]") {
    TempDir dir("e2e-user");
    const fs::path db = make_base_file(dir);
    const std::string before = db_snapshot(db);
    const std::vector<std::vector<std::string>> commands{
        {"import", "products", good("products_bom_crlf.csv")},
        {"batches"},
        {"rollback", "1"},
        {"check"},
        {"user", "list"},
        {"user", "add", "eve", "--role", "ADMIN"},
        {"query", "SELECT count(*) FROM v_products"},
        {"backup", (dir / "copy.uplift").string()},
    };
    for (const auto& args : commands) {
        std::vector<std::string> line{"--db", db.string(), "--user", "nobody"};
        line.insert(line.end(), args.begin(), args.end());
        const Proc p = run_binary(dir, line);
        INFO(args.front() << ": " << p.err);
        CHECK(p.code == 1);
        CHECK(p.out.empty());
        CHECK(p.err == "error: unknown user 'nobody'\n");
    }
    CHECK_FALSE(fs::exists(dir / "copy.uplift"));
    CHECK(db_snapshot(db) == before);
}

TEST_CASE("cli e2e: a user without the right is refused and nothing changes", "[e2e]") {
    TempDir dir("e2e-rights");
    const fs::path db = make_base_file(dir);
    const Proc add = run_binary(dir, {"--db", db.string(), "user", "add", "bob", "--role", "KAM"});
    REQUIRE(add.code == 0);
    CHECK_THAT(add.out, Catch::Contains("user bob has roles KAM"));
    const std::string before = db_snapshot(db);

    const Proc imp = run_binary(dir, {"--user", "bob", "import", "actuals",
                                      good("actuals_blank_lines.csv"), "--db", db.string()});
    CHECK(imp.code == 1);
    CHECK(imp.out.empty());
    CHECK(imp.err ==
          "error: user 'bob' may not import actuals (needs the right 'import.actuals')\n");
    const Proc roll = run_binary(dir, {"--db", db.string(), "--user", "bob", "rollback", "4"});
    CHECK(roll.code == 1);
    CHECK_THAT(roll.err, Catch::StartsWith("error: user 'bob' may not roll back"));
    const Proc user = run_binary(
        dir, {"--db", db.string(), "--user", "bob", "user", "add", "mallory", "--role", "ADMIN"});
    CHECK(user.code == 1);
    CHECK_THAT(user.err, Catch::Contains("user 'bob' may not manage users"));
    CHECK(db_snapshot(db) == before);

    // bob may read.
    const Proc list = run_binary(dir, {"--db", db.string(), "--user", "bob", "batches"});
    CHECK(list.code == 0);
}

TEST_CASE("cli e2e: query prints CSV of the reporting views and refuses everything else", "[e2e]") {
    TempDir dir("e2e-query");
    const fs::path db = make_base_file(dir);
    const std::string before = db_snapshot(db);

    const Proc ok = run_binary(dir, {"--db", db.string(), "query",
                                     "SELECT sku, name, list_price FROM v_products ORDER BY sku"});
    CHECK(ok.code == 0);
    CHECK(ok.err.empty());
    CHECK(ok.out ==
          "sku,name,list_price\n"
          "SKU-001,Crisp Salted 150g,2.49\n"
          "SKU-002,Crisp Paprika 150g,2.49\n"
          "SKU-003,Fizz Cola 1.5l,1.79\n"
          "SKU-004,Fizz Lemon 1.5l,1.79\n");
    const Proc agg = run_binary(
        dir, {"--db", db.string(), "query",
              "SELECT account, sum(units) AS units FROM v_actuals GROUP BY account ORDER BY 1"});
    CHECK(agg.code == 0);
    CHECK(agg.out == "account,units\nSTORE1,215\nSTORE2,40\n");

    struct Refusal {
        std::string sql;
        std::string phrase;
    };
    const std::vector<Refusal> refusals{
        {"SELECT * FROM products", "only SELECT over the reporting views"},
        {"SELECT sku FROM v_products WHERE sku IN (SELECT sku FROM products)",
         "only SELECT over the reporting views"},
        {"SELECT * FROM sqlite_schema", "only SELECT over the reporting views"},
        {"DELETE FROM products", "query refused"},
        {"UPDATE products SET list_price = 0", "query refused"},
        {"PRAGMA user_version = 99", "query refused"},
        {"PRAGMA user_version", "query refused"},
        {"ATTACH DATABASE 'other.db' AS other", "query refused"},
        {"SELECT load_extension('/tmp/evil')", "query refused"},
        {"VACUUM INTO 'copy.db'", "query refused"},
        {"SELECT 1; SELECT 2", "only one SQL statement"},
        {"SELECT 1; DELETE FROM products", "only one SQL statement"},
        {"", "query refused"},
    };
    for (const auto& r : refusals) {
        const Proc p = run_binary(dir, {"--db", db.string(), "query", r.sql});
        INFO(r.sql << " -> " << p.err);
        CHECK(p.code == 1);
        CHECK(p.out.empty());
        CHECK(line_count(p.err) == 1);
        CHECK_THAT(p.err, Catch::StartsWith("error: ") && Catch::Contains(r.phrase));
    }
    CHECK_FALSE(fs::exists(dir / "other.db"));
    CHECK_FALSE(fs::exists(dir / "copy.db"));

    // A runaway recursive query is stopped by --timeout.
    const auto start = std::chrono::steady_clock::now();
    const Proc slow =
        run_binary(dir, {"--db", db.string(), "query", "--timeout", "1",
                         "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                         "SELECT count(*) FROM n"});
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(slow.code == 1);
    CHECK_THAT(slow.err, Catch::Contains("stopped") && Catch::Contains("time limit"));
    CHECK(seconds < 10.0);
    const Proc bad_timeout =
        run_binary(dir, {"--db", db.string(), "query", "--timeout", "soon", "SELECT 1"});
    CHECK(bad_timeout.code == 2);

    CHECK(db_snapshot(db) == before);
}

TEST_CASE("cli e2e: check passes on a sound file", "[e2e]") {
    TempDir dir("e2e-check");
    const fs::path db = make_base_file(dir);
    const Proc p = run_binary(dir, {"check", "--db", db.string()});
    CHECK(p.code == 0);
    CHECK(p.err.empty());
    CHECK_THAT(p.out, Catch::StartsWith("ok"));
}

TEST_CASE("cli e2e: backup writes a copy with the same data and never overwrites", "[e2e]") {
    TempDir dir("e2e-backup");
    const fs::path db = make_base_file(dir);
    const fs::path copy = dir / "copy.uplift";
    const Proc p = run_binary(dir, {"--db", db.string(), "backup", copy.string()});
    CHECK(p.code == 0);
    CHECK_THAT(p.out, Catch::Contains("backup written to"));
    REQUIRE(fs::exists(copy));
    CHECK(db_snapshot(copy) == db_snapshot(db));
    // The copy is a working Uplift file.
    const Proc q =
        run_binary(dir, {"--db", copy.string(), "query", "SELECT count(*) AS n FROM v_actuals"});
    CHECK(q.code == 0);
    CHECK(q.out == "n\n3\n");
    const std::string bytes = read_bytes(copy);
    const Proc again = run_binary(dir, {"--db", db.string(), "backup", copy.string()});
    CHECK(again.code == 1);
    CHECK_THAT(again.err, Catch::Contains("exists"));
    CHECK(read_bytes(copy) == bytes);
}

TEST_CASE("cli e2e: batches lists CSV, rollback undoes a batch once", "[e2e]") {
    TempDir dir("e2e-batches");
    const fs::path db = make_base_file(dir);
    const std::string base = db_snapshot(db, {"import_batches", "batch_changes", "audit_log"});
    const Proc imp = run_binary(
        dir, {"--db", db.string(), "import", "actuals", good("actuals_blank_lines.csv")});
    REQUIRE(imp.code == 0);
    CHECK_THAT(imp.out, Catch::Contains("batch 5, 2 rows: 2 inserted, 0 updated, 0 unchanged"));

    const Proc list = run_binary(dir, {"--db", db.string(), "batches"});
    CHECK(list.code == 0);
    const std::string header =
        "batch,kind,file,imported_at,user,inserted,updated,unchanged,status\n";
    REQUIRE_THAT(list.out, Catch::StartsWith(header));
    CHECK(line_count(list.out) == 6);
    CHECK_THAT(list.out, Catch::Contains(",actuals_blank_lines.csv,"));
    CHECK_THAT(list.out, Catch::Matches("(?:.*\\n)*5,actuals,actuals_blank_lines\\.csv,"
                                        "\\d{4}-\\d\\d-\\d\\dT[^,]+,admin,2,0,0,active\\n"));

    const Proc roll = run_binary(dir, {"--db", db.string(), "rollback", "5"});
    CHECK(roll.code == 0);
    CHECK_THAT(roll.out, Catch::Contains("batch 5 rolled back"));
    CHECK(db_snapshot(db, {"import_batches", "batch_changes", "audit_log"}) == base);
    const Proc after = run_binary(dir, {"--db", db.string(), "batches"});
    CHECK_THAT(after.out, Catch::EndsWith(",admin,2,0,0,rolled_back\n"));

    const std::string rolled = db_snapshot(db);
    const Proc twice = run_binary(dir, {"--db", db.string(), "rollback", "5"});
    CHECK(twice.code == 1);
    CHECK(twice.err == "error: batch 5 was rolled back already\n");
    const Proc none = run_binary(dir, {"--db", db.string(), "rollback", "99"});
    CHECK(none.code == 1);
    CHECK(none.err == "error: there is no batch 99\n");
    const Proc word = run_binary(dir, {"--db", db.string(), "rollback", "last"});
    CHECK(word.code == 2);
    CHECK(db_snapshot(db) == rolled);
}

TEST_CASE("cli e2e: a failed import through the binary names the line and changes nothing",
          "[e2e]") {
    TempDir dir("e2e-import");
    const fs::path db = make_base_file(dir);
    const std::string before = db_snapshot(db);
    const Proc p = run_binary(dir, {"--db", db.string(), "import", "actuals",
                                    (corpus_dir() / "bad" / "actuals_same_iso_week.csv").string()});
    CHECK(p.code == 1);
    CHECK(p.out.empty());
    CHECK_THAT(p.err,
               Catch::StartsWith("error: actuals_same_iso_week.csv, line 3, column 'week': "));
    CHECK_THAT(p.err, Catch::EndsWith("error: 1 problem found; nothing was imported\n"));
    CHECK(db_snapshot(db) == before);
    const Proc missing =
        run_binary(dir, {"--db", db.string(), "import", "actuals", (dir / "nope.csv").string()});
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("nope.csv: cannot open"));
    CHECK(db_snapshot(db) == before);
}

TEST_CASE("cli e2e: a file written by a newer Uplift is refused and left untouched", "[e2e]") {
    TempDir dir("e2e-newer");
    const fs::path db = make_base_file(dir);
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(db.string().c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK);
        const std::string sql =
            fmt::format("PRAGMA user_version = {};", db::latest_schema_version() + 1);
        CHECK(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close_v2(raw);
    }
    const std::string bytes = read_bytes(db);
    const std::vector<std::vector<std::string>> commands{
        {"batches"},
        {"check"},
        {"user", "list"},
        {"import", "products", good("products_bom_crlf.csv")},
        {"rollback", "4"},
        {"query", "SELECT count(*) FROM v_products"},
        {"backup", (dir / "copy.uplift").string()},
    };
    for (const auto& args : commands) {
        std::vector<std::string> line{"--db", db.string()};
        line.insert(line.end(), args.begin(), args.end());
        const Proc p = run_binary(dir, line);
        INFO(args.front() << ": " << p.err);
        CHECK(p.code == 1);
        CHECK(p.out.empty());
        CHECK(line_count(p.err) == 1);
        CHECK_THAT(p.err, Catch::Contains("newer") &&
                              Catch::Contains(fmt::format("schema version {}",
                                                          db::latest_schema_version() + 1)));
    }
    CHECK(read_bytes(db) == bytes);
    CHECK_FALSE(fs::exists(dir / "copy.uplift"));
}

}  // namespace uplift::cli_test
