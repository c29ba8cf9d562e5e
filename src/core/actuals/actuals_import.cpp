// Actuals import, built for ten-million-row files (docs/performance.md): the file is read and
// checked on a second thread while this thread writes; rows reach the table in key order
// (sorted with flat memory when the file is in another order, e.g. by week), so the B-tree is
// appended to instead of being touched at random; and the brand/channel summary is kept in
// step in the same transaction.
#include "actuals/actuals_import.h"

#include <fmt/format.h>

#include <atomic>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "actuals/actual_record.h"
#include "actuals/actual_sort.h"
#include "actuals/actuals_summary.h"
#include "db/statement.h"
#include "io/chunk_queue.h"

namespace uplift {

namespace {

constexpr std::size_t kChunkRecords = 8192;
constexpr std::size_t kQueuedChunks = 8;                      // ~3 MB between the threads
constexpr std::size_t kBlockRows = 64;                        // rows per multi-row INSERT
constexpr std::size_t kProbationRows = std::size_t{1} << 18;  // held back until in key order
constexpr std::size_t kSortRunRows = std::size_t{1} << 19;    // 24 MB per sorted run

std::string insert_sql(std::size_t rows) {
    std::string sql =
        "INSERT INTO actuals(account_id, product_id, week, kind, units, gross_amount, "
        "discount_amount, batch_id) VALUES";
    for (std::size_t i = 0; i < rows; ++i) {
        sql += i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
    }
    return sql;
}

struct CodeHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        return std::hash<std::string_view>{}(s);
    }
};

// Codes of accounts or products and their ids, both ways.
class CodeTable {
  public:
    CodeTable(db::Connection& conn, const char* sql) {
        db::Statement s(conn, sql);
        while (s.step()) {
            const std::int64_t id = s.get_int(0);
            if (id <= 0 || id > std::numeric_limits<std::int32_t>::max()) {
                continue;  // cannot happen with SQLite's rowids in practice; never matches
            }
            ids_.emplace(s.get_text(1), static_cast<std::int32_t>(id));
            if (static_cast<std::size_t>(id) >= codes_.size()) {
                codes_.resize(static_cast<std::size_t>(id) + 1);
            }
            codes_[static_cast<std::size_t>(id)] = s.get_text(1);
        }
    }
    // 0 when unknown. Consecutive rows mostly repeat a code, so the last answer is kept.
    std::int32_t find(std::string_view code) {
        if (last_id_ != 0 && code == last_code_) {
            return last_id_;
        }
        const auto it = ids_.find(code);
        if (it == ids_.end()) {
            return 0;
        }
        last_code_.assign(code);
        last_id_ = it->second;
        return last_id_;
    }
    const std::string& code(std::int32_t id) const { return codes_[static_cast<std::size_t>(id)]; }

  private:
    std::unordered_map<std::string, std::int32_t, CodeHash, std::equal_to<>> ids_;
    std::vector<std::string> codes_;
    std::string last_code_;
    std::int32_t last_id_ = 0;
};

std::string duplicate_message(const ActualRecord& r, const std::string& account,
                              const std::string& sku) {
    return fmt::format(
        "a second row for week {}, account '{}', sku '{}' and kind {} (a row's key must be "
        "unique in a file)",
        to_iso(from_day_number(r.week)), account, sku, r.kind == 0 ? "sell_in" : "sell_out");
}

class ActualsImporter final : public RowImporter {
  public:
    explicit ActualsImporter(ImportContext& ctx)
        : ctx_(ctx),
          accounts_(ctx.conn, "SELECT id, code FROM accounts"),
          products_(ctx.conn, "SELECT id, sku FROM products"),
          summary_(ctx.conn),
          writer_issues_(ctx.issues.file()),
          queue_(kQueuedChunks),
          hold_back_rows_(ctx.hold_back_rows > 0 ? ctx.hold_back_rows : kProbationRows),
          sort_(ctx.sort_run_rows > 0 ? ctx.sort_run_rows : kSortRunRows),
          insert_(ctx.conn, insert_sql(1)),
          block_(ctx.conn, insert_sql(kBlockRows)),
          range_(ctx.conn,
                 "SELECT account_id, product_id, week, kind FROM actuals WHERE (account_id, "
                 "product_id, week, kind) >= (?1, ?2, ?3, ?4) AND (account_id, product_id, week, "
                 "kind) <= (?5, ?6, ?7, ?8)"),
          find_(ctx.conn,
                "SELECT units, gross_amount, discount_amount, batch_id FROM actuals "
                "WHERE account_id = ?1 AND product_id = ?2 AND week = ?3 AND kind = ?4"),
          keep_(ctx.conn,
                "INSERT INTO actuals_replaced(replaced_by, account_id, product_id, week, kind, "
                "units, gross_amount, discount_amount, batch_id) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
          replace_(ctx.conn,
                   "UPDATE actuals SET units = ?5, gross_amount = ?6, discount_amount = ?7, "
                   "batch_id = ?8 WHERE account_id = ?1 AND product_id = ?2 AND week = ?3 "
                   "AND kind = ?4") {
        chunk_.reserve(kChunkRecords);
    }

    bool reads_ahead() const override { return true; }

    // --- the reading thread ---

    void row(RowFields& f) override {
        if (!week_col_.index) {
            resolve_columns(f);
        }
        ActualRecord r;
        r.line = f.line();
        const auto week = week_of(f);
        const auto account = f.text(account_col_).value_or("");
        const auto sku = f.text(sku_col_).value_or("");
        const auto units = f.whole_number(units_col_, ctx_.decimal_mark, false);
        const auto gross = f.money_minor(gross_col_, ctx_.decimal_mark, false);
        bool discount_ok = true;
        if (const auto d = f.text(discount_col_); d && !d->empty()) {
            const auto discount = f.money_minor(discount_col_, ctx_.decimal_mark, false);
            discount_ok = discount.has_value();
            r.has_discount = discount_ok;
            r.discount = discount.value_or(0);
        }
        if (const auto k = f.text(kind_col_); k && !k->empty()) {
            if (*k == "sell_out") {
                r.kind = 1;
            } else if (*k != "sell_in") {
                f.problem("kind", fmt::format("'{}' is not sell_in or sell_out", *k));
                refused_ = true;
                return;
            }
        }
        if (account.empty()) {
            f.problem("account", "must not be empty");
        } else if ((r.account_id = accounts_.find(account)) == 0) {
            f.problem("account", fmt::format("unknown account '{}' (import accounts first)",
                                             account.substr(0, 64)));
        }
        if (sku.empty()) {
            f.problem("sku", "must not be empty");
        } else if ((r.product_id = products_.find(sku)) == 0) {
            f.problem("sku",
                      fmt::format("unknown sku '{}' (import products first)", sku.substr(0, 64)));
        }
        if (!week || !units || !gross || !discount_ok || r.account_id == 0 || r.product_id == 0) {
            refused_ = true;
            return;
        }
        if (r.has_discount && r.discount > *gross) {
            f.problem("discount_amount", "is larger than gross_amount");
            refused_ = true;
            return;
        }
        r.week = static_cast<std::int32_t>(*week);
        r.units = *units;
        r.gross = *gross;
        if (refused_ || !ctx_.issues.empty()) {
            refused_ = true;
            return;  // refused anyway: keep checking, stop handing rows over
        }
        if (sorting_) {
            sort_.add(r);
            return;
        }
        if (have_last_ && !key_less(last_, r)) {
            if (same_key(last_, r)) {
                f.problem("week", duplicate_message(r, std::string(account), std::string(sku)));
                refused_ = true;
                return;
            }
            // Out of key order (a file by week, say): the rest is sorted before it is written,
            // with the rows still held back. What was handed over already goes as it is.
            sorting_ = true;
            pass_chunk();
            sort_.add(r);
            return;
        }
        last_ = r;
        have_last_ = true;
        if (streaming_) {
            hand_over(r);
            return;
        }
        // The first rows are held back until the file has shown it is in key order: a file by
        // week leaves key order after one week, and rows written before that would sit between
        // every later row, turning appends into splits in the middle of the B-tree.
        sort_.add(r);
        if (sort_.buffered() == hold_back_rows_) {
            streaming_ = true;
            sort_.emit([this](const ActualRecord& held) { hand_over(held); });
        }
    }

    void finish() override {
        if (refused_ || (streaming_ && !sorting_)) {
            return;
        }
        bool have_previous = false;
        ActualRecord previous;
        sort_.emit([&](const ActualRecord& r) {
            if (have_previous && same_key(previous, r)) {
                ctx_.issues.add(r.line, "week",
                                duplicate_message(r, accounts_.code(r.account_id),
                                                  products_.code(r.product_id)));
                refused_ = true;
            }
            previous = r;
            have_previous = true;
            if (!refused_) {
                hand_over(r);
            }
        });
    }

    void end_of_input() override {
        if (!chunk_.empty() && !refused_) {
            queue_.push(std::move(chunk_));
        }
        chunk_.clear();
        queue_.close();
    }

    void abandon() override { queue_.abort(); }

    // --- the writing thread ---

    bool write_some(std::chrono::milliseconds wait) override {
        std::vector<ActualRecord> chunk;
        switch (queue_.pop(chunk, wait)) {
            case ChunkQueue<std::vector<ActualRecord>>::Pop::Timeout:
                return true;
            case ChunkQueue<std::vector<ActualRecord>>::Pop::Done:
                if (!refused_) {
                    summary_.flush(ctx_.conn);
                }
                return false;
            case ChunkQueue<std::vector<ActualRecord>>::Pop::Got:
                break;
        }
        if (!refused_ && !chunk.empty()) {
            write_chunk(chunk);
        }
        return true;
    }

    void add_writer_issues(IssueList& issues) override { issues.absorb(writer_issues_); }

  private:
    void resolve_columns(const RowFields& f) {
        for (ColumnRef* c : {&week_col_, &account_col_, &sku_col_, &units_col_, &gross_col_,
                             &discount_col_, &kind_col_}) {
            *c = f.ref(c->name);
        }
    }

    void hand_over(const ActualRecord& r) {
        chunk_.push_back(r);
        if (chunk_.size() == kChunkRecords) {
            pass_chunk();
        }
    }

    void pass_chunk() {
        if (chunk_.empty()) {
            return;
        }
        if (!queue_.push(std::move(chunk_))) {
            throw Cancelled();  // the writer gave up
        }
        chunk_.clear();
        chunk_.reserve(kChunkRecords);
    }

    // A chunk is in key order with no key twice. The rows whose key is not in the table yet
    // (all of them on a first import) go in with multi-row INSERTs, which cost SQLite much
    // less per row; the others replace the stored row one by one. One range scan of the
    // primary key finds which are which.
    void write_chunk(const std::vector<ActualRecord>& chunk) {
        const ActualRecord& first = chunk.front();
        const ActualRecord& last = chunk.back();
        existing_.clear();
        range_.reset();
        range_.bind_all(std::int64_t{first.account_id}, std::int64_t{first.product_id},
                        std::int64_t{first.week}, std::int64_t{first.kind},
                        std::int64_t{last.account_id}, std::int64_t{last.product_id},
                        std::int64_t{last.week}, std::int64_t{last.kind});
        while (range_.step()) {
            ActualRecord k;
            k.account_id = static_cast<std::int32_t>(range_.get_int(0));
            k.product_id = static_cast<std::int32_t>(range_.get_int(1));
            k.week = static_cast<std::int32_t>(range_.get_int(2));
            k.kind = static_cast<std::int8_t>(range_.get_int(3));
            existing_.push_back(k);
        }
        range_.reset();
        std::size_t e = 0;
        fresh_.clear();
        for (const ActualRecord& r : chunk) {
            while (e < existing_.size() && key_less(existing_[e], r)) {
                ++e;
            }
            if (e < existing_.size() && same_key(existing_[e], r)) {
                replace(r);
            } else {
                fresh_.push_back(r);
            }
        }
        std::size_t i = 0;
        for (; i + kBlockRows <= fresh_.size(); i += kBlockRows) {
            block_.reset();
            for (std::size_t k = 0; k < kBlockRows; ++k) {
                bind_row(block_, static_cast<int>(k * 8), fresh_[i + k]);
            }
            block_.exec();
        }
        for (; i < fresh_.size(); ++i) {
            insert_.reset();
            bind_row(insert_, 0, fresh_[i]);
            insert_.exec();
        }
        for (const ActualRecord& r : fresh_) {
            inserted(r);
        }
    }

    void bind_row(db::Statement& s, int base, const ActualRecord& r) {
        s.bind(base + 1, std::int64_t{r.account_id})
            .bind(base + 2, std::int64_t{r.product_id})
            .bind(base + 3, std::int64_t{r.week})
            .bind(base + 4, std::int64_t{r.kind})
            .bind(base + 5, r.units)
            .bind(base + 6, r.gross);
        if (r.has_discount) {
            s.bind(base + 7, r.discount);
        } else {
            s.bind_null(base + 7);
        }
        s.bind(base + 8, ctx_.batch_id);
    }

    void inserted(const ActualRecord& r) {
        ++ctx_.counts.inserted;
        summary_.add(r.account_id, r.product_id, r.week, r.kind, r.units, r.gross, r.discount, 1);
        if (ctx_.on_volume_change) {
            ctx_.on_volume_change({r.account_id, r.product_id, r.week, r.kind, r.units, r.gross});
        }
    }

    // The key is in the table already: from an earlier batch (kept, then replaced) or from
    // this one (a duplicate the reader could not see: one row came before the file left key
    // order, the other after).
    void replace(const ActualRecord& r) {
        find_.reset();
        find_.bind_all(std::int64_t{r.account_id}, std::int64_t{r.product_id}, std::int64_t{r.week},
                       std::int64_t{r.kind});
        find_.step();
        const std::int64_t old_units = find_.get_int(0);
        const std::int64_t old_gross = find_.get_int(1);
        const std::optional<std::int64_t> old_discount = find_.get_opt_int(2);
        const std::int64_t old_batch = find_.get_int(3);
        find_.reset();
        if (old_batch == ctx_.batch_id) {
            writer_issues_.add(
                r.line, "week",
                duplicate_message(r, accounts_.code(r.account_id), products_.code(r.product_id)));
            refused_ = true;
            return;
        }
        // Keep what this batch replaces (also when equal: the row now belongs to this batch,
        // and rolling it back gives the row back to the batch that had it).
        keep_.reset();
        keep_.bind_all(ctx_.batch_id, std::int64_t{r.account_id}, std::int64_t{r.product_id},
                       std::int64_t{r.week}, std::int64_t{r.kind}, old_units, old_gross,
                       old_discount, old_batch);
        keep_.exec();
        replace_.reset();
        replace_.bind_all(std::int64_t{r.account_id}, std::int64_t{r.product_id},
                          std::int64_t{r.week}, std::int64_t{r.kind}, r.units, r.gross);
        if (r.has_discount) {
            replace_.bind(7, r.discount);
        } else {
            replace_.bind_null(7);
        }
        replace_.bind(8, ctx_.batch_id);
        replace_.exec();
        // Compared by hand: GCC's -Wmaybe-uninitialized misreads optional's operator==.
        const bool same_discount = old_discount.has_value() == r.has_discount &&
                                   (!r.has_discount || old_discount.value_or(0) == r.discount);
        if (old_units == r.units && old_gross == r.gross && same_discount) {
            ++ctx_.counts.unchanged;
            return;
        }
        ++ctx_.counts.updated;
        summary_.add(r.account_id, r.product_id, r.week, r.kind, r.units - old_units,
                     r.gross - old_gross, r.discount - old_discount.value_or(0), 0);
        if (ctx_.on_volume_change) {
            ctx_.on_volume_change({r.account_id, r.product_id, r.week, r.kind, r.units - old_units,
                                   r.gross - old_gross});
        }
    }

    // Day number of the Monday of the row's ISO week; consecutive rows usually share it.
    std::optional<std::int64_t> week_of(RowFields& f) {
        const auto t = f.text(week_col_);
        if (t && !t->empty() && *t == last_week_text_) {
            return last_week_;
        }
        const auto d = f.date(week_col_, false);
        if (!d) {
            return std::nullopt;
        }
        last_week_text_ = std::string(*t);
        last_week_ = day_number(week_monday(*d));
        return last_week_;
    }

    ImportContext& ctx_;
    CodeTable accounts_;
    CodeTable products_;
    SummaryDeltas summary_;
    IssueList writer_issues_;
    ChunkQueue<std::vector<ActualRecord>> queue_;
    // Set by either thread once the file is refused; both then stop the work that is wasted.
    std::atomic<bool> refused_{false};

    // Reading thread.
    ColumnRef week_col_{"week", std::nullopt};
    ColumnRef account_col_{"account", std::nullopt};
    ColumnRef sku_col_{"sku", std::nullopt};
    ColumnRef units_col_{"units", std::nullopt};
    ColumnRef gross_col_{"gross_amount", std::nullopt};
    ColumnRef discount_col_{"discount_amount", std::nullopt};
    ColumnRef kind_col_{"kind", std::nullopt};
    std::string last_week_text_;
    std::int64_t last_week_ = 0;
    ActualRecord last_;
    bool have_last_ = false;
    bool sorting_ = false;
    bool streaming_ = false;  // in key order so far, past the rows held back
    std::size_t hold_back_rows_;
    ActualSort sort_;
    std::vector<ActualRecord> chunk_;

    // Writing thread.
    db::Statement insert_;
    db::Statement block_;
    db::Statement range_;
    std::vector<ActualRecord> existing_;  // keys only
    std::vector<ActualRecord> fresh_;
    db::Statement find_;
    db::Statement keep_;
    db::Statement replace_;
};

}  // namespace

std::unique_ptr<RowImporter> make_actuals_importer(ImportContext& ctx) {
    return std::make_unique<ActualsImporter>(ctx);
}

}  // namespace uplift
