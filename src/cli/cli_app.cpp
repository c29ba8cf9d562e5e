#include "cli_app.h"

#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <ostream>

#include "command.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "io/import_errors.h"
#include "sync/rep_file_info.h"

namespace uplift::cli {

namespace {

constexpr const char* kGlobalHelp =
    "Global options (before or after the command):\n"
    "  --db FILE       the Uplift file (default: $UPLIFT_DB)\n"
    "  --user NAME     the acting user (default: admin)\n"
    "  --today DATE    the business date YYYY-MM-DD (default: $UPLIFT_TODAY, else the system "
    "date)\n"
    "  --help          help for the command\n";

std::string wall_clock_now() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

void print_overview(std::ostream& out) {
    out << "Usage: uplift-cli [--db FILE] [--user NAME] [--today DATE] COMMAND [ARGS]\n\n"
           "Uplift trade-promotion management from the command line.\n\nCommands:\n";
    for (const auto& c : all_commands()) {
        out << fmt::format("  {:<34} {}\n", c.usage, c.summary);
    }
    out << "\n"
        << kGlobalHelp
        << "\nExit codes: 0 success, 1 refused or bad input (nothing changed), 2 misuse, "
           "3 merge stopped by conflicts.\nRun 'uplift-cli COMMAND --help' for a command's "
           "options.\n";
}

void print_command_help(std::ostream& out, const Command& c) {
    out << "Usage: uplift-cli " << c.usage << "\n\n" << c.summary << "\n";
    if (!c.details.empty()) {
        out << "\n" << c.details << "\n";
    }
    if (!c.options.empty()) {
        out << "\nOptions:\n";
        for (const auto& o : c.options) {
            out << fmt::format("  {:<16} {}\n", o.name, o.help);
        }
    }
    out << "\n" << kGlobalHelp;
}

}  // namespace

// Set by run_cli for CommandContext (environment defaults).
static thread_local const Environment* g_env = nullptr;

std::string CommandContext::db_path() const {
    if (globals.db && !globals.db->empty()) {
        return *globals.db;
    }
    if (g_env != nullptr && !g_env->db.empty()) {
        return g_env->db;
    }
    throw UsageError("no Uplift file: pass --db FILE or set UPLIFT_DB");
}

db::Connection CommandContext::open_db() const {
    return db::open_file(db_path());
}

Date CommandContext::today() const {
    std::string text;
    if (globals.today) {
        text = *globals.today;
    } else if (g_env != nullptr && !g_env->today.empty()) {
        text = g_env->today;
    }
    if (text.empty()) {
        const std::time_t t = std::time(nullptr);
        std::tm tm{};
        localtime_r(&t, &tm);
        return Date(static_cast<unsigned short>(tm.tm_year + 1900),
                    static_cast<unsigned short>(tm.tm_mon + 1),
                    static_cast<unsigned short>(tm.tm_mday));
    }
    if (auto d = try_parse_date(text)) {
        return *d;
    }
    throw UsageError(fmt::format("--today: '{}' is not a date (YYYY-MM-DD)", text));
}

ActionContext CommandContext::actor(db::Connection& conn) const {
    // In a rep file the default user is its rep (SPEC §1).
    std::string user = "admin";
    if (globals.user) {
        user = *globals.user;
    } else if (const auto rep_file = rep_file_info(conn)) {
        user = rep_file->rep;
    }
    return load_actor(conn, user, today(), wall_clock_now());
}

const std::string& CommandContext::positional(std::size_t i, const char* what) const {
    if (i >= args.positionals.size()) {
        throw UsageError(fmt::format("missing {}", what));
    }
    return args.positionals[i];
}

const std::vector<Command>& all_commands() {
    static const std::vector<Command> commands = [] {
        std::vector<Command> v;
        add_file_commands(v);
        add_demo_commands(v);
        add_import_commands(v);
        add_query_commands(v);
        add_report_commands(v);
        add_promo_commands(v);
        add_fund_commands(v);
        add_claim_commands(v);
        add_discount_commands(v);
        add_returns_commands(v);
        add_target_commands(v);
        add_rep_commands(v);
        add_user_commands(v);
        add_elasticity_commands(v);
        return v;
    }();
    return commands;
}

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const Environment& env) {
    g_env = &env;
    GlobalOptions globals;
    std::vector<std::string> rest;
    bool help = false;
    std::string command_name;
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            auto take = [&](std::optional<std::string>& slot) {
                if (i + 1 >= args.size()) {
                    throw UsageError(fmt::format("option '{}' needs a value", a));
                }
                slot = args[++i];
            };
            if (a == "--db") {
                take(globals.db);
            } else if (a.starts_with("--db=")) {
                globals.db = a.substr(5);
            } else if (a == "--user") {
                take(globals.user);
            } else if (a.starts_with("--user=")) {
                globals.user = a.substr(7);
            } else if (a == "--today") {
                take(globals.today);
            } else if (a.starts_with("--today=")) {
                globals.today = a.substr(8);
            } else if (a == "--help" || a == "-h") {
                help = true;
            } else if (command_name.empty() && !a.starts_with("-")) {
                command_name = a;
            } else {
                rest.push_back(a);
            }
        }
        if (command_name.empty() || command_name == "help") {
            if (command_name == "help" && !rest.empty()) {
                command_name = rest.front();
                help = true;
            } else {
                print_overview(help || command_name == "help" ? out : err);
                return help || command_name == "help" ? 0 : 2;
            }
        }
        const Command* cmd = nullptr;
        for (const auto& c : all_commands()) {
            if (c.name == command_name) {
                cmd = &c;
            }
        }
        if (cmd == nullptr) {
            throw UsageError(
                fmt::format("unknown command '{}' (see 'uplift-cli --help')", command_name));
        }
        if (help) {
            print_command_help(out, *cmd);
            return 0;
        }
        CommandContext ctx(parse_options(rest, cmd->options), globals, out, err);
        return cmd->run(ctx);
    } catch (const UsageError& e) {
        err << "uplift-cli: " << e.what() << "\n";
        return 2;
    } catch (const ImportFailed& e) {
        for (const auto& issue : e.issues()) {
            err << "error: " << issue.to_string() << "\n";
        }
        if (e.total() > static_cast<std::int64_t>(e.issues().size())) {
            err << fmt::format("error: ... and {} more problems\n",
                               e.total() - static_cast<std::int64_t>(e.issues().size()));
        }
        err << fmt::format("error: {} problem{} found; nothing was imported\n", e.total(),
                           e.total() == 1 ? "" : "s");
        return 1;
    } catch (const UserError& e) {
        err << "error: " << e.what() << "\n";
        return 1;
    } catch (const Cancelled&) {
        err << "error: cancelled; nothing was changed\n";
        return 1;
    } catch (const std::exception& e) {
        err << "error: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace uplift::cli
