#include "db/statement.h"

#include <fmt/format.h>

#include <cctype>
#include <utility>

#include "db/connection.h"
#include "errors.h"

namespace uplift::db {

namespace {

bool only_space_or_comments(const char* p) {
    while (*p != '\0') {
        if (std::isspace(static_cast<unsigned char>(*p)) != 0 || *p == ';') {
            ++p;
        } else if (p[0] == '-' && p[1] == '-') {
            while (*p != '\0' && *p != '\n') {
                ++p;
            }
        } else {
            return false;
        }
    }
    return true;
}

[[noreturn]] void throw_step_error(sqlite3* db, int rc) {
    const std::string msg = sqlite3_errmsg(db);
    // Constraint failures are refusals of what the user asked for, not broken databases.
    if ((rc & 0xff) == SQLITE_CONSTRAINT) {
        throw UserError(msg);
    }
    if ((rc & 0xff) == SQLITE_INTERRUPT) {
        throw UserError("the query was stopped: it ran past its time limit");
    }
    throw DatabaseError(msg);
}

}  // namespace

Statement::Statement(Connection& conn, std::string_view sql) : conn_(&conn) {
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(conn.handle(), sql.data(), static_cast<int>(sql.size()), 0,
                                      &stmt_, &tail);
    if (rc != SQLITE_OK) {
        const std::string msg = sqlite3_errmsg(conn.handle());
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throw DatabaseError(fmt::format("cannot prepare SQL: {}", msg));
    }
    if (stmt_ == nullptr) {
        throw DatabaseError("cannot prepare SQL: empty statement");
    }
    const std::string rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
    if (!only_space_or_comments(rest.c_str())) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throw UserError("only one SQL statement is allowed");
    }
}

Statement::Statement(Statement&& other) noexcept
    : conn_(other.conn_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::check_bind(int rc, int index) {
    if (rc != SQLITE_OK) {
        throw DatabaseError(fmt::format("cannot bind parameter {}: {}", index,
                                        sqlite3_errmsg(conn_->handle())));
    }
}

Statement& Statement::bind(int index, std::int64_t value) {
    check_bind(sqlite3_bind_int64(stmt_, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check_bind(sqlite3_bind_double(stmt_, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    check_bind(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                   SQLITE_UTF8),
               index);
    return *this;
}

Statement& Statement::bind_null(int index) {
    check_bind(sqlite3_bind_null(stmt_, index), index);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(stmt_);
    throw_step_error(conn_->handle(), rc);
}

void Statement::exec() {
    if (step()) {
        sqlite3_reset(stmt_);
        throw DatabaseError("statement returned rows where none were expected");
    }
    sqlite3_reset(stmt_);
}

void Statement::reset() { sqlite3_reset(stmt_); }

void Statement::clear_bindings() { sqlite3_clear_bindings(stmt_); }

bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

std::int64_t Statement::get_int(int col) const { return sqlite3_column_int64(stmt_, col); }

double Statement::get_double(int col) const { return sqlite3_column_double(stmt_, col); }

std::string Statement::get_text(int col) const { return std::string(get_text_view(col)); }

std::string_view Statement::get_text_view(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    if (p == nullptr) {
        return {};
    }
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))};
}

std::optional<std::int64_t> Statement::get_opt_int(int col) const {
    if (is_null(col)) {
        return std::nullopt;
    }
    return get_int(col);
}

std::optional<std::string> Statement::get_opt_text(int col) const {
    if (is_null(col)) {
        return std::nullopt;
    }
    return get_text(col);
}

int Statement::column_count() const { return sqlite3_column_count(stmt_); }

std::string Statement::column_name(int col) const { return sqlite3_column_name(stmt_, col); }

int Statement::column_type(int col) const { return sqlite3_column_type(stmt_, col); }

std::int64_t query_int(Connection& conn, std::string_view sql) {
    Statement s(conn, sql);
    if (!s.step()) {
        throw DatabaseError(fmt::format("query returned no row: {}", sql));
    }
    return s.get_int(0);
}

}  // namespace uplift::db
