#include "db/uplift_file.h"

#include <fmt/format.h>

#include "db/statement.h"
#include "errors.h"

namespace uplift::db {

Connection create_file(const std::filesystem::path& path, const Currency& currency) {
    if (std::filesystem::exists(path)) {
        throw UserError(fmt::format("{}: file exists; choose another name", path.string()));
    }
    Connection conn = Connection::open(path, OpenMode::Create);
    migrate(conn);
    set_setting(conn, "currency", currency.code());
    return conn;
}

Connection open_file(const std::filesystem::path& path, MigrationReport* report) {
    Connection conn = Connection::open(path, OpenMode::ReadWrite);
    if (conn.user_version() == 0 && query_int(conn, "SELECT count(*) FROM sqlite_schema") > 0) {
        throw UserError(fmt::format("{}: not an Uplift file", path.string()));
    }
    MigrationReport r = migrate(conn);
    if (report != nullptr) {
        *report = r;
    }
    return conn;
}

Connection open_file_read_only(const std::filesystem::path& path) {
    Connection conn = Connection::open(path, OpenMode::ReadOnly);
    if (conn.user_version() == 0) {
        throw UserError(fmt::format("{}: not an Uplift file", path.string()));
    }
    migrate(conn);  // refuses newer files and files that need an upgrade
    return conn;
}

Connection create_memory(const Currency& currency) {
    Connection conn = Connection::open_memory();
    migrate(conn);
    set_setting(conn, "currency", currency.code());
    return conn;
}

std::string get_setting(Connection& conn, std::string_view key) {
    Statement s(conn, "SELECT value FROM settings WHERE key = ?");
    s.bind(1, key);
    if (!s.step()) {
        throw DatabaseError(fmt::format("setting '{}' is missing", key));
    }
    return s.get_text(0);
}

void set_setting(Connection& conn, std::string_view key, std::string_view value) {
    Statement s(conn,
                "INSERT INTO settings(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind_all(key, value);
    s.exec();
}

Currency file_currency(Connection& conn) {
    return Currency(get_setting(conn, "currency"));
}

FiscalCalendar file_fiscal_calendar(Connection& conn) {
    return FiscalCalendar(std::stoi(get_setting(conn, "fiscal_first_month")),
                          get_setting(conn, "fiscal_calendar") == "445"
                              ? FiscalCalendar::Kind::FourFourFive
                              : FiscalCalendar::Kind::Calendar);
}

}  // namespace uplift::db
