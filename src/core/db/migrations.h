#pragma once
// Schema migrations: db/NNNN_name.sql, compiled in, applied one version at a time.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace uplift::db {

class Connection;

struct MigrationScript {
    int version;
    const char* name;
    const char* sql;
};

const std::vector<MigrationScript>& migration_scripts();

// The schema version this program writes.
int latest_schema_version();

struct MigrationReport {
    int from_version = 0;
    int to_version = 0;
    std::filesystem::path backup;  // empty when no backup was needed (new or current file)
};

// Brings the file to the latest schema. A file with data is first copied with the SQLite backup
// API to "<file>.bak-v<from>"; then each step runs in its own transaction and sets user_version.
// A file written by a newer Uplift is refused with UserError and left untouched.
MigrationReport migrate(Connection& conn);

// Copies the whole database to `target` with the SQLite online backup API.
void backup_to(Connection& conn, const std::filesystem::path& target);

}  // namespace uplift::db
