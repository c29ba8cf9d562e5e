// The SQL console's guarantees (uplift-cli query and the app's console share them): every text
// of the hostile corpus (tests/corpus/sql_hostile/*.sql: writes, ATTACH, PRAGMA, extensions,
// virtual tables, views faked by WITH, runaway queries) is refused or stopped within 2 s and
// leaves the file, its -wal, its schema and its directory exactly as they were; ordinary
// SELECTs over the views still give the right figures.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "analytics/adhoc_query.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "security/action_context.h"
#include "temp_dir.h"
#include "workflows/imports.h"

using namespace uplift;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using Rows = std::vector<std::vector<std::string>>;

namespace {

std::string read_whole(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string replace_all(std::string text, const std::string& what, const std::string& with) {
    for (std::size_t at = text.find(what); at != std::string::npos;
         at = text.find(what, at + with.size())) {
        text.replace(at, what.size(), with);
    }
    return text;
}

// A small real Uplift file (4 products, 4 accounts, prices, 3 actual rows) whose writing
// connection stays open, as the app's does while its console runs.
struct ConsoleFile {
    uplift::test::TempDir dir{"sql-console"};
    fs::path file = dir / "shop.uplift";
    db::Connection writer = db::create_file(file, Currency("EUR"));

    ConsoleFile() {
        const ActionContext admin =
            load_actor(writer, "admin", Date(2025, 6, 30), "2025-06-30T10:00:00Z");
        const fs::path good = fs::path(UPLIFT_TEST_DATA_DIR) / "corpus" / "good";
        import_file(writer, admin, ImportKind::Products, good / "base_products.csv");
        import_file(writer, admin, ImportKind::Accounts, good / "base_accounts.csv");
        import_file(writer, admin, ImportKind::Prices, good / "base_prices.csv");
        import_file(writer, admin, ImportKind::Actuals, good / "base_actuals.csv");
    }

    // Everything a query must leave as it was.
    struct State {
        std::string bytes, wal, journal, schema;
        std::vector<std::string> names;
        bool operator==(const State&) const = default;
    };
    State state() {
        State s;
        s.bytes = read_whole(file);
        s.wal = read_whole(fs::path(file.string() + "-wal"));
        s.journal = read_whole(fs::path(file.string() + "-journal"));
        db::Statement schema(writer,
                             "SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM "
                             "sqlite_schema ORDER BY type, name");
        while (schema.step()) {
            s.schema += schema.get_text(0) + "\n";
        }
        s.schema += "user_version " + std::to_string(writer.user_version());
        for (const auto& entry : fs::directory_iterator(dir.path())) {
            s.names.push_back(entry.path().filename().string());
        }
        std::sort(s.names.begin(), s.names.end());
        return s;
    }

    Rows rows(const std::string& sql) {
        Rows out;
        const auto keep = [&](const std::vector<std::string>& r) { out.push_back(r); };
        run_readonly_query(file, sql, keep, keep);
        return out;
    }
};

struct HostileText {
    std::string name;
    std::string tries;
    std::string expect = "refused";  // refused, failed (another UserError) or stopped
    std::string sql;
};

std::vector<HostileText> hostile_corpus(const fs::path& target_dir) {
    std::vector<HostileText> out;
    for (const auto& entry :
         fs::directory_iterator(fs::path(UPLIFT_TEST_DATA_DIR) / "corpus" / "sql_hostile")) {
        if (entry.path().extension() != ".sql") {
            continue;
        }
        HostileText t;
        t.name = entry.path().stem().string();
        // {dir}: the file's own directory, where ATTACH and VACUUM INTO would leave files.
        t.sql = replace_all(read_whole(entry.path()), "{dir}", target_dir.string());
        std::istringstream lines(t.sql);
        for (std::string line; std::getline(lines, line) && line.starts_with("-- ");) {
            if (line.starts_with("-- tries: ")) {
                t.tries = line.substr(10);
            } else if (line.starts_with("-- expect: ")) {
                t.expect = line.substr(11);
            }
        }
        out.push_back(std::move(t));
    }
    std::sort(out.begin(), out.end(),
              [](const HostileText& a, const HostileText& b) { return a.name < b.name; });
    return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("sql console: every hostile text is refused or stopped and changes nothing",
          "[sql-console]") {
    ConsoleFile f;
    f.rows("SELECT count(*) FROM v_products");  // the reader's first open, as in the app
    const ConsoleFile::State before = f.state();
    const std::vector<HostileText> corpus = hostile_corpus(f.dir.path());
    REQUIRE(corpus.size() >= 60);
    for (const HostileText& t : corpus) {
        INFO(t.name << ": tries " << t.tries);
        REQUIRE_FALSE(t.tries.empty());
        const auto start = std::chrono::steady_clock::now();
        std::string message;
        bool returned = false;
        try {
            Rows ignored;
            const auto keep = [&](const std::vector<std::string>& r) { ignored.push_back(r); };
            run_readonly_query(f.file, t.sql, keep, keep, std::chrono::seconds(1));
            returned = true;
        } catch (const UserError& e) {
            message = e.what();
        }
        const double took = seconds_since(start);
        INFO("message: " << message << "; took " << took << " s");
        CHECK_FALSE(returned);
        if (t.expect == "refused") {
            CHECK_THAT(message, StartsWith("query refused: "));
        } else if (t.expect == "stopped") {
            CHECK_THAT(message, Contains("stopped") && Contains("time limit"));
        } else {
            CHECK(t.expect == "failed");
            CHECK_FALSE(message.empty());
        }
        CHECK(took < 2.0);
        CHECK(f.state() == before);
    }
}

TEST_CASE("sql console: refusals name what was refused", "[sql-console]") {
    ConsoleFile f;
    const auto refusal = [&](const std::string& sql) {
        try {
            f.rows(sql);
        } catch (const UserError& e) {
            return std::string(e.what());
        }
        return std::string("(not refused)");
    };
    CHECK_THAT(refusal("SELECT * FROM users"),
               Contains("only SELECT over the reporting views") && Contains("users"));
    CHECK_THAT(refusal("PRAGMA user_version = 99"), Contains("only SELECT is allowed, not PRAGMA"));
    CHECK_THAT(refusal("SELECT * FROM v_products, pragma_database_list"),
               Contains("virtual table"));
    CHECK_THAT(refusal("SELECT load_extension('x')"), Contains("function load_extension"));
    CHECK_THAT(refusal("SELECT 1; SELECT 2"), Contains("only one SQL statement"));
    CHECK_THAT(refusal("WITH v_products AS (SELECT * FROM products) SELECT * FROM v_products"),
               Contains("may not be named v_products"));
    CHECK_THAT(refusal(std::string("SELECT 1\0; DELETE FROM products", 31)), Contains("NUL"));
    CHECK_THAT(refusal("  -- nothing\n"), Contains("no statement"));
    CHECK_THAT(refusal("SELEC 1"), StartsWith("query refused: only SELECT is allowed"));
    CHECK_THAT(refusal("SELECT nosuch FROM v_products"),
               StartsWith("query refused: no such column: nosuch"));
}

TEST_CASE("sql console: a runaway query stops within 2 s of its limit or of a cancel",
          "[sql-console]") {
    ConsoleFile f;
    const std::string forever =
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";
    const std::string slow_steps =
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT max(instr(printf('%.*c', 100000, 'a'), printf('%.*c', 50000, 'a') || 'b')) FROM n";
    const auto nothing = [](const std::vector<std::string>&) {};
    for (const std::string& sql : {forever, slow_steps}) {
        INFO(sql);
        const auto start = std::chrono::steady_clock::now();
        CHECK_THROWS_WITH(
            run_readonly_query(f.file, sql, nothing, nothing, std::chrono::seconds(1)),
            Contains("time limit"));
        const double took = seconds_since(start);
        CHECK(took >= 0.9);
        CHECK(took < 2.0);

        // Cancelled from another thread after 300 ms, with a limit far away.
        std::atomic<bool> cancel{false};
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.store(true);
        });
        const auto start2 = std::chrono::steady_clock::now();
        CHECK_THROWS_AS(
            run_readonly_query(f.file, sql, nothing, nothing, std::chrono::seconds(60), &cancel),
            Cancelled);
        const double took2 = seconds_since(start2);
        stopper.join();
        CHECK(took2 >= 0.25);
        CHECK(took2 < 2.0);
    }
    // A cancel while rows are streaming stops the stream too.
    std::atomic<bool> cancel{false};
    int rows = 0;
    CHECK_THROWS_AS(
        run_readonly_query(
            f.file, forever.substr(0, forever.find("SELECT count")) + "SELECT x FROM n", nothing,
            [&](const std::vector<std::string>&) {
                if (++rows == 1000) {
                    cancel.store(true);
                }
            },
            std::chrono::seconds(60), &cancel),
        Cancelled);
    CHECK(rows < 2000);
}

TEST_CASE("sql console: ordinary SELECTs over the views give the right figures", "[sql-console]") {
    ConsoleFile f;
    CHECK(f.rows("SELECT sku, name, list_price FROM v_products ORDER BY sku") ==
          Rows{{"sku", "name", "list_price"},
               {"SKU-001", "Crisp Salted 150g", "2.49"},
               {"SKU-002", "Crisp Paprika 150g", "2.49"},
               {"SKU-003", "Fizz Cola 1.5l", "1.79"},
               {"SKU-004", "Fizz Lemon 1.5l", "1.79"}});
    // A join of two views, grouped.
    CHECK(f.rows("SELECT a.account, p.brand, sum(a.units) AS units, "
                 "printf('%.2f', sum(a.gross_amount)) AS gross FROM v_actuals a "
                 "JOIN v_products p ON p.sku = a.sku GROUP BY 1, 2 ORDER BY 1, 2") ==
          Rows{{"account", "brand", "units", "gross"},
               {"STORE1", "Crisp", "215", "535.35"},
               {"STORE2", "Fizz", "40", "71.60"}});
    // A CTE over a view, and a subquery.
    CHECK(f.rows("WITH s AS (SELECT account, sum(units) AS u FROM v_actuals GROUP BY account) "
                 "SELECT account, u FROM s WHERE u > (SELECT min(units) FROM v_actuals)") ==
          Rows{{"account", "u"}, {"STORE1", "215"}});
    // A window function.
    CHECK(
        f.rows("SELECT sku, rank() OVER (ORDER BY list_price DESC, sku) AS r FROM v_products "
               "ORDER BY sku") ==
        Rows{{"sku", "r"}, {"SKU-001", "1"}, {"SKU-002", "2"}, {"SKU-003", "3"}, {"SKU-004", "4"}});
    // count(*) over a view (SQLite reads its table without a column).
    CHECK(f.rows("SELECT count(*) AS n FROM v_actuals") == Rows{{"n"}, {"3"}});
    CHECK(f.rows("SELECT count(*) AS n FROM v_accounts a, v_products p") == Rows{{"n"}, {"16"}});
    // The account hierarchy view (a self-join behind it) and NULL as empty.
    CHECK(f.rows("SELECT code, parent FROM v_accounts ORDER BY code") == Rows{{"code", "parent"},
                                                                              {"BANNER1", "CHAIN1"},
                                                                              {"CHAIN1", ""},
                                                                              {"STORE1", "BANNER1"},
                                                                              {"STORE2", ""}});
    // A recursive CTE, VALUES, a trailing semicolon and comments.
    const Rows counted = f.rows(
        "-- count\nWITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < "
        "12000) SELECT x FROM n;");
    REQUIRE(counted.size() == 12001);
    CHECK(counted.back() == std::vector<std::string>{"12000"});
    CHECK(f.rows("VALUES (1, 'a')") == Rows{{"column1", "column2"}, {"1", "a"}});
    // Every reporting view reads (none needs what the console's connection turns off).
    const std::vector<ReportingView> views = reporting_view_columns(f.file);
    CHECK(views.size() >= 20);
    for (const ReportingView& v : views) {
        INFO(v.name);
        CHECK_FALSE(v.columns.empty());
        CHECK_NOTHROW(f.rows("SELECT * FROM " + v.name + " LIMIT 5"));
    }
    const auto products = std::find_if(
        views.begin(), views.end(), [](const ReportingView& v) { return v.name == "v_products"; });
    REQUIRE(products != views.end());
    CHECK(products->columns.front() == "sku");
}
