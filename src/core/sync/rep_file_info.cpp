#include "sync/rep_file_info.h"

#include "db/statement.h"

namespace uplift {

std::optional<RepFileInfo> rep_file_info(db::Connection& conn) {
    // A file older than the targets schema has none of these settings: not a rep file.
    db::Statement s(conn,
                    "SELECT (SELECT value FROM settings WHERE key = 'rep_export_id'), "
                    "(SELECT value FROM settings WHERE key = 'rep_main_database'), "
                    "(SELECT value FROM settings WHERE key = 'rep_name')");
    s.step();
    const auto export_id = s.get_opt_text(0);
    if (!export_id || export_id->empty()) {
        return std::nullopt;
    }
    return RepFileInfo{*export_id, s.get_opt_text(1).value_or(""), s.get_opt_text(2).value_or("")};
}

}  // namespace uplift
