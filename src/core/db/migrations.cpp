#include "db/migrations.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>

#include "db/connection.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"

namespace uplift::db {

int latest_schema_version() {
    const auto& s = migration_scripts();
    return s.empty() ? 0 : s.back().version;
}

void backup_to(Connection& conn, const std::filesystem::path& target) {
    std::error_code ec;
    std::filesystem::remove(target, ec);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(target.string().c_str(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(dest);
        throw UserError(fmt::format("{}: cannot create backup file", target.string()));
    }
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", conn.handle(), "main");
    if (b == nullptr) {
        const std::string msg = sqlite3_errmsg(dest);
        sqlite3_close_v2(dest);
        throw DatabaseError(fmt::format("backup to {} failed: {}", target.string(), msg));
    }
    rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    const std::string msg = sqlite3_errmsg(dest);
    sqlite3_close_v2(dest);
    if (rc != SQLITE_DONE) {
        std::filesystem::remove(target, ec);
        throw DatabaseError(fmt::format("backup to {} failed: {}", target.string(), msg));
    }
}

static bool has_tables(Connection& conn) {
    return query_int(conn, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'") > 0;
}

MigrationReport migrate(Connection& conn) {
    MigrationReport report;
    report.from_version = conn.user_version();
    report.to_version = report.from_version;
    const int latest = latest_schema_version();
    if (report.from_version > latest) {
        throw UserError(fmt::format(
            "{}: this file was written by a newer Uplift (schema version {}; this program "
            "knows up to {}). Install the newer Uplift to open it.",
            conn.path().string(), report.from_version, latest));
    }
    if (report.from_version == latest) {
        return report;
    }
    if (conn.read_only()) {
        throw UserError(fmt::format("{}: schema version {} needs an upgrade to {}; open it "
                                    "writable once to upgrade it",
                                    conn.path().string(), report.from_version, latest));
    }
    if (report.from_version > 0 || has_tables(conn)) {
        if (conn.path() != ":memory:") {
            report.backup = conn.path();
            report.backup += fmt::format(".bak-v{}", report.from_version);
            backup_to(conn, report.backup);
        }
    }
    for (const auto& step : migration_scripts()) {
        if (step.version <= report.from_version) {
            continue;
        }
        Transaction tx(conn);
        try {
            conn.exec_script(step.sql);
        } catch (const DatabaseError& e) {
            throw DatabaseError(fmt::format("migration {} failed: {}", step.name, e.what()));
        }
        if (step.version == 1) {
            conn.exec_script(fmt::format("PRAGMA application_id={};", kApplicationId));
        }
        conn.set_user_version(step.version);
        tx.commit();
        report.to_version = step.version;
    }
    return report;
}

}  // namespace uplift::db
