#pragma once
// `rep export`: a standalone Uplift file for one sales rep (SPEC §6.1).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {

struct RepExport {
    std::string export_id;  // random; stored in the rep file and in the main file's rep_exports
    std::string rep;
    std::filesystem::path file;
    std::int64_t accounts = 0;
    std::int64_t targets = 0;
    std::int64_t promotions = 0;
    std::int64_t products = 0;
};

// Writes a new Uplift file at `path` (refused when it exists; mode 0600) for the user `rep`
// (role REP): their accounts with the channels and regions they use, the whole catalogue and
// the prices it needs (central and their accounts' lists), their accounts' targets (editable,
// with an untouched copy to diff against at merge time) and promotions (read-only), and the rep
// as the file's only user. The main file's ids are kept so target keys match. Nothing of other
// reps or partners is written. Needs the right reps.export; recorded and audited in `main`.
RepExport export_rep_file(db::Connection& main, const ActionContext& ctx, const std::string& rep,
                          const std::filesystem::path& path);

// A rep a file can be exported for: an active user with the role REP who is the rep of at least
// one account (a rep without partners would get an empty file). By name.
struct ExportableRep {
    std::string name;
    std::string full_name;
    std::int64_t accounts = 0;
};
std::vector<ExportableRep> list_exportable_reps(db::Connection& main);

}  // namespace uplift
