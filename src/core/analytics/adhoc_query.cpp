#include "analytics/adhoc_query.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <optional>

#include "analytics/adhoc_printf.h"
#include "analytics/adhoc_query_guard.h"
#include "analytics/sql_tokens.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"

namespace uplift {

namespace {

struct AdhocStop {
    std::chrono::steady_clock::time_point until;
    const std::atomic<bool>* cancel = nullptr;
};

int adhoc_progress(void* p) {
    const auto* stop = static_cast<const AdhocStop*>(p);
    if (stop->cancel != nullptr && stop->cancel->load(std::memory_order_relaxed)) {
        return 1;
    }
    return std::chrono::steady_clock::now() > stop->until ? 1 : 0;
}

// SQLite steps between checks of the clock and the cancel flag. Each step is bounded by the
// value size limit below (a 200 kB printf takes a millisecond), so a hundred of them stay far
// under the 2 s a stop may take; the clock read costs about 1 % of a scan.
constexpr int kAdhocProgressSteps = 100;

// Limits for untrusted SQL (SQLite's "Defense against the dark arts"): values up to 200 kB,
// which also caps a step's time (instr() and replace() are quadratic: 0.2 s at that size, 6 s
// at 1 MB), statement text up to 100 kB, no attached databases.
void limit_adhoc_connection(sqlite3* db) {
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 200'000);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100'000);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1'000);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 0);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
}

std::string adhoc_prepare_message(const std::string& msg) {
    constexpr std::string_view prefix = "cannot prepare SQL: ";
    return msg.starts_with(prefix) ? msg.substr(prefix.size()) : msg;
}

}  // namespace

void run_readonly_query(const std::filesystem::path& file, const std::string& sql,
                        const std::function<void(const std::vector<std::string>&)>& on_header,
                        const std::function<void(const std::vector<std::string>&)>& on_row,
                        std::chrono::milliseconds limit, const std::atomic<bool>* cancel) {
    check_adhoc_text(sql);
    // Declared first: the connection's printf uses it until the connection closes.
    AdhocPrintf printf_guard;
    db::Connection conn = db::open_file_read_only(file);
    AdhocGuard guard;
    guard.tables = {"sqlite_schema",   "sqlite_master", "sqlite_temp_schema", "sqlite_temp_master",
                    "sqlite_sequence", "sqlite_stat1",  "sqlite_stat4"};
    {
        db::Statement names(conn, "SELECT type, name FROM sqlite_schema");
        while (names.step()) {
            const std::string name = names.get_text(1);
            if (names.get_text(0) == "table") {
                guard.tables.insert(ascii_lower(name));
            } else if (names.get_text(0) == "view" && name.starts_with("v_")) {
                guard.views.insert(name);
            }
        }
    }
    // A hostile DISTINCT or ORDER BY over a cross join fills a temporary file rather than the
    // process's memory (the time limit bounds either).
    conn.exec_script("PRAGMA temp_store=FILE;");
    limit_adhoc_connection(conn.handle());
    printf_guard.install(conn.handle());
    install_adhoc_guard(conn.handle(), guard);
    AdhocStop stop{std::chrono::steady_clock::now() + limit, cancel};
    sqlite3_progress_handler(conn.handle(), kAdhocProgressSteps, adhoc_progress, &stop);
    std::optional<db::Statement> stmt;
    try {
        stmt.emplace(conn, sql);
    } catch (const UserError& e) {
        throw UserError(fmt::format("query refused: {}", e.what()));
    } catch (const DatabaseError& e) {
        if (!guard.refusal.empty()) {
            throw UserError(fmt::format("query refused: {}", guard.refusal));
        }
        throw UserError(fmt::format("query refused: {}", adhoc_prepare_message(e.what())));
    }
    if (sqlite3_stmt_readonly(stmt->handle()) == 0) {
        throw UserError("query refused: only reading is allowed");
    }
    if (sqlite3_stmt_isexplain(stmt->handle()) != 0) {
        throw UserError("query refused: only SELECT is allowed, not EXPLAIN");
    }
    std::vector<std::string> header;
    header.reserve(static_cast<std::size_t>(stmt->column_count()));
    for (int i = 0; i < stmt->column_count(); ++i) {
        header.push_back(stmt->column_name(i));
    }
    on_header(header);
    std::vector<std::string> row(header.size());
    try {
        while (stmt->step()) {
            for (int i = 0; i < stmt->column_count(); ++i) {
                row[static_cast<std::size_t>(i)] = stmt->get_text(i);
            }
            on_row(row);
        }
    } catch (const UserError&) {
        // The progress handler stopped it: say which of its two reasons.
        if (cancel != nullptr && cancel->load()) {
            throw Cancelled();
        }
        throw;
    } catch (const DatabaseError& e) {
        // A value too big, an overflowing sum: the query's fault, not the file's.
        throw UserError(fmt::format("query failed: {}", e.what()));
    }
}

std::vector<std::string> reporting_views(const std::filesystem::path& file) {
    std::vector<std::string> out;
    for (ReportingView& v : reporting_view_columns(file)) {
        out.push_back(std::move(v.name));
    }
    return out;
}

std::vector<ReportingView> reporting_view_columns(const std::filesystem::path& file) {
    db::Connection conn = db::open_file_read_only(file);
    db::Statement s(conn,
                    "SELECT m.name, c.name FROM sqlite_schema m, pragma_table_info(m.name) c "
                    "WHERE m.type = 'view' AND m.name LIKE 'v\\_%' ESCAPE '\\' "
                    "ORDER BY m.name, c.cid");
    std::vector<ReportingView> out;
    while (s.step()) {
        std::string view = s.get_text(0);
        if (out.empty() || out.back().name != view) {
            out.push_back({std::move(view), {}});
        }
        out.back().columns.push_back(s.get_text(1));
    }
    return out;
}

}  // namespace uplift
