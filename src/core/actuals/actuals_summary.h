#pragma once
// The weekly brand × channel × region × kind sums of the actuals (table actuals_summary,
// db/0006): what every writer of actuals adds to them, and how they are rebuilt or checked.
// docs/performance.md explains why they exist and how they stay equal to the detail rows.
#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace uplift::db {
class Connection;
}

namespace uplift {

// Changes to the summary collected in memory while rows are written, then added to the table
// in one pass (flush). Cheap per row: two vector look-ups and one hash update.
class SummaryDeltas {
  public:
    // Reads which channel and region each account is in and which brand each product has.
    explicit SummaryDeltas(db::Connection& conn);

    // A detail row appeared (rows = 1), disappeared (-1), or changed its figures (0).
    void add(std::int64_t account_id, std::int64_t product_id, std::int64_t week, int kind,
             std::int64_t units, std::int64_t gross, std::int64_t discount, int rows);
    // Adds everything collected to actuals_summary, drops emptied rows, and starts afresh.
    void flush(db::Connection& conn);
    bool empty() const { return groups_.empty(); }

  private:
    struct Sums {
        std::int64_t units = 0;
        std::int64_t gross = 0;
        std::int64_t discount = 0;
        std::int64_t rows = 0;
    };
    // One brand × channel × region × kind, its sums by week (index = (week - first) / 7).
    struct Group {
        std::int32_t brand = 0;
        std::int32_t channel = 0;
        std::int32_t region = 0;
        std::int32_t kind = 0;
        std::int64_t first = 0;
        std::vector<Sums> weeks;
    };
    struct Place {
        std::int32_t channel = 0;
        std::int32_t region = 0;
    };
    std::size_t group_of(std::int64_t account_id, std::int64_t product_id, int kind);

    std::vector<Place> account_place_;    // by account id
    std::vector<std::int32_t> brand_of_;  // by product id
    std::vector<Group> groups_;
    struct GroupHash {
        std::size_t operator()(const std::array<std::int32_t, 4>& k) const noexcept;
    };
    std::unordered_map<std::array<std::int32_t, 4>, std::size_t, GroupHash> group_index_;
    // Rows come in runs of one account and product: their group is looked up once per run.
    std::int64_t last_account_ = -1;
    std::int64_t last_product_ = -1;
    int last_kind_ = -1;
    std::size_t last_group_ = 0;
};

// Rolling back an actuals batch: its rows leave the sums, and the rows it had replaced
// (kept in actuals_replaced) come back. Call before the detail rows are deleted and restored.
void subtract_batch_from_summary(db::Connection& conn, std::int64_t batch_id);
void add_replaced_rows_to_summary(db::Connection& conn, std::int64_t batch_id);

// Recomputes the whole summary from the detail rows and clears the stale mark.
void rebuild_actuals_summary(db::Connection& conn);
// False while a product's brand changed since the last rebuild (db/0006's trigger).
bool actuals_summary_current(db::Connection& conn);
// Rebuilds when stale; every write path that may re-brand products calls it before committing.
void refresh_actuals_summary(db::Connection& conn);
// Rows of the summary that differ from a recomputation from the detail rows (0 = in step);
// for `uplift-cli check` and the tests.
std::int64_t actuals_summary_mismatches(db::Connection& conn);

}  // namespace uplift
