#pragma once
// Ad-hoc SQL over the documented reporting views (docs/reporting-views.md), read-only for real:
// a read-only connection, an authorizer that allows only reads through the v_* views, and a
// time limit.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace uplift {

struct QueryColumns {
    std::vector<std::string> names;
};

// Runs `sql` on the file; calls on_header once, then on_row for each row (values as text,
// NULL as empty, integers and reals as SQLite prints them). Throws UserError for SQL that
// is not a single read of the reporting views, or that runs longer than `limit`.
void run_readonly_query(const std::filesystem::path& file, const std::string& sql,
                        const std::function<void(const std::vector<std::string>&)>& on_header,
                        const std::function<void(const std::vector<std::string>&)>& on_row,
                        std::chrono::milliseconds limit = std::chrono::seconds(30));

// Names of the reporting views a query may read.
std::vector<std::string> reporting_views(const std::filesystem::path& file);

}  // namespace uplift
