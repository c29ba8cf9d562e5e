#pragma once
// Is the open file a rep file (SPEC §6.1), and whose? The GUI opens a rep file in rep mode and
// the CLI acts as its rep by default.
#include <optional>
#include <string>

namespace uplift {
namespace db {
class Connection;
}

struct RepFileInfo {
    std::string export_id;      // the export this file came from
    std::string main_database;  // database_id of the main file it was exported from
    std::string rep;            // the rep's user name
};

// The rep file's settings; nullopt for a main file.
std::optional<RepFileInfo> rep_file_info(db::Connection& conn);

}  // namespace uplift
