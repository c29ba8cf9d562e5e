#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>

#include "db/connection.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "security/action_context.h"
#include "security/audit.h"

using namespace uplift;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

ActionContext admin(db::Connection& conn, std::string now = "2025-03-10T09:15:00Z") {
    return load_actor(conn, "admin", Date(2025, 3, 10), std::move(now));
}

AuditEntry entry(std::string entity, std::string key) {
    AuditEntry e;
    e.action = "update";
    e.entity = std::move(entity);
    e.entity_key = std::move(key);
    e.old_value = R"({"list_price":"4.99"})";
    e.new_value = R"({"list_price":"5.49"})";
    e.reason = "price increase";
    return e;
}

std::int64_t audit_rows(db::Connection& conn) {
    return db::query_int(conn, "SELECT count(*) FROM audit_log");
}

class TempFile {
  public:
    TempFile() {
        std::random_device rd;
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = fs::temp_directory_path() / ("uplift_audit_test_" + std::to_string(stamp) + "_" +
                                             std::to_string(rd()) + ".uplift");
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            fs::remove(fs::path(path_.string() + suffix), ec);
        }
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

}  // namespace

TEST_CASE("an audit entry records who did what, when and why", "[audit]") {
    db::Connection conn = db::create_memory();
    const ActionContext ctx = admin(conn);
    write_audit(conn, ctx, entry("product", "SKU-1"));

    const auto rows = audit_history(conn);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].at == "2025-03-10T09:15:00Z");
    CHECK(rows[0].user_name == "admin");
    CHECK(rows[0].action == "update");
    CHECK(rows[0].entity == "product");
    CHECK(rows[0].entity_key == "SKU-1");
    CHECK(rows[0].old_value == R"({"list_price":"4.99"})");
    CHECK(rows[0].new_value == R"({"list_price":"5.49"})");
    CHECK(rows[0].reason == "price increase");
}

TEST_CASE("absent old and new values stay absent", "[audit]") {
    db::Connection conn = db::create_memory();
    AuditEntry e;
    e.action = "import";
    e.entity = "batch";
    e.entity_key = "7";
    e.batch_id = 7;
    write_audit(conn, admin(conn), e);
    const auto rows = audit_history(conn);
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows[0].old_value.has_value());
    CHECK_FALSE(rows[0].new_value.has_value());
    CHECK(rows[0].reason.empty());
    CHECK(db::query_int(conn, "SELECT batch_id FROM audit_log") == 7);
    CHECK(db::query_int(conn, "SELECT count(*) FROM audit_log WHERE old_value IS NULL") == 1);
}

TEST_CASE("audit values are stored verbatim, whatever they contain", "[audit]") {
    db::Connection conn = db::create_memory();
    AuditEntry e = entry("account", "O'Brien; DROP TABLE audit_log; --");
    e.reason =
        "Pr\xC3\xBC"
        "fung \"quoted\"\nsecond line";
    write_audit(conn, admin(conn), e);
    const auto rows = audit_history(conn, "account", "O'Brien; DROP TABLE audit_log; --");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].reason == e.reason);
    CHECK(audit_rows(conn) == 1);
}

TEST_CASE("the audit log cannot be edited or deleted", "[audit]") {
    db::Connection conn = db::create_memory();
    const ActionContext ctx = admin(conn);
    write_audit(conn, ctx, entry("product", "SKU-1"));
    write_audit(conn, ctx, entry("product", "SKU-2"));

    db::Statement upd(conn, "UPDATE audit_log SET reason = ?, user_name = ? WHERE entity_key = ?");
    upd.bind_all("nothing happened", "someone else", "SKU-1");
    CHECK_THROWS_WITH(upd.exec(), Contains("append-only"));
    CHECK_THROWS_AS(upd.exec(), UserError);

    db::Statement del(conn, "DELETE FROM audit_log WHERE entity_key = ?");
    del.bind(1, "SKU-2");
    CHECK_THROWS_WITH(del.exec(), Contains("append-only"));

    // Nor through a script, nor wholesale.
    CHECK_THROWS_WITH(conn.exec_script("DELETE FROM audit_log;"), Contains("append-only"));
    CHECK_THROWS_WITH(conn.exec_script("UPDATE audit_log SET at = '2000-01-01';"),
                      Contains("append-only"));
    CHECK_THROWS_AS(conn.exec_script("INSERT OR REPLACE INTO audit_log(id, at, user_name, action, "
                                     "entity) SELECT id, at, user_name, action, 'forged' "
                                     "FROM audit_log;"),
                    DatabaseError);

    const auto rows = audit_history(conn);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].entity_key == "SKU-1");
    CHECK(rows[1].reason == "price increase");
    CHECK(rows[1].user_name == "admin");
    CHECK(rows[1].at == "2025-03-10T09:15:00Z");
    CHECK(rows[0].entity_key == "SKU-2");
    CHECK(rows[0].entity == "product");
}

TEST_CASE("an audit row lives and dies with its transaction", "[audit]") {
    db::Connection conn = db::create_memory();
    const ActionContext ctx = admin(conn);
    {
        db::Transaction tx(conn);
        write_audit(conn, ctx, entry("product", "rolled-back"));
        CHECK(audit_rows(conn) == 1);
    }
    CHECK(audit_rows(conn) == 0);

    // An action that fails after writing its audit row leaves no trace.
    auto failing_action = [&] {
        db::Transaction tx(conn);
        write_audit(conn, ctx, entry("product", "failed"));
        throw UserError("refused");
    };
    CHECK_THROWS_AS(failing_action(), UserError);
    CHECK(audit_rows(conn) == 0);

    {
        db::Transaction tx(conn);
        write_audit(conn, ctx, entry("product", "committed"));
        tx.commit();
    }
    const auto rows = audit_history(conn);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].entity_key == "committed");
}

TEST_CASE("a rolled-back audit row is not in the file after reopening", "[audit][file]") {
    TempFile file;
    {
        db::Connection conn = db::create_file(file.path(), Currency("EUR"));
        const ActionContext ctx = admin(conn);
        {
            db::Transaction tx(conn);
            write_audit(conn, ctx, entry("product", "kept"));
            tx.commit();
        }
        {
            db::Transaction tx(conn);
            write_audit(conn, ctx, entry("product", "dropped"));
        }
    }
    db::Connection conn = db::open_file(file.path());
    const auto rows = audit_history(conn);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].entity_key == "kept");
}

TEST_CASE("audit history filters by entity and key, newest first", "[audit]") {
    db::Connection conn = db::create_memory();
    write_audit(conn, admin(conn, "2025-03-10T09:00:00Z"), entry("product", "A"));
    write_audit(conn, admin(conn, "2025-03-10T09:01:00Z"), entry("product", "B"));
    write_audit(conn, admin(conn, "2025-03-10T09:02:00Z"), entry("account", "A"));
    write_audit(conn, admin(conn, "2025-03-10T09:03:00Z"), entry("product", "A"));

    const auto all = audit_history(conn);
    REQUIRE(all.size() == 4);
    CHECK(all[0].at == "2025-03-10T09:03:00Z");
    CHECK(all[3].at == "2025-03-10T09:00:00Z");

    const auto products = audit_history(conn, "product");
    CHECK(products.size() == 3);
    const auto product_a = audit_history(conn, "product", "A");
    REQUIRE(product_a.size() == 2);
    CHECK(product_a[0].at == "2025-03-10T09:03:00Z");
    CHECK(product_a[1].at == "2025-03-10T09:00:00Z");
    CHECK(audit_history(conn, "account", "A").size() == 1);
    CHECK(audit_history(conn, "promotion").empty());

    const auto latest = audit_history(conn, {}, {}, 2);
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].at == "2025-03-10T09:03:00Z");
    CHECK(latest[1].at == "2025-03-10T09:02:00Z");
}
