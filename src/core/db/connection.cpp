#include "db/connection.h"

#include <fmt/format.h>

#include <utility>

#include "db/statement.h"
#include "errors.h"

namespace uplift::db {

Connection::Connection(sqlite3* db, std::filesystem::path path, bool read_only)
    : db_(db), path_(std::move(path)), read_only_(read_only) {}

Connection::Connection(Connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)),
      read_only_(other.read_only_),
      composing_(other.composing_) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        if (db_ != nullptr) {
            sqlite3_close_v2(db_);
        }
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        read_only_ = other.read_only_;
        composing_ = other.composing_;
    }
    return *this;
}

Connection::~Connection() {
    if (db_ != nullptr) {
        sqlite3_close_v2(db_);
    }
}

// `switch_to_wal` is false for another program's SQLite file: journal_mode=WAL is written into
// the file's header, and a file we are about to refuse must be left as it was.
static void apply_pragmas(Connection& c, bool switch_to_wal) {
    sqlite3_busy_timeout(c.handle(), 5000);
    // recursive_triggers makes INSERT OR REPLACE fire DELETE triggers, so a replace cannot
    // slip past the append-only audit log's trigger.
    c.exec_script("PRAGMA foreign_keys=ON; PRAGMA recursive_triggers=ON;");
    if (!c.read_only()) {
        if (switch_to_wal) {
            c.exec_script("PRAGMA journal_mode=WAL;");
        }
        c.exec_script("PRAGMA synchronous=NORMAL;");
    }
    c.exec_script("PRAGMA temp_store=MEMORY;");
}

// Before SQLite's first use: no allocation statistics. Keeping them takes a global mutex on
// every allocation, a tenth of a bulk insert's time; Uplift never reads them. Harmless when
// another part of the process initialised SQLite first (the call is then refused).
static void configure_sqlite_once() {
    static const bool done = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)done;
}

Connection Connection::open(const std::filesystem::path& path, OpenMode mode) {
    configure_sqlite_once();
    // NOMUTEX: a connection is only ever used by one thread at a time (each worker opens its
    // own), so SQLite's per-call locking would be pure cost.
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
        case OpenMode::ReadWrite:
            flags |= SQLITE_OPEN_READWRITE;
            break;
        case OpenMode::Create:
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
            break;
        case OpenMode::ReadOnly:
            flags |= SQLITE_OPEN_READONLY;
            break;
    }
    if (mode != OpenMode::Create && !std::filesystem::exists(path)) {
        throw UserError(fmt::format("{}: no such file", path.string()));
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.string().c_str(), &raw, flags, nullptr);
    Connection c(raw, path, mode == OpenMode::ReadOnly);
    if (rc != SQLITE_OK) {
        const std::string msg = raw != nullptr ? sqlite3_errmsg(raw) : "out of memory";
        throw UserError(fmt::format("{}: cannot open: {}", path.string(), msg));
    }
    // Reading the header proves it is an SQLite database before we touch anything else.
    std::int32_t app_id = 0;
    try {
        app_id = c.application_id();
    } catch (const DatabaseError&) {
        throw UserError(
            fmt::format("{}: not an Uplift file (not an SQLite database)", path.string()));
    }
    if (app_id != 0 && app_id != kApplicationId) {
        throw UserError(fmt::format("{}: not an Uplift file (application_id {:#x})", path.string(),
                                    static_cast<std::uint32_t>(app_id)));
    }
    apply_pragmas(
        c, app_id == kApplicationId || query_int(c, "SELECT count(*) FROM sqlite_schema") == 0);
    return c;
}

Connection Connection::open_memory() {
    configure_sqlite_once();
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Connection c(raw, ":memory:", false);
    c.check(rc, "open :memory:");
    sqlite3_busy_timeout(c.handle(), 5000);
    c.exec_script("PRAGMA foreign_keys=ON; PRAGMA recursive_triggers=ON;");
    return c;
}

void Connection::exec_script(std::string_view sql) {
    char* err = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw DatabaseError(msg);
    }
}

std::int64_t Connection::last_insert_id() const {
    return sqlite3_last_insert_rowid(db_);
}

int Connection::changes() const {
    return sqlite3_changes(db_);
}

std::int32_t Connection::user_version() {
    Statement s(*this, "PRAGMA user_version");
    s.step();
    return static_cast<std::int32_t>(s.get_int(0));
}

void Connection::set_user_version(std::int32_t v) {
    exec_script(fmt::format("PRAGMA user_version={};", v));
}

std::int32_t Connection::application_id() {
    Statement s(*this, "PRAGMA application_id");
    s.step();
    return static_cast<std::int32_t>(s.get_int(0));
}

void Connection::check(int rc, std::string_view what) const {
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) {
        return;
    }
    const char* msg = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    throw DatabaseError(fmt::format("{}: {}", what, msg));
}

}  // namespace uplift::db
