#pragma once
// One uplift-cli subcommand: its name, help and what it does.
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "args.h"
#include "calendar/calendar.h"
#include "db/connection.h"
#include "security/action_context.h"

namespace uplift::cli {

// Options every command accepts, before or after the subcommand.
struct GlobalOptions {
    std::optional<std::string> db;
    std::optional<std::string> user;
    std::optional<std::string> today;
};

class CommandContext {
  public:
    CommandContext(ParsedArgs parsed, GlobalOptions global_options, std::ostream& out_stream,
                   std::ostream& err_stream)
        : args(std::move(parsed)),
          globals(std::move(global_options)),
          out(out_stream),
          err(err_stream) {}

    ParsedArgs args;
    GlobalOptions globals;
    std::ostream& out;
    std::ostream& err;

    // The --db file; UsageError when none was given.
    std::string db_path() const;
    // Opens the file read-write (migrating it) / read-only.
    db::Connection open_db() const;
    // The acting user (--user, default admin) with today and the wall-clock time.
    ActionContext actor(db::Connection& conn) const;
    Date today() const;
    // Positional i, or UsageError naming what is missing.
    const std::string& positional(std::size_t i, const char* what) const;
};

// Exit code of a merge stopped by conflicts (0 success, 1 refused, 2 misuse come from run_cli).
inline constexpr int kExitConflicts = 3;

struct Command {
    std::string name;
    std::string usage;    // "import KIND FILE"
    std::string summary;  // one line for the command list
    std::string details;  // paragraphs for `--help`
    std::vector<OptionSpec> options;
    std::function<int(CommandContext&)> run;
};

// Every command, in the order `--help` lists them.
const std::vector<Command>& all_commands();

// Registration hooks, one per cmd_*.cpp file.
void add_file_commands(std::vector<Command>& out);        // init, backup, check
void add_import_commands(std::vector<Command>& out);      // import, batches, rollback
void add_query_commands(std::vector<Command>& out);       // query
void add_user_commands(std::vector<Command>& out);        // user
void add_demo_commands(std::vector<Command>& out);        // demo
void add_report_commands(std::vector<Command>& out);      // report
void add_promo_commands(std::vector<Command>& out);       // promo
void add_fund_commands(std::vector<Command>& out);        // fund
void add_claim_commands(std::vector<Command>& out);       // claim
void add_returns_commands(std::vector<Command>& out);     // returns, reason
void add_elasticity_commands(std::vector<Command>& out);  // elasticity
void add_target_commands(std::vector<Command>& out);      // target
void add_rep_commands(std::vector<Command>& out);         // rep
void add_discount_commands(std::vector<Command>& out);    // condition, discount

}  // namespace uplift::cli
