#pragma once
// Opening an Uplift file: connect, check it is ours, bring the schema up to date.
#include <filesystem>
#include <string>
#include <string_view>

#include "calendar/calendar.h"
#include "db/connection.h"
#include "db/migrations.h"
#include "money/money.h"

namespace uplift::db {

// Creates a new file at the latest schema; refuses to overwrite an existing one.
Connection create_file(const std::filesystem::path& path, const Currency& currency);
// Opens an existing file read-write and migrates it (backup first) when it is older.
Connection open_file(const std::filesystem::path& path, MigrationReport* report = nullptr);
// Opens read-only; a file that needs migrating is refused.
Connection open_file_read_only(const std::filesystem::path& path);
// A migrated in-memory database for tests.
Connection create_memory(const Currency& currency = Currency("EUR"));

std::string get_setting(Connection& conn, std::string_view key);
void set_setting(Connection& conn, std::string_view key, std::string_view value);
Currency file_currency(Connection& conn);
// The file's fiscal calendar (settings fiscal_first_month and fiscal_calendar).
FiscalCalendar file_fiscal_calendar(Connection& conn);

}  // namespace uplift::db
