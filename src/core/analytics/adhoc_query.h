#pragma once
// Ad-hoc SQL over the documented reporting views (docs/reporting-views.md), read-only for real:
// a read-only connection, the text checked and an authorizer that allows only reads through
// the v_* views (analytics/adhoc_query_guard.h), tight size limits, and a time limit and a
// cancel flag checked every few hundred SQLite steps.
#include <atomic>
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
// NULL as empty, integers and reals as SQLite prints them). Throws UserError ("query refused:
// ...") for SQL that is not a single read of the reporting views, UserError ("the query was
// stopped: it ran past its time limit") when it runs longer than `limit`, and Cancelled when
// `cancel` is set meanwhile; either stops within a fraction of a second.
void run_readonly_query(const std::filesystem::path& file, const std::string& sql,
                        const std::function<void(const std::vector<std::string>&)>& on_header,
                        const std::function<void(const std::vector<std::string>&)>& on_row,
                        std::chrono::milliseconds limit = std::chrono::seconds(30),
                        const std::atomic<bool>* cancel = nullptr);

// Names of the reporting views a query may read.
std::vector<std::string> reporting_views(const std::filesystem::path& file);

// A reporting view and its columns, in order.
struct ReportingView {
    std::string name;
    std::vector<std::string> columns;
};
std::vector<ReportingView> reporting_view_columns(const std::filesystem::path& file);

}  // namespace uplift
