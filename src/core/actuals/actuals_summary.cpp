#include "actuals/actuals_summary.h"

#include <fmt/format.h>

#include <array>

#include "db/statement.h"
#include "errors.h"

namespace uplift {

std::size_t SummaryDeltas::GroupHash::operator()(
    const std::array<std::int32_t, 4>& k) const noexcept {
    std::uint64_t h = 0;
    for (const std::int32_t v : k) {
        h = (h ^ static_cast<std::uint32_t>(v)) * 0x9E3779B97F4A7C15ULL;
    }
    return static_cast<std::size_t>(h ^ (h >> 31));
}

namespace {

constexpr const char* kStaleKey = "actuals_summary_stale";

// The summary as it should be, recomputed from the detail rows (columns as the table's).
constexpr const char* kRecomputed =
    "SELECT x.week, p.brand_id, a.channel_id, a.region_id, x.kind, sum(x.units), "
    "sum(x.gross_amount), sum(ifnull(x.discount_amount, 0)), count(*) FROM actuals x "
    "JOIN products p ON p.id = x.product_id JOIN accounts a ON a.id = x.account_id "
    "GROUP BY x.week, p.brand_id, a.channel_id, a.region_id, x.kind";

// Adds the detail rows chosen by `sql` (columns account_id, product_id, week, kind, units,
// gross_amount, discount_amount; ?1 = the batch), each with `sign`. Streams the rows into
// SummaryDeltas: flat memory, no sort, however large the batch.
void add_rows(db::Connection& conn, const char* sql, std::int64_t batch_id, int sign) {
    SummaryDeltas deltas(conn);
    db::Statement s(conn, sql);
    s.bind(1, batch_id);
    while (s.step()) {
        deltas.add(s.get_int(0), s.get_int(1), s.get_int(2), static_cast<int>(s.get_int(3)),
                   sign * s.get_int(4), sign * s.get_int(5), sign * s.get_opt_int(6).value_or(0),
                   sign);
    }
    deltas.flush(conn);
}

}  // namespace

SummaryDeltas::SummaryDeltas(db::Connection& conn) {
    db::Statement a(conn, "SELECT id, channel_id, region_id FROM accounts");
    while (a.step()) {
        const auto id = static_cast<std::size_t>(a.get_int(0));
        if (id >= account_place_.size()) {
            account_place_.resize(id + 1);
        }
        account_place_[id] = {static_cast<std::int32_t>(a.get_int(1)),
                              static_cast<std::int32_t>(a.get_int(2))};
    }
    db::Statement p(conn, "SELECT id, brand_id FROM products");
    while (p.step()) {
        const auto id = static_cast<std::size_t>(p.get_int(0));
        if (id >= brand_of_.size()) {
            brand_of_.resize(id + 1);
        }
        brand_of_[id] = static_cast<std::int32_t>(p.get_int(1));
    }
}

std::size_t SummaryDeltas::group_of(std::int64_t account_id, std::int64_t product_id, int kind) {
    if (account_id == last_account_ && product_id == last_product_ && kind == last_kind_) {
        return last_group_;
    }
    const auto a = static_cast<std::size_t>(account_id);
    const auto p = static_cast<std::size_t>(product_id);
    if (a >= account_place_.size() || p >= brand_of_.size()) {
        throw DatabaseError(fmt::format(
            "actuals summary: account #{} or product #{} was not there when the import began",
            account_id, product_id));
    }
    const Place& place = account_place_[a];
    const std::int32_t brand = brand_of_[p];
    const std::array<std::int32_t, 4> key{brand, place.channel, place.region, kind};
    auto [it, added] = group_index_.try_emplace(key, groups_.size());
    if (added) {
        groups_.push_back({brand, place.channel, place.region, kind, 0, {}});
    }
    last_account_ = account_id;
    last_product_ = product_id;
    last_kind_ = kind;
    last_group_ = it->second;
    return last_group_;
}

void SummaryDeltas::add(std::int64_t account_id, std::int64_t product_id, std::int64_t week,
                        int kind, std::int64_t units, std::int64_t gross, std::int64_t discount,
                        int rows) {
    Group& g = groups_[group_of(account_id, product_id, kind)];
    if (g.weeks.empty()) {
        g.first = week;
    } else if (week < g.first) {
        const auto more = static_cast<std::size_t>((g.first - week) / 7);
        g.weeks.insert(g.weeks.begin(), more, Sums{});
        g.first = week;
    }
    const auto i = static_cast<std::size_t>((week - g.first) / 7);
    if (i >= g.weeks.size()) {
        g.weeks.resize(i + 1);
    }
    Sums& s = g.weeks[i];
    s.units += units;
    s.gross += gross;
    s.discount += discount;
    s.rows += rows;
}

void SummaryDeltas::flush(db::Connection& conn) {
    if (groups_.empty()) {
        return;
    }
    db::Statement up(conn,
                     "INSERT INTO actuals_summary VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT DO UPDATE SET units = units + excluded.units, "
                     "gross_amount = gross_amount + excluded.gross_amount, "
                     "discount_amount = discount_amount + excluded.discount_amount, "
                     "row_count = row_count + excluded.row_count");
    bool emptied = false;
    for (const Group& g : groups_) {
        for (std::size_t i = 0; i < g.weeks.size(); ++i) {
            const Sums& s = g.weeks[i];
            if (s.units == 0 && s.gross == 0 && s.discount == 0 && s.rows == 0) {
                continue;
            }
            emptied = emptied || s.rows < 0;
            up.reset();
            up.bind_all(g.first + 7 * static_cast<std::int64_t>(i), g.brand, g.channel, g.region,
                        g.kind, s.units, s.gross, s.discount, s.rows);
            up.exec();
        }
    }
    if (emptied) {
        conn.exec_script("DELETE FROM actuals_summary WHERE row_count = 0;");
    }
    groups_.clear();
    group_index_.clear();
    last_account_ = -1;
}

void subtract_batch_from_summary(db::Connection& conn, std::int64_t batch_id) {
    add_rows(conn,
             "SELECT account_id, product_id, week, kind, units, gross_amount, discount_amount "
             "FROM actuals WHERE batch_id = ?1",
             batch_id, -1);
}

void add_replaced_rows_to_summary(db::Connection& conn, std::int64_t batch_id) {
    add_rows(conn,
             "SELECT account_id, product_id, week, kind, units, gross_amount, discount_amount "
             "FROM actuals_replaced WHERE replaced_by = ?1",
             batch_id, 1);
}

void rebuild_actuals_summary(db::Connection& conn) {
    conn.exec_script(
        "DELETE FROM actuals_summary;"
        "INSERT INTO actuals_summary " +
        std::string(kRecomputed) +
        ";"
        "UPDATE settings SET value = '0' WHERE key = 'actuals_summary_stale';");
}

bool actuals_summary_current(db::Connection& conn) {
    db::Statement s(conn, "SELECT value FROM settings WHERE key = ?");
    s.bind(1, kStaleKey);
    return s.step() && s.get_text_view(0) == "0";
}

void refresh_actuals_summary(db::Connection& conn) {
    if (!actuals_summary_current(conn)) {
        rebuild_actuals_summary(conn);
    }
}

std::int64_t actuals_summary_mismatches(db::Connection& conn) {
    return db::query_int(
        conn,
        "WITH fresh(week, brand_id, channel_id, region_id, kind, units, gross_amount, "
        "discount_amount, row_count) AS (" +
            std::string(kRecomputed) +
            ") SELECT count(*) FROM (SELECT week, brand_id, channel_id, region_id, kind FROM "
            "(SELECT * FROM fresh EXCEPT SELECT * FROM actuals_summary) UNION "
            "SELECT week, brand_id, channel_id, region_id, kind FROM "
            "(SELECT * FROM actuals_summary EXCEPT SELECT * FROM fresh))");
}

}  // namespace uplift
