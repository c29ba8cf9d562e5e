#pragma once
// What every kind of import shares: the context it writes in, field parsing that reports
// problems by line and column, and the interface each kind implements.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "io/csv_reader.h"
#include "io/import_columns.h"
#include "io/import_errors.h"
#include "money/decimal_parse.h"
#include "money/money.h"
#include "security/action_context.h"

namespace uplift {

struct ImportCounts {
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
};

struct VolumeChange {
    std::int64_t account_id = 0;
    std::int64_t product_id = 0;
    std::int64_t week = 0;  // Monday's day number
    int kind = 0;           // 0 sell_in, 1 sell_out
    std::int64_t delta_units = 0;
    std::int64_t delta_gross = 0;  // cents
};

struct ImportContext {
    db::Connection& conn;
    const ActionContext& actor;
    std::int64_t batch_id = 0;
    DecimalMark decimal_mark = DecimalMark::Point;
    Currency currency;
    IssueList& issues;
    std::vector<std::string>& warnings;
    ImportCounts counts;
    std::int64_t change_seq = 0;
    // Told of every change of a weekly actual; set by the workflow so actuals need not know
    // who listens (promotion tracking, fund accruals).
    std::function<void(const VolumeChange&)> on_volume_change;
    // Sizes of the actuals import's buffers (rows); 0 for the defaults. Tests make them small
    // to run every path on small files.
    std::size_t hold_back_rows = 0;
    std::size_t sort_run_rows = 0;

    // Remembers a master-data change so that rolling the batch back can undo it.
    void record_change(std::string_view entity, std::int64_t entity_id, std::string_view action,
                       const std::optional<std::string>& old_values, const std::string& new_values);
};

// Reads the fields of one record; each parse reports a problem to the issue list and returns
// nullopt, so one row can report several bad columns.
class RowFields {
  public:
    RowFields(const CsvRecord& rec, const ImportColumns& cols, IssueList& issues)
        : rec_(rec), cols_(cols), issues_(issues) {}

    std::int64_t line() const { return rec_.line; }
    // The trimmed text of a column, or nullopt when the file has no such column.
    std::optional<std::string_view> text(std::string_view column) const {
        return text(ref(column));
    }
    std::optional<std::string_view> text(const ColumnRef& column) const;
    // Required, non-empty text.
    std::optional<std::string> required_text(std::string_view column, std::size_t max_len = 200);
    std::optional<Date> date(std::string_view column, bool allow_empty) {
        return date(ref(column), allow_empty);
    }
    std::optional<Date> date(const ColumnRef& column, bool allow_empty);
    std::optional<std::int64_t> money_minor(std::string_view column, DecimalMark mark,
                                            bool allow_negative) {
        return money_minor(ref(column), mark, allow_negative);
    }
    std::optional<std::int64_t> money_minor(const ColumnRef& column, DecimalMark mark,
                                            bool allow_negative);
    std::optional<std::int64_t> whole_number(std::string_view column, DecimalMark mark,
                                             bool allow_negative) {
        return whole_number(ref(column), mark, allow_negative);
    }
    std::optional<std::int64_t> whole_number(const ColumnRef& column, DecimalMark mark,
                                             bool allow_negative);
    void problem(std::string_view column, std::string message);
    ColumnRef ref(std::string_view column) const { return cols_.ref(column); }

  private:
    struct NumberKind {
        const char* noun;  // "an amount"
        int decimals;
        std::int64_t max_abs;
    };
    std::optional<std::int64_t> scaled_number(const ColumnRef& column, const NumberKind& kind,
                                              DecimalMark mark, bool allow_negative);

    const CsvRecord& rec_;
    const ImportColumns& cols_;
    IssueList& issues_;
};

class RowImporter {
  public:
    virtual ~RowImporter() = default;
    virtual void row(RowFields& fields) = 0;
    // After the last row: cross-row checks (parents, overlaps) and deferred writes.
    virtual void finish() {}

    // An importer whose row() and finish() only parse into memory (no database access) lets
    // import_file read the file on a second thread while the calling thread, which owns the
    // connection, writes: import_file then calls write_some() until it returns false.
    virtual bool reads_ahead() const { return false; }
    // Writes what the reader has handed over, waiting up to `wait` for more; false once the
    // reader is done and everything is written.
    virtual bool write_some(std::chrono::milliseconds /*wait*/) { return false; }
    // The reading thread is done (after finish(), or after it failed).
    virtual void end_of_input() {}
    // The writer gives up (cancel or error): a blocked reader returns and stops.
    virtual void abandon() {}
    // Problems only the writer could see, added after the reader has stopped.
    virtual void add_writer_issues(IssueList& /*issues*/) {}
};

}  // namespace uplift
