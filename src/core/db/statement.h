#pragma once
// One prepared statement with typed binding and reading. Exactly one SQL statement: text after
// the first statement is refused, so values can never smuggle a second one in.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "db/connection.h"

namespace uplift::db {


class Statement {
public:
    Statement(Connection& conn, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind_null(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // Binds all arguments in order starting at parameter 1.
    template <typename... Args>
    Statement& bind_all(const Args&... args) {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Returns true while a row is available; false when done.
    bool step();
    // Runs a statement that returns no rows; throws if it does.
    void exec();
    void reset();
    void clear_bindings();

    bool is_null(int col) const;
    std::int64_t get_int(int col) const;
    double get_double(int col) const;
    std::string get_text(int col) const;
    std::string_view get_text_view(int col) const;
    std::optional<std::int64_t> get_opt_int(int col) const;
    std::optional<std::string> get_opt_text(int col) const;
    int column_count() const;
    std::string column_name(int col) const;
    int column_type(int col) const;

    sqlite3_stmt* handle() const { return stmt_; }

private:
    void check_bind(int rc, int index);
    Connection* conn_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Convenience for one-value queries ("SELECT count(*) ...").
std::int64_t query_int(Connection& conn, std::string_view sql);

}  // namespace uplift::db
