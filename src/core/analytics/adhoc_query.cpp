#include "analytics/adhoc_query.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cstring>
#include <set>

#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"

namespace uplift {

namespace {

bool is_reporting_view(const char* name) {
    return name != nullptr && std::strncmp(name, "v_", 2) == 0;
}

// Allows SELECT, reads through a v_* view (the view's own reads of base tables carry the view's
// name in the last argument), and harmless functions; denies everything else, including
// direct reads of tables, PRAGMA, ATTACH and writes.
int authorize(void* user, int action, const char* a3, const char* a4,
              const char* /*db*/, const char* inner) {
    switch (action) {
        case SQLITE_SELECT:
        case SQLITE_RECURSIVE:
            return SQLITE_OK;
        case SQLITE_FUNCTION:
            // load_extension and friends are not for ad-hoc queries. SQLite passes the
            // function's name in the fourth argument (the third is NULL).
            if (a4 != nullptr &&
                (std::strcmp(a4, "load_extension") == 0 || std::strcmp(a4, "readfile") == 0 ||
                 std::strcmp(a4, "writefile") == 0)) {
                return SQLITE_DENY;
            }
            return SQLITE_OK;
        case SQLITE_READ:
            if (is_reporting_view(a3) || is_reporting_view(inner)) {
                return SQLITE_OK;
            }
            // SQLite reports a table it joins without reading a column (flattened views,
            // count(*)) with an empty column name: no value is read.
            if (a4 != nullptr && a4[0] == '\0') {
                return SQLITE_OK;
            }
            // A common table expression or subquery is not stored data; reading it is fine.
            if (a3 == nullptr || !static_cast<const std::set<std::string>*>(user)->contains(a3)) {
                return SQLITE_OK;
            }
            return SQLITE_DENY;
        default:
            return SQLITE_DENY;
    }
}

struct Deadline {
    std::chrono::steady_clock::time_point until;
};

int progress(void* p) {
    const auto* d = static_cast<const Deadline*>(p);
    return std::chrono::steady_clock::now() > d->until ? 1 : 0;
}

}  // namespace

void run_readonly_query(const std::filesystem::path& file, const std::string& sql,
                        const std::function<void(const std::vector<std::string>&)>& on_header,
                        const std::function<void(const std::vector<std::string>&)>& on_row,
                        std::chrono::milliseconds limit) {
    db::Connection conn = db::open_file_read_only(file);
    // Stored tables (and SQLite's own) may only be read through a reporting view.
    std::set<std::string> stored{"sqlite_schema", "sqlite_master", "sqlite_temp_schema",
                                 "sqlite_temp_master", "sqlite_sequence", "sqlite_stat1",
                                 "sqlite_stat4"};
    {
        db::Statement names(conn, "SELECT name FROM sqlite_schema WHERE type = 'table'");
        while (names.step()) {
            stored.insert(names.get_text(0));
        }
    }
    sqlite3_set_authorizer(conn.handle(), authorize, &stored);
    Deadline deadline{std::chrono::steady_clock::now() + limit};
    sqlite3_progress_handler(conn.handle(), 10000, progress, &deadline);
    std::optional<db::Statement> stmt;
    try {
        stmt.emplace(conn, sql);
    } catch (const DatabaseError& e) {
        const std::string msg = e.what();
        if (msg.find("not authorized") != std::string::npos ||
            msg.find("prohibited") != std::string::npos) {
            throw UserError(
                "query refused: only SELECT over the reporting views (v_*) is allowed; see "
                "docs/reporting-views.md");
        }
        throw UserError(fmt::format("query refused: {}", msg));
    }
    if (sqlite3_stmt_readonly(stmt->handle()) == 0) {
        throw UserError("query refused: only reading is allowed");
    }
    std::vector<std::string> header;
    header.reserve(static_cast<std::size_t>(stmt->column_count()));
    for (int i = 0; i < stmt->column_count(); ++i) {
        header.push_back(stmt->column_name(i));
    }
    on_header(header);
    std::vector<std::string> row(header.size());
    while (stmt->step()) {
        for (int i = 0; i < stmt->column_count(); ++i) {
            row[static_cast<std::size_t>(i)] = stmt->get_text(i);
        }
        on_row(row);
    }
}

std::vector<std::string> reporting_views(const std::filesystem::path& file) {
    db::Connection conn = db::open_file_read_only(file);
    db::Statement s(conn,
                    "SELECT name FROM sqlite_schema WHERE type = 'view' AND name LIKE 'v\\_%' "
                    "ESCAPE '\\' ORDER BY name");
    std::vector<std::string> out;
    while (s.step()) {
        out.push_back(s.get_text(0));
    }
    return out;
}

}  // namespace uplift
