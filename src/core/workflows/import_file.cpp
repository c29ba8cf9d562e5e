#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <exception>
#include <functional>
#include <thread>

#include "actuals/actuals_import.h"
#include "actuals/actuals_summary.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "discounts/returns.h"
#include "errors.h"
#include "funds/accruals.h"
#include "funds/claims.h"
#include "io/csv_reader.h"
#include "io/import_columns.h"
#include "io/row_importer.h"
#include "masterdata/account_import.h"
#include "masterdata/product_import.h"
#include "pricing/price_import.h"
#include "promotions/promotion_import.h"
#include "promotions/promotion_tracking.h"
#include "security/audit.h"
#include "targets/target_import.h"
#include "workflows/imports.h"

namespace uplift {

namespace {

std::unique_ptr<RowImporter> make_importer(ImportKind kind, ImportContext& ctx) {
    switch (kind) {
        case ImportKind::Products:
            return make_product_importer(ctx);
        case ImportKind::Accounts:
            return make_account_importer(ctx);
        case ImportKind::Prices:
            return make_price_importer(ctx);
        case ImportKind::Actuals:
            return make_actuals_importer(ctx);
        case ImportKind::Promotions:
            return make_promotion_importer(ctx);
        case ImportKind::Claims:
            return make_claim_importer(ctx);
        case ImportKind::Targets:
            return make_target_importer(ctx);
        case ImportKind::Inventory:
            return make_inventory_importer(ctx);
        case ImportKind::Returns:
            return make_return_importer(ctx);
    }
    throw UserError("unknown import kind");
}

DecimalMark decimal_mark_for(char delimiter, const ImportOptions& options) {
    if (options.decimal_mark) {
        return *options.decimal_mark;
    }
    // A ','-separated file can only hold a decimal comma inside quotes, which we refuse as
    // ambiguous; a ';'-separated file may use either mark.
    return delimiter == ',' ? DecimalMark::Point : DecimalMark::Auto;
}

// Sets an integer pragma for the length of an import and puts the old value back after it.
class ScopedPragma {
  public:
    ScopedPragma(db::Connection& conn, const char* name, std::int64_t value)
        : conn_(conn), name_(name) {
        old_ = db::query_int(conn, fmt::format("PRAGMA {}", name));
        conn.exec_script(fmt::format("PRAGMA {}={};", name, value));
    }
    ScopedPragma(const ScopedPragma&) = delete;
    ScopedPragma& operator=(const ScopedPragma&) = delete;
    ~ScopedPragma() {
        try {
            conn_.exec_script(fmt::format("PRAGMA {}={};", name_, old_));
        } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
        }
    }

  private:
    db::Connection& conn_;
    const char* name_;
    std::int64_t old_ = 0;
};

bool blank_record(const CsvRecord& r) {
    for (const auto& f : r.fields) {
        for (const char ch : f) {
            if (ch != ' ' && ch != '\t' && ch != '\r') {
                return false;
            }
        }
    }
    return true;
}

void add_reader_error(IssueList& issues, const CsvReader& reader, const ImportColumns* cols) {
    const CsvError& e = *reader.error();
    std::string column;
    if (cols != nullptr && e.field_index < cols->width()) {
        column = cols->name_at(e.field_index);
    }
    issues.add(e.line, column, e.message);
}

// Every record of the file through the importer's row(); `every_8192_rows` may throw to stop.
void read_rows(CsvReader& reader, const ImportColumns& columns, IssueList& issues,
               RowImporter& importer, ImportResult& result,
               const std::function<void()>& every_8192_rows) {
    CsvRecord rec;
    while (reader.next(rec)) {
        if (blank_record(rec)) {
            continue;
        }
        ++result.rows;
        if (rec.fields.size() != columns.width()) {
            issues.add(
                rec.line, "",
                fmt::format("has {} value{} but the header has {} columns", rec.fields.size(),
                            rec.fields.size() == 1 ? "" : "s", columns.width()));
        } else {
            RowFields fields(rec, columns, issues);
            importer.row(fields);
        }
        if ((result.rows & 0x1FFF) == 0) {
            every_8192_rows();
        }
    }
    if (reader.error()) {
        add_reader_error(issues, reader, &columns);
    }
    if (result.rows == 0 && issues.empty()) {
        issues.add(2, "", "the file has a header but no data rows");
    }
}

// The file is read and checked on a second thread while this one, which owns the connection,
// writes what it hands over: on two cores the import takes as long as the slower half.
void read_on_second_thread(CsvReader& reader, const ImportColumns& columns, IssueList& issues,
                           RowImporter& importer, ImportResult& result,
                           const ImportProgress& progress) {
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::thread reading([&] {
        try {
            read_rows(reader, columns, issues, importer, result, [&] {
                if (stop.load(std::memory_order_relaxed)) {
                    throw Cancelled();
                }
                bytes.store(reader.bytes_read(), std::memory_order_relaxed);
            });
            importer.finish();
        } catch (...) {
            failure = std::current_exception();
        }
        importer.end_of_input();
    });
    try {
        while (importer.write_some(std::chrono::milliseconds(50))) {
            if (progress.cancel != nullptr && progress.cancel->load()) {
                throw Cancelled();
            }
            if (progress.on_progress) {
                progress.on_progress(bytes.load(std::memory_order_relaxed), reader.total_bytes());
            }
        }
    } catch (...) {
        stop = true;
        importer.abandon();
        reading.join();
        throw;
    }
    reading.join();
    if (failure) {
        std::rethrow_exception(failure);
    }
    importer.add_writer_issues(issues);
}

}  // namespace

ImportResult import_file(db::Connection& conn, const ActionContext& ctx, ImportKind kind,
                         const std::filesystem::path& path, const ImportOptions& options,
                         const ImportProgress& progress) {
    const std::string kind_name = import_kind_name(kind);
    require_right(conn, ctx, rights::import_right(kind_name), fmt::format("import {}", kind_name));
    const std::string display =
        options.display_name.empty() ? path.filename().string() : options.display_name;
    CsvOptions csv_options;
    csv_options.delimiter = options.delimiter;
    CsvReader reader(path, csv_options);
    IssueList issues(display);
    ImportResult result;
    result.kind = kind;

    CsvRecord header;
    if (!reader.next(header)) {
        if (reader.error()) {
            add_reader_error(issues, reader, nullptr);
        } else {
            issues.add(1, "", "the file is empty (a header row is needed)");
        }
        issues.throw_if_any();
    }
    const ImportColumns columns(header.fields, columns_of(kind), issues, result.warnings,
                                header.line);
    issues.throw_if_any();

    // A bigger page cache while a large file streams in: B-tree pages of the actuals table stay
    // in memory instead of being re-read (bounded: 128 MiB, well under the 300 MB budget).
    const ScopedPragma cache(conn, "cache_size", -128 * 1024);
    // Foreign-key enforcement off around an actuals import (it cannot change inside a
    // transaction). The importer does the same checks itself, once per code instead of once per
    // row: every account and product id it binds was read from those tables inside the
    // import's own write transaction, and the batch is its own. Per row the three parent
    // look-ups cost about a third of the insert. Other kinds keep SQLite's checks.
    const ScopedPragma fk(conn, "foreign_keys", kind == ImportKind::Actuals ? 0 : 1);
    db::Transaction tx(conn);
    db::Statement batch(conn,
                        "INSERT INTO import_batches(kind, file_name, imported_at, user_id) "
                        "VALUES(?, ?, ?, ?)");
    batch.bind_all(kind_name, display, ctx.now, ctx.user_id);
    batch.exec();
    ImportContext ictx{conn,
                       ctx,
                       conn.last_insert_id(),
                       decimal_mark_for(reader.delimiter(), options),
                       db::file_currency(conn),
                       issues,
                       result.warnings,
                       {},
                       0,
                       {}};
    ictx.hold_back_rows = options.hold_back_rows;
    ictx.sort_run_rows = options.sort_run_rows;
    result.batch_id = ictx.batch_id;
    // Actuals feed promotion tracking and fund accruals as each row changes.
    std::optional<PromotionTracker> tracker;
    std::optional<BatchAccruals> accruals;
    if (kind == ImportKind::Actuals) {
        tracker.emplace(conn, ictx.batch_id);
        accruals.emplace(conn, ictx.batch_id);
        ictx.on_volume_change = [&tracker, &accruals](const VolumeChange& c) {
            tracker->on_volume_change(c.account_id, c.product_id, c.week, c.kind, c.delta_units);
            accruals->on_change(c);
        };
    }
    auto importer = make_importer(kind, ictx);
    if (importer->reads_ahead()) {
        read_on_second_thread(reader, columns, issues, *importer, result, progress);
    } else {
        read_rows(reader, columns, issues, *importer, result, [&] {
            if (progress.cancel != nullptr && progress.cancel->load()) {
                throw Cancelled();
            }
            if (progress.on_progress) {
                progress.on_progress(reader.bytes_read(), reader.total_bytes());
            }
        });
        importer->finish();
    }
    issues.throw_if_any();
    if (progress.cancel != nullptr && progress.cancel->load()) {
        throw Cancelled();
    }

    if (accruals) {
        accruals->book_all(ctx);
    }
    // A products file may have moved products to other brands.
    refresh_actuals_summary(conn);
    result.inserted = ictx.counts.inserted;
    result.updated = ictx.counts.updated;
    result.unchanged = ictx.counts.unchanged;
    std::string warnings_text;
    for (const auto& w : result.warnings) {
        warnings_text += (warnings_text.empty() ? "" : "\n") + w;
    }
    db::Statement counts(conn,
                         "UPDATE import_batches SET rows_inserted = ?, rows_updated = ?, "
                         "rows_unchanged = ?, warnings = ? WHERE id = ?");
    counts.bind_all(result.inserted, result.updated, result.unchanged, warnings_text,
                    result.batch_id);
    counts.exec();
    const nlohmann::json summary{{"kind", kind_name},         {"file", display},
                                 {"rows", result.rows},       {"inserted", result.inserted},
                                 {"updated", result.updated}, {"unchanged", result.unchanged}};
    write_audit(conn, ctx,
                {"import", "batch", std::to_string(result.batch_id), std::nullopt, summary.dump(),
                 "", result.batch_id});
    tx.commit();
    if (progress.on_progress) {
        progress.on_progress(reader.total_bytes(), reader.total_bytes());
    }
    return result;
}

FilePreview preview_file(const std::filesystem::path& path, ImportKind kind,
                         const ImportOptions& options, int max_rows) {
    CsvOptions csv_options;
    csv_options.delimiter = options.delimiter;
    CsvReader reader(path, csv_options);
    FilePreview p;
    p.delimiter = reader.delimiter();
    p.decimal_mark = decimal_mark_for(reader.delimiter(), options);
    p.encoding = reader.had_bom() ? "UTF-8 with BOM" : "UTF-8";
    const std::string display =
        options.display_name.empty() ? path.filename().string() : options.display_name;
    CsvRecord rec;
    if (!reader.next(rec)) {
        if (reader.error()) {
            p.problem = ImportIssue{display, reader.error()->line, "", reader.error()->message};
        } else {
            p.problem = ImportIssue{display, 1, "", "the file is empty (a header row is needed)"};
        }
        return p;
    }
    const ColumnSpec& spec = columns_of(kind);
    for (const auto& raw : rec.fields) {
        const std::string name = normalise_column_name(raw);
        p.header.push_back(raw);
        ColumnCheck::Status st = ColumnCheck::Status::Unknown;
        if (std::find(spec.required.begin(), spec.required.end(), name) != spec.required.end()) {
            st = ColumnCheck::Status::Required;
        } else if (std::find(spec.optional.begin(), spec.optional.end(), name) !=
                   spec.optional.end()) {
            st = ColumnCheck::Status::Optional;
        }
        p.columns.push_back({name, st});
    }
    for (const auto& req : spec.required) {
        bool present = false;
        for (const auto& c : p.columns) {
            present = present || c.name == req;
        }
        if (!present) {
            p.columns.push_back({req, ColumnCheck::Status::Missing});
        }
    }
    while (static_cast<int>(p.rows.size()) < max_rows && reader.next(rec)) {
        p.rows.push_back(rec.fields);
    }
    if (reader.error()) {
        p.problem = ImportIssue{display, reader.error()->line, "", reader.error()->message};
    }
    return p;
}

}  // namespace uplift
