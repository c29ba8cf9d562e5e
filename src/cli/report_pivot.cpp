// report pivot: rows × columns × values over a reporting view of the pivot catalogue, from the
// options or a saved layout; report pivots: the saved layouts (list, --delete).
#include "report_pivot.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "command.h"
#include "errors.h"
#include "report_output.h"
#include "reports/pivot_run.h"
#include "reports/pivot_saved.h"

namespace uplift::cli {

namespace {

std::vector<std::string> pivot_name_list(const std::string& text, const char* option) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        std::string part = text.substr(start, end - start);
        const auto first = part.find_first_not_of(' ');
        if (first == std::string::npos) {
            throw UsageError(fmt::format("{}: an empty name in '{}'", option, text));
        }
        out.push_back(part.substr(first, part.find_last_not_of(' ') - first + 1));
        start = end + 1;
    }
    return out;
}

// --where DIM=VALUE, repeated; the values of one dimension are alternatives.
std::vector<PivotFilter> pivot_where_filters(const std::vector<std::string>& wheres) {
    std::vector<PivotFilter> out;
    for (const std::string& w : wheres) {
        const auto eq = w.find('=');
        if (eq == std::string::npos || eq == 0) {
            throw UsageError(fmt::format("--where: '{}' is not DIMENSION=VALUE", w));
        }
        const std::string dim = w.substr(0, eq);
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const PivotFilter& f) { return f.dimension == dim; });
        if (it == out.end()) {
            out.push_back({dim, {}});
            it = out.end() - 1;
        }
        it->values.push_back(w.substr(eq + 1));
    }
    return out;
}

// The layout the options ask: a saved one (--layout), each option given replacing its part.
PivotLayout asked_pivot_layout(CommandContext& c, db::Connection& conn,
                               const ActionContext& actor) {
    PivotLayout l;
    const auto saved = c.args.get("--layout");
    if (saved) {
        l = load_pivot_layout(conn, actor, *saved, c.args.get("--owner").value_or(""));
    } else {
        for (const char* needed : {"--source", "--rows", "--values"}) {
            if (!c.args.has(needed)) {
                throw UsageError(
                    fmt::format("report pivot needs {} (or --layout NAME); see --help", needed));
            }
        }
    }
    if (const auto s = c.args.get("--source")) {
        l.source = *s;
    }
    if (const auto r = c.args.get("--rows")) {
        l.rows = pivot_name_list(*r, "--rows");
    }
    if (const auto cols = c.args.get("--columns")) {
        l.columns =
            cols->empty() ? std::vector<std::string>{} : pivot_name_list(*cols, "--columns");
    }
    if (const auto v = c.args.get("--values")) {
        l.values.clear();
        for (const std::string& text : pivot_name_list(*v, "--values")) {
            l.values.push_back(parse_pivot_value(text));
        }
    }
    if (c.args.has("--where")) {
        l.filters = pivot_where_filters(c.args.get_all("--where"));
    }
    if (c.args.has("--no-totals")) {
        l.totals = false;
    }
    return l;
}

// The catalogue: every source's dimensions and measures (report pivot --fields).
int pivot_fields(CommandContext& c, const std::string& format) {
    const auto only = c.args.get("--source");
    if (only && find_pivot_source(*only) == nullptr) {
        throw UserError(
            fmt::format("--source: '{}' is not one of {}", *only, pivot_source_names()));
    }
    std::vector<std::vector<std::string>> rows;
    for (const PivotSource& s : pivot_sources()) {
        if (only && s.view != *only) {
            continue;
        }
        for (const PivotDimension& d : s.dimensions) {
            rows.push_back({s.view, d.name, "dimension", "", d.description});
        }
        for (const PivotMeasure& m : s.measures) {
            std::string aggs;
            for (PivotAggregate a : m.aggregates) {
                aggs += (aggs.empty() ? "" : " ") + pivot_aggregate_name(a);
            }
            rows.push_back({s.view, m.name, "measure", aggs, m.description});
        }
    }
    emit_table_report(c, format, {{"report", "pivot-fields"}},
                      {"source", "field", "kind", "aggregates", "description"}, rows, 5);
    return 0;
}

}  // namespace

int pivot_report(CommandContext& c, const std::string& format) {
    if (c.args.has("--fields")) {
        return pivot_fields(c, format);
    }
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    const PivotLayout layout = asked_pivot_layout(c, conn, actor);
    // Run first: a layout that cannot run is not saved.
    const ReportTable table = run_pivot(c.db_path(), layout);
    if (const auto name = c.args.get("--save")) {
        const bool replaced = save_pivot_layout(conn, actor, *name, layout);
        c.err << fmt::format("{} saved pivot '{}'\n", replaced ? "replaced" : "created", *name);
    }
    emit_report_table(
        c, format, table,
        {{"report", "pivot"}, {"layout", nlohmann::json::parse(pivot_layout_to_text(layout))}});
    return 0;
}

int pivots_report(CommandContext& c, const std::string& format) {
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (const auto name = c.args.get("--delete")) {
        const std::string owner = c.args.get("--owner").value_or("");
        delete_pivot_layout(conn, actor, *name, owner);
        c.out << fmt::format("deleted saved pivot '{}'{}\n", *name,
                             owner.empty() ? "" : " of " + owner);
        return 0;
    }
    std::vector<std::vector<std::string>> rows;
    for (const SavedPivot& p : list_pivot_layouts(conn, actor)) {
        std::string what;
        try {
            what = describe_pivot_layout(pivot_layout_from_text(p.layout_text));
        } catch (const UserError& e) {
            what = e.what();
        }
        rows.push_back({p.name, p.owner, what, p.updated_at});
    }
    emit_table_report(c, format, {{"report", "pivots"}}, {"name", "owner", "layout", "updated_at"},
                      rows, 4);
    return 0;
}

}  // namespace uplift::cli
