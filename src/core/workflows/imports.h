#pragma once
// Importing a file: one user action, one transaction, one batch. All rows or none.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "io/import_errors.h"
#include "io/import_kind.h"
#include "money/decimal_parse.h"
#include "security/action_context.h"

namespace uplift {

struct ImportOptions {
    std::optional<char> delimiter;            // nullopt: detect (',' or ';')
    std::optional<DecimalMark> decimal_mark;  // nullopt: '.' for ',' files, either for ';'
    std::string display_name;                 // the file name used in messages; default: name
    // Actuals: rows held back until the file shows it is in key order, and rows per sorted
    // run (docs/performance.md). 0: the defaults; tests make them small.
    std::size_t hold_back_rows = 0;
    std::size_t sort_run_rows = 0;
};

struct ImportProgress {
    // Called every few thousand rows with bytes read so far and the file size.
    std::function<void(std::uint64_t done, std::uint64_t total)> on_progress;
    // Set from another thread to stop; the import then throws Cancelled and rolls back.
    const std::atomic<bool>* cancel = nullptr;
};

struct ImportResult {
    std::int64_t batch_id = 0;
    ImportKind kind = ImportKind::Products;
    std::int64_t rows = 0;
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::vector<std::string> warnings;
};

// Imports `path` as `kind`. Throws ImportFailed (every problem by line and column, nothing
// changed), PermissionDenied, Cancelled or UserError. Needs the right import.<kind>.
ImportResult import_file(db::Connection& conn, const ActionContext& ctx, ImportKind kind,
                         const std::filesystem::path& path, const ImportOptions& options = {},
                         const ImportProgress& progress = {});

// What the import wizard shows before importing: detected format and the first rows.
struct ColumnCheck {
    std::string name;
    enum class Status { Required, Optional, Unknown, Missing } status;
};
struct FilePreview {
    char delimiter = ',';
    DecimalMark decimal_mark = DecimalMark::Point;
    std::string encoding;  // "UTF-8" or "UTF-8 with BOM"
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<ColumnCheck> columns;    // header columns in order, then missing required ones
    std::optional<ImportIssue> problem;  // a problem found while reading the preview rows
};
FilePreview preview_file(const std::filesystem::path& path, ImportKind kind,
                         const ImportOptions& options = {}, int max_rows = 20);

// Import batches: list and roll back.
struct BatchInfo {
    std::int64_t id = 0;
    std::string kind;
    std::string file_name;
    std::string imported_at;
    std::string user;
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::string warnings;
    bool rolled_back = false;
};
std::vector<BatchInfo> list_batches(db::Connection& conn);

// Undoes a batch exactly: rows it inserted are removed, rows it replaced are restored. Refused
// when a later active batch changed the same rows (roll that one back first) or when something
// now depends on a row it created. Needs the same right as the import.
void rollback_batch(db::Connection& conn, const ActionContext& ctx, std::int64_t batch_id);

}  // namespace uplift
