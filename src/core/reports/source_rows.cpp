#include "reports/source_rows.h"

#include <fmt/format.h>

#include <type_traits>

#include "errors.h"
#include "reports/source_rows_fill.h"

namespace uplift {

namespace source_rows_detail {

namespace {
constexpr std::size_t kSourceRowsCancelEvery = 4096;
}  // namespace

SourceFill::SourceFill(std::string name, std::string title, std::vector<std::string> header,
                       std::size_t words, std::vector<std::string> money,
                       std::vector<std::string> whole, std::size_t limit,
                       const std::atomic<bool>* cancel)
    : money_(std::move(money)),
      whole_(std::move(whole)),
      sums_(money_.size() + whole_.size()),
      limit_(limit),
      cancel_(cancel) {
    out_.table.name = std::move(name);
    out_.table.title = std::move(title);
    out_.table.is_text.assign(header.size(), false);
    for (std::size_t i = 0; i < words && i < header.size(); ++i) {
        out_.table.is_text[i] = true;
    }
    out_.table.header = std::move(header);
}

void SourceFill::add(std::vector<std::string> cells, const std::vector<Exact>& amounts) {
    if (++out_.total_rows % kSourceRowsCancelEvery == 0 && cancel_ != nullptr &&
        cancel_->load(std::memory_order_relaxed)) {
        throw Cancelled();
    }
    for (std::size_t i = 0; i < sums_.size() && i < amounts.size(); ++i) {
        sums_[i] += amounts[i];
    }
    if (out_.table.rows.size() < limit_) {
        out_.table.rows.push_back(std::move(cells));
    }
}

SourceTable SourceFill::finish() {
    for (std::size_t i = 0; i < money_.size(); ++i) {
        out_.totals.push_back({money_[i], format_hundredths(sums_[i], true)});
    }
    for (std::size_t i = 0; i < whole_.size(); ++i) {
        out_.totals.push_back({whole_[i], std::to_string(round_whole(sums_[money_.size() + i]))});
    }
    return std::move(out_);
}

}  // namespace source_rows_detail

const SourceTotal* SourceTable::total(const std::string& column) const {
    for (const auto& t : totals) {
        if (t.column == column) {
            return &t;
        }
    }
    return nullptr;
}

std::optional<SourceRef> source_for_cell(const ReportTable& table, std::size_t row,
                                         std::size_t column) {
    // Rows, then the total rows (sources holds both, in that order).
    const std::size_t shown = table.rows.size() + table.totals.size();
    if (row >= table.sources.size() || !table.sources[row] || column >= table.header.size() ||
        row >= shown) {
        return std::nullopt;
    }
    const std::vector<std::string>& cells =
        row < table.rows.size() ? table.rows[row] : table.totals[row - table.rows.size()];
    SourceRef ref = *table.sources[row];
    ref.column = table.header[column];
    const bool word = column < table.is_text.size() && table.is_text[column];
    ref.figure = word ? std::string() : cells.at(column);
    return ref;
}

SourceRows source_rows(db::Connection& conn, const SourceRef& ref, std::size_t limit,
                       const std::atomic<bool>* cancel) {
    using namespace source_rows_detail;
    SourceRows out;
    out.title = "Rows behind: " + ref.label + (ref.column.empty() ? "" : " · " + ref.column);
    out.tables = std::visit(
        [&](const auto& src) -> std::vector<SourceTable> {
            using T = std::decay_t<decltype(src)>;
            if constexpr (std::is_same_v<T, PromotionSource>) {
                return promotion_tables(conn, src, ref.column, limit, cancel);
            } else if constexpr (std::is_same_v<T, FundSource>) {
                return fund_tables(conn, src, ref.column, limit, cancel);
            } else if constexpr (std::is_same_v<T, SalesSource>) {
                return sales_tables(conn, src, ref.column, limit, cancel);
            } else if constexpr (std::is_same_v<T, DiscountSource>) {
                return discount_tables(conn, src, ref.column, limit, cancel);
            } else if constexpr (std::is_same_v<T, FlaggedSource>) {
                return flagged_tables(conn, src, ref.column, limit, cancel);
            } else {
                return target_tables(conn, src, ref.column, limit, cancel);
            }
        },
        ref.what);
    // A figure is matched by the total that stands for it, printed the same way; a row count
    // stands for a count of rows.
    for (SourceTable& t : out.tables) {
        if (t.figure_column.empty() || ref.figure.empty()) {
            continue;
        }
        if (t.figure_column == "rows") {
            t.matches = std::to_string(t.total_rows) == ref.figure;
        } else if (const SourceTotal* total = t.total(t.figure_column)) {
            t.matches = total->text == ref.figure;
        }
    }
    return out;
}

}  // namespace uplift
