#include "reports/dashboard_table.h"

#include <string_view>
#include <utility>

namespace uplift {

ReportTable dashboard_table(const std::vector<Kpi>& tiles) {
    ReportTable t;
    t.name = "dashboard";
    t.title = "Dashboard";
    t.header = {"key", "title", "value", "unit", "prior_year", "change", "detail", "report"};
    // A tile prints "42.5 %" or "–" (undefined); the table keeps the number and its unit apart
    // so a spreadsheet reads a figure.
    const auto split = [](const std::string& printed) -> std::pair<std::string, std::string> {
        constexpr std::string_view percent = " %";
        if (printed == "\u2013") {
            return {"", ""};
        }
        if (printed.ends_with(percent)) {
            return {printed.substr(0, printed.size() - percent.size()), "%"};
        }
        return {printed, ""};
    };
    for (const Kpi& k : tiles) {
        const auto [value, unit] = split(k.value);
        const std::string prior = k.change.has_prior ? split(k.change.prior).first : "";
        t.rows.push_back(
            {k.key, k.title, value, unit, prior, k.change.text, k.detail, k.link.report});
    }
    t.is_text = {true, true, false, true, false, true, true, true};
    t.notes = {
        "change: against the same figure a year earlier (percentages in points, money in "
        "%, counts by their difference); docs/formulas.md \"Dashboard\"."};
    return t;
}

}  // namespace uplift
