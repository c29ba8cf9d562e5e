#include "reports/pivot_layout.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "errors.h"

namespace uplift {

namespace {

const PivotSource& require_source(const std::string& view) {
    const PivotSource* s = find_pivot_source(view);
    if (s == nullptr) {
        throw UserError(
            fmt::format("pivot source: '{}' is not one of {}", view, pivot_source_names()));
    }
    return *s;
}

void require_dimension(const PivotSource& s, const std::string& name, const char* where) {
    if (find_pivot_dimension(s, name) == nullptr) {
        throw UserError(fmt::format("pivot {}: '{}' is not a dimension of {} ({})", where, name,
                                    s.view, pivot_dimension_names(s)));
    }
}

std::string joined_names(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) {
        out += (out.empty() ? "" : ", ") + n;
    }
    return out;
}

}  // namespace

void validate_pivot_layout(const PivotLayout& layout) {
    const PivotSource& s = require_source(layout.source);
    if (layout.rows.empty()) {
        throw UserError("pivot rows: choose at least one dimension");
    }
    if (layout.rows.size() > kPivotMaxRowDimensions) {
        throw UserError(fmt::format("pivot rows: at most {} dimensions", kPivotMaxRowDimensions));
    }
    if (layout.columns.size() > kPivotMaxColumnDimensions) {
        throw UserError(
            fmt::format("pivot columns: at most {} dimensions", kPivotMaxColumnDimensions));
    }
    std::set<std::string> used;
    for (const auto& [names, where] :
         {std::pair{&layout.rows, "rows"}, std::pair{&layout.columns, "columns"}}) {
        for (const std::string& d : *names) {
            require_dimension(s, d, where);
            if (!used.insert(d).second) {
                throw UserError(fmt::format("pivot {}: '{}' is used twice", where, d));
            }
        }
    }
    if (layout.values.empty()) {
        throw UserError("pivot values: choose at least one measure");
    }
    if (layout.values.size() > kPivotMaxValues) {
        throw UserError(fmt::format("pivot values: at most {}", kPivotMaxValues));
    }
    std::set<std::string> labels;
    for (const PivotValue& v : layout.values) {
        const PivotMeasure* m = find_pivot_measure(s, v.measure);
        if (m == nullptr) {
            throw UserError(fmt::format("pivot values: '{}' is not a measure of {} ({})", v.measure,
                                        s.view, pivot_measure_names(s)));
        }
        if (!pivot_measure_allows(*m, v.aggregate)) {
            std::string allowed;
            for (PivotAggregate a : m->aggregates) {
                allowed += (allowed.empty() ? "" : ", ") + pivot_aggregate_name(a);
            }
            throw UserError(fmt::format("pivot values: {} of '{}' is not offered ({} only)",
                                        pivot_aggregate_name(v.aggregate), v.measure, allowed));
        }
        if (!labels.insert(pivot_value_label(v)).second) {
            throw UserError(fmt::format("pivot values: '{}' is asked twice", pivot_value_label(v)));
        }
    }
    std::set<std::string> filtered;
    for (const PivotFilter& f : layout.filters) {
        require_dimension(s, f.dimension, "filter");
        if (f.values.empty()) {
            throw UserError(
                fmt::format("pivot filter: '{}' needs at least one value", f.dimension));
        }
        if (!filtered.insert(f.dimension).second) {
            throw UserError(fmt::format("pivot filter: '{}' is filtered twice", f.dimension));
        }
    }
}

PivotValue parse_pivot_value(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size()) {
        throw UserError(fmt::format(
            "pivot values: '{}' is not AGGREGATE:MEASURE (e.g. sum:gross_amount, count:rows)",
            text));
    }
    PivotValue v;
    if (!parse_pivot_aggregate(text.substr(0, colon), v.aggregate)) {
        throw UserError(fmt::format("pivot values: '{}' is not sum, count, avg, min or max",
                                    text.substr(0, colon)));
    }
    v.measure = std::string(text.substr(colon + 1));
    return v;
}

std::string pivot_value_label(const PivotValue& v) {
    return pivot_aggregate_name(v.aggregate) + "_" + v.measure;
}

std::string pivot_layout_to_text(const PivotLayout& layout) {
    nlohmann::json values = nlohmann::json::array();
    for (const PivotValue& v : layout.values) {
        values.push_back(pivot_aggregate_name(v.aggregate) + ":" + v.measure);
    }
    nlohmann::json filters = nlohmann::json::array();
    for (const PivotFilter& f : layout.filters) {
        filters.push_back({{"dimension", f.dimension}, {"values", f.values}});
    }
    const nlohmann::json j{{"source", layout.source},   {"rows", layout.rows},
                           {"columns", layout.columns}, {"values", values},
                           {"filters", filters},        {"totals", layout.totals}};
    return j.dump();
}

PivotLayout pivot_layout_from_text(std::string_view text) {
    try {
        const nlohmann::json j = nlohmann::json::parse(text);
        PivotLayout out;
        out.source = j.at("source").get<std::string>();
        out.rows = j.at("rows").get<std::vector<std::string>>();
        out.columns = j.value("columns", std::vector<std::string>{});
        for (const auto& v : j.at("values")) {
            out.values.push_back(parse_pivot_value(v.get<std::string>()));
        }
        for (const auto& f : j.value("filters", nlohmann::json::array())) {
            out.filters.push_back({f.at("dimension").get<std::string>(),
                                   f.at("values").get<std::vector<std::string>>()});
        }
        out.totals = j.value("totals", true);
        return out;
    } catch (const nlohmann::json::exception& e) {
        throw UserError(fmt::format("saved pivot layout is not readable: {}", e.what()));
    }
}

std::string describe_pivot_layout(const PivotLayout& layout) {
    std::vector<std::string> values;
    for (const PivotValue& v : layout.values) {
        values.push_back(pivot_value_label(v));
    }
    std::string out = fmt::format("{}: rows {}", layout.source, joined_names(layout.rows));
    if (!layout.columns.empty()) {
        out += "; columns " + joined_names(layout.columns);
    }
    out += "; values " + joined_names(values);
    for (const PivotFilter& f : layout.filters) {
        out += fmt::format(
            "; where {} = {}", f.dimension,
            f.values.size() == 1 ? f.values.front() : "one of " + joined_names(f.values));
    }
    return out;
}

}  // namespace uplift
