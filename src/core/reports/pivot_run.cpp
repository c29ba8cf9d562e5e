#include "reports/pivot_run.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "actuals/actuals_summary.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "money/money.h"
#include "money/rounding.h"

namespace uplift {

namespace {

using PivotKey = std::vector<std::string>;

// One value of one cell: what the groups behind it add up to.
struct PivotCell {
    Wide sum = 0;                         // sum, and the numerator of avg
    Wide count = 0;                       // count, and the denominator of avg
    std::optional<std::int64_t> extreme;  // min or max
    bool any = false;                     // some group gave a value
};

// A value's columns in the query and how its cells combine.
struct PivotValuePlan {
    PivotAggregate aggregate;
    PivotMeasureKind kind;
    std::string label;
};

void add_to_pivot_cell(PivotCell& into, const PivotCell& part, PivotAggregate a) {
    if (!part.any) {
        return;
    }
    into.sum += part.sum;
    into.count += part.count;
    if (part.extreme) {
        if (!into.extreme || (a == PivotAggregate::Min ? *part.extreme < *into.extreme
                                                       : *part.extreme > *into.extreme)) {
            into.extreme = part.extreme;
        }
    }
    into.any = true;
}

std::string print_pivot_whole(Wide v, PivotMeasureKind kind) {
    switch (kind) {
        case PivotMeasureKind::Money:
            return format_minor(round_half_away(v, 1));
        case PivotMeasureKind::Percent:
            return format_minor(round_half_away(v, 100));
        case PivotMeasureKind::Units:
        case PivotMeasureKind::Count:
            break;
    }
    return std::to_string(round_half_away(v, 1));
}

std::string print_pivot_cell(const PivotCell& c, const PivotValuePlan& p) {
    if (!c.any) {
        return {};
    }
    switch (p.aggregate) {
        case PivotAggregate::Sum:
            return print_pivot_whole(c.sum, p.kind);
        case PivotAggregate::Count:
            return print_pivot_whole(c.count, PivotMeasureKind::Count);
        case PivotAggregate::Min:
        case PivotAggregate::Max:
            return c.extreme ? print_pivot_whole(*c.extreme, p.kind) : std::string();
        case PivotAggregate::Avg:
            if (c.count == 0) {
                return {};
            }
            // The exact ratio, rounded once to the hundredths it prints.
            switch (p.kind) {
                case PivotMeasureKind::Money:
                    return format_minor(round_half_away(c.sum, c.count));
                case PivotMeasureKind::Percent:
                    return format_minor(round_half_away(c.sum, c.count * 100));
                case PivotMeasureKind::Units:
                case PivotMeasureKind::Count:
                    return format_minor(round_half_away(c.sum * 100, c.count));
            }
    }
    return {};
}

std::string pivot_key_text(const PivotKey& key) {
    std::string out;
    for (const std::string& part : key) {
        out += (out.empty() ? "" : " / ") + (part.empty() ? std::string("(none)") : part);
    }
    return out;
}

std::string pivot_names_text(const std::vector<std::string>& names, const char* separator) {
    std::string out;
    for (const std::string& n : names) {
        out += (out.empty() ? "" : separator) + n;
    }
    return out;
}

// Stops a running statement when the user cancels; removed when the run ends, so a connection
// lent by the caller is left as it was.
class PivotCancelHook {
  public:
    PivotCancelHook(db::Connection& conn, const std::atomic<bool>* cancel)
        : conn_(conn), cancel_(cancel) {
        if (cancel_ != nullptr) {
            sqlite3_progress_handler(conn_.handle(), 1000, &PivotCancelHook::tick,
                                     const_cast<std::atomic<bool>*>(cancel_));
        }
    }
    ~PivotCancelHook() {
        if (cancel_ != nullptr) {
            sqlite3_progress_handler(conn_.handle(), 0, nullptr, nullptr);
        }
    }
    PivotCancelHook(const PivotCancelHook&) = delete;
    PivotCancelHook& operator=(const PivotCancelHook&) = delete;
    bool cancelled() const { return cancel_ != nullptr && cancel_->load(); }

  private:
    static int tick(void* flag) { return static_cast<std::atomic<bool>*>(flag)->load() ? 1 : 0; }
    db::Connection& conn_;
    const std::atomic<bool>* cancel_;
};

}  // namespace

ReportTable pivot_table(db::Connection& conn, const PivotLayout& layout,
                        const std::atomic<bool>* cancel) {
    validate_pivot_layout(layout);
    const PivotSource& source = *find_pivot_source(layout.source);
    std::string view = source.view;
    std::string rows_sql = source.rows_sql;
    bool from_detail = false;
    if (view == "v_sales_weekly" && !actuals_summary_current(conn)) {
        // A product changed brand and no write has rebuilt the summary yet: the detail rows
        // give the same columns (and are never wrong).
        view = "v_actuals";
        rows_sql = "count(*)";
        from_detail = true;
    }

    // SELECT the dimensions, then each value's parts; GROUP BY the dimensions.
    std::vector<std::string> dims = layout.rows;
    dims.insert(dims.end(), layout.columns.begin(), layout.columns.end());
    std::string select;
    for (const std::string& d : dims) {
        select += (select.empty() ? "" : ", ") +
                  fmt::format("ifnull({}, '')", find_pivot_dimension(source, d)->sql);
    }
    std::vector<PivotValuePlan> plans;
    for (const PivotValue& v : layout.values) {
        const PivotMeasure& m = *find_pivot_measure(source, v.measure);
        plans.push_back({v.aggregate, m.kind, pivot_value_label(v)});
        switch (v.aggregate) {
            case PivotAggregate::Sum:
                select += fmt::format(", sum({})", m.sql);
                break;
            case PivotAggregate::Count:
                select += ", " + rows_sql;
                break;
            case PivotAggregate::Avg:
                // Over the rows that have a value; a summary row stands for its detail rows.
                select += fmt::format(", sum({}), {}", m.sql,
                                      rows_sql == "count(*)" ? "count(" + m.sql + ")" : rows_sql);
                break;
            case PivotAggregate::Min:
                select += fmt::format(", min({})", m.sql);
                break;
            case PivotAggregate::Max:
                select += fmt::format(", max({})", m.sql);
                break;
        }
    }
    std::string where;
    for (const PivotFilter& f : layout.filters) {
        std::string marks;
        for (std::size_t i = 0; i < f.values.size(); ++i) {
            marks += i == 0 ? "?" : ", ?";
        }
        where += fmt::format("{} ifnull({}, '') IN ({})", where.empty() ? " WHERE" : " AND",
                             find_pivot_dimension(source, f.dimension)->sql, marks);
    }
    std::string group;
    for (std::size_t i = 1; i <= dims.size(); ++i) {
        group += (group.empty() ? "" : ", ") + std::to_string(i);
    }
    const std::string sql =
        fmt::format("SELECT {} FROM {}{} GROUP BY {}", select, view, where, group);

    const std::size_t nrow = layout.rows.size();
    const std::size_t ndim = dims.size();
    const std::size_t nval = plans.size();
    std::map<PivotKey, std::map<PivotKey, std::vector<PivotCell>>> cells;
    std::map<PivotKey, std::vector<PivotCell>> row_totals;
    std::map<PivotKey, std::vector<PivotCell>> column_totals;
    std::vector<PivotCell> grand(nval);
    const std::size_t total_columns = layout.columns.empty() || !layout.totals ? 0 : nval;
    {
        PivotCancelHook hook(conn, cancel);
        db::Statement s(conn, sql);
        int param = 0;
        for (const PivotFilter& f : layout.filters) {
            for (const std::string& value : f.values) {
                s.bind(++param, value);
            }
        }
        while (true) {
            try {
                if (!s.step()) {
                    break;
                }
            } catch (...) {
                if (hook.cancelled()) {
                    throw Cancelled();
                }
                throw;
            }
            PivotKey row_key;
            PivotKey column_key;
            for (std::size_t i = 0; i < ndim; ++i) {
                (i < nrow ? row_key : column_key).push_back(s.get_text(static_cast<int>(i)));
            }
            std::vector<PivotCell> parts(nval);
            int col = static_cast<int>(ndim);
            for (std::size_t v = 0; v < nval; ++v) {
                PivotCell& p = parts[v];
                const std::optional<std::int64_t> first = s.get_opt_int(col++);
                switch (plans[v].aggregate) {
                    case PivotAggregate::Sum:
                        p.sum = first.value_or(0);
                        p.any = first.has_value();
                        break;
                    case PivotAggregate::Count:
                        p.count = first.value_or(0);
                        p.any = true;
                        break;
                    case PivotAggregate::Avg:
                        p.sum = first.value_or(0);
                        p.count = s.get_opt_int(col++).value_or(0);
                        p.any = p.count > 0;
                        break;
                    case PivotAggregate::Min:
                    case PivotAggregate::Max:
                        p.extreme = first;
                        p.any = first.has_value();
                        break;
                }
            }
            auto& row = cells[row_key];
            auto [it, added] = row.try_emplace(column_key, nval);
            if (!column_totals.contains(column_key)) {
                column_totals.emplace(column_key, std::vector<PivotCell>(nval));
                if (column_totals.size() * nval + total_columns > kPivotMaxColumns) {
                    throw UserError(fmt::format(
                        "the pivot would have more than {} columns: filter it, or put fewer "
                        "or coarser dimensions in its columns",
                        kPivotMaxColumns));
                }
            }
            if (cells.size() > kPivotMaxRows) {
                throw UserError(fmt::format(
                    "the pivot would have more than {} rows: filter it, or choose fewer or "
                    "coarser row dimensions",
                    kPivotMaxRows));
            }
            auto& row_total = row_totals.try_emplace(row_key, nval).first->second;
            auto& column_total = column_totals.at(column_key);
            for (std::size_t v = 0; v < nval; ++v) {
                const PivotAggregate a = plans[v].aggregate;
                add_to_pivot_cell(it->second[v], parts[v], a);
                add_to_pivot_cell(row_total[v], parts[v], a);
                add_to_pivot_cell(column_total[v], parts[v], a);
                add_to_pivot_cell(grand[v], parts[v], a);
            }
            if (cancel != nullptr && cancel->load()) {
                throw Cancelled();
            }
        }
    }

    ReportTable t;
    t.name = "pivot";
    std::vector<std::string> value_labels;
    value_labels.reserve(plans.size());
    for (const PivotValuePlan& p : plans) {
        value_labels.push_back(p.label);
    }
    t.title =
        fmt::format("Pivot of {}: {} by {}", source.view, pivot_names_text(value_labels, ", "),
                    pivot_names_text(layout.rows, " × "));
    if (!layout.columns.empty()) {
        t.title += " across " + pivot_names_text(layout.columns, " × ");
    }
    t.header = layout.rows;
    const bool with_columns = !layout.columns.empty();
    // Without column dimensions the one column key is empty: the values are the columns.
    const auto value_header = [&](const std::string& key, const PivotValuePlan& p) {
        if (!with_columns) {
            return p.label;
        }
        return nval == 1 ? key : key + ": " + p.label;
    };
    for (const auto& [column_key, unused] : column_totals) {
        for (const PivotValuePlan& p : plans) {
            t.header.push_back(value_header(pivot_key_text(column_key), p));
        }
    }
    if (total_columns > 0) {
        for (const PivotValuePlan& p : plans) {
            t.header.push_back(value_header("Total", p));
        }
    }
    const auto add_cells = [&](std::vector<std::string>& out, const std::vector<PivotCell>& vs) {
        for (std::size_t v = 0; v < nval; ++v) {
            out.push_back(print_pivot_cell(vs[v], plans[v]));
        }
    };
    const std::vector<PivotCell> none(nval);
    for (const auto& [row_key, row] : cells) {
        std::vector<std::string> out = row_key;
        for (const auto& [column_key, unused] : column_totals) {
            const auto it = row.find(column_key);
            add_cells(out, it == row.end() ? none : it->second);
        }
        if (total_columns > 0) {
            add_cells(out, row_totals.at(row_key));
        }
        t.rows.push_back(std::move(out));
    }
    // The Total row is a total row of the table: on screen and in the PDF, not in CSV or JSON,
    // whose rows are a contract (reports/report_table.h).
    if (layout.totals && !cells.empty()) {
        std::vector<std::string> out(nrow);
        out[0] = "Total";
        for (const auto& [column_key, total] : column_totals) {
            add_cells(out, total);
        }
        if (total_columns > 0) {
            add_cells(out, grand);
        }
        t.totals.push_back(std::move(out));
    }
    t.is_text.assign(t.header.size(), false);
    for (std::size_t i = 0; i < nrow; ++i) {
        t.is_text[i] = true;
    }
    t.notes.push_back("Pivot of " + describe_pivot_layout(layout) + ".");
    t.notes.emplace_back(
        "Money is summed exactly in cents and printed with 2 decimals; averages are exact until "
        "printed; an empty cell has no rows.");
    if (from_detail) {
        t.notes.emplace_back(
            "Read from v_actuals: the weekly summary waits to be rebuilt after a product "
            "changed brand.");
    }
    return t;
}

ReportTable run_pivot(const std::filesystem::path& file, const PivotLayout& layout,
                      const std::atomic<bool>* cancel) {
    validate_pivot_layout(layout);
    db::Connection conn = db::open_file_read_only(file);
    // GROUP BY over ten million detail rows (v_actuals) sorts them: in a temporary file, so the
    // process's memory stays flat (in memory it took 650 MB at scale 1).
    conn.exec_script("PRAGMA temp_store=FILE;");
    return pivot_table(conn, layout, cancel);
}

}  // namespace uplift
