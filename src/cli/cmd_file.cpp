// init, backup, check: commands about the Uplift file itself.
#include <fmt/format.h>

#include <ostream>

#include "command.h"
#include "db/migrations.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "workflows/integrity_check.h"

namespace uplift::cli {

namespace {

int run_init(CommandContext& c) {
    const std::string path = c.db_path();
    const Currency currency(c.args.get("--currency").value_or("EUR"));
    db::Connection conn = db::create_file(path, currency);
    c.out << fmt::format("created {} (schema version {}, currency {}, user admin)\n", path,
                         db::latest_schema_version(), currency.code());
    return 0;
}

int run_backup(CommandContext& c) {
    const std::string target = c.positional(0, "FILE (where to write the backup)");
    db::Connection conn = c.open_db();
    c.actor(conn);  // an unknown --user is refused like everywhere else
    if (std::filesystem::exists(target)) {
        throw UserError(fmt::format("{}: file exists; choose another name", target));
    }
    db::backup_to(conn, target);
    c.out << fmt::format("backup written to {}\n", target);
    return 0;
}

int run_check(CommandContext& c) {
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);  // an unknown --user is refused
    if (c.args.has("--repair")) {
        repair_actuals_summary(conn, actor);
        c.out << "rebuilt the actuals summary from the detail rows\n";
    }
    const auto problems = check_integrity(conn);
    if (problems.empty()) {
        c.out << "ok: integrity, foreign keys, prices, hierarchy, actuals, discount conditions "
                 "and requests, and users are sound\n";
        return 0;
    }
    for (const auto& p : problems) {
        c.err << "problem: " << p << "\n";
    }
    c.err << fmt::format("error: {} problem{} found\n", problems.size(),
                         problems.size() == 1 ? "" : "s");
    return 1;
}

}  // namespace

void add_file_commands(std::vector<Command>& out) {
    out.push_back({"init",
                   "init [--currency CODE]",
                   "create a new empty Uplift file",
                   "Creates the file given by --db (or $UPLIFT_DB) at the latest schema, with "
                   "the user 'admin'.\nAn existing file is never overwritten.",
                   {{"--currency", true, "CODE  the file's currency (default EUR)"}},
                   run_init});
    out.push_back({"backup",
                   "backup FILE",
                   "copy the open file to FILE (SQLite backup API)",
                   "Writes a consistent copy even while others read the file.",
                   {},
                   run_backup});
    out.push_back({"check",
                   "check [--repair]",
                   "check the file's integrity and Uplift's invariants",
                   "Runs SQLite's integrity_check and foreign_key_check, then Uplift's own "
                   "checks:\nprice validity overlaps, account hierarchy loops, actuals on "
                   "Mondays and of live batches,\nusers with roles, the actuals summary equal "
                   "to the detail rows. Exit code 1 lists each\nproblem. --repair (Admin) first "
                   "rebuilds the actuals summary.",
                   {{"--repair", false, "rebuild the actuals summary first"}},
                   run_check});
}

}  // namespace uplift::cli
