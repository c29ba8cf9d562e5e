// query: read-only SQL over the reporting views, printed as CSV.
#include <fmt/format.h>

#include <ostream>

#include "analytics/adhoc_query.h"
#include "command.h"
#include "db/uplift_file.h"
#include "io/csv_writer.h"

namespace uplift::cli {

namespace {

int run_query(CommandContext& c) {
    const std::string& sql = c.positional(0, "SQL (one SELECT over the v_* views)");
    if (c.args.positionals.size() > 1) {
        throw UsageError("query takes one SQL text; quote it");
    }
    std::chrono::milliseconds limit = std::chrono::seconds(30);
    if (const auto t = c.args.get("--timeout")) {
        try {
            limit = std::chrono::milliseconds(static_cast<long long>(std::stod(*t) * 1000));
        } catch (const std::exception&) {
            throw UsageError("--timeout takes seconds");
        }
    }
    const std::string path = c.db_path();
    {
        // An unknown --user is refused like everywhere else.
        db::Connection conn = db::open_file_read_only(path);
        c.actor(conn);
    }
    run_readonly_query(
        path, sql, [&](const std::vector<std::string>& h) { write_csv_row(c.out, h); },
        [&](const std::vector<std::string>& r) { write_csv_row(c.out, r); }, limit);
    return 0;
}

}  // namespace

void add_query_commands(std::vector<Command>& out) {
    out.push_back({"query",
                   "query \"SELECT ...\"",
                   "run read-only SQL over the reporting views",
                   "Prints CSV. Only one SELECT reading the documented v_* views is allowed\n"
                   "(docs/reporting-views.md); the file is opened read-only and the query is\n"
                   "stopped after --timeout seconds.",
                   {{"--timeout", true, "S  seconds before the query is stopped (default 30)"}},
                   run_query});
}

}  // namespace uplift::cli
