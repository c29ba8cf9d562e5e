#pragma once
// What a pivot asks: a source view of the catalogue, row dimensions, column dimensions (0..2),
// values (aggregate of a measure) and filters (dimension = one of some values). Checked against
// the catalogue before it runs or is saved, and written as a small JSON text for saved layouts
// (docs/reporting-views.md, "Pivot").
#include <string>
#include <string_view>
#include <vector>

#include "reports/pivot_catalogue.h"

namespace uplift {

struct PivotValue {
    std::string measure;
    PivotAggregate aggregate = PivotAggregate::Sum;
    bool operator==(const PivotValue&) const = default;
};

struct PivotFilter {
    std::string dimension;
    std::vector<std::string> values;  // a row matches when the dimension is one of them
    bool operator==(const PivotFilter&) const = default;
};

struct PivotLayout {
    std::string source;
    std::vector<std::string> rows;
    std::vector<std::string> columns;
    std::vector<PivotValue> values;
    std::vector<PivotFilter> filters;
    bool totals = true;  // a Total column per value (with columns) and a Total row
    bool operator==(const PivotLayout&) const = default;
};

inline constexpr std::size_t kPivotMaxRowDimensions = 4;
inline constexpr std::size_t kPivotMaxColumnDimensions = 2;
inline constexpr std::size_t kPivotMaxValues = 8;

// Throws UserError naming the first bad field (unknown source, dimension or measure, an
// aggregate the measure does not take, a dimension used twice, too many of something).
void validate_pivot_layout(const PivotLayout& layout);

// "sum:gross_amount" (an aggregate alone of a measure: "count:rows"); UserError when malformed.
PivotValue parse_pivot_value(std::string_view text);
// "sum_gross_amount": the value's column name.
std::string pivot_value_label(const PivotValue& v);

// The saved form: {"source":..., "rows":[...], "columns":[...], "values":["sum:units"],
// "filters":{"dim":["v", ...]}, "totals":true}. Reading refuses malformed text with UserError
// (it does not check the catalogue: validate_pivot_layout does).
std::string pivot_layout_to_text(const PivotLayout& layout);
PivotLayout pivot_layout_from_text(std::string_view text);

// One line for notes and lists: "v_sales_weekly: rows brand; columns channel; values
// sum_gross_amount; where region = North".
std::string describe_pivot_layout(const PivotLayout& layout);

}  // namespace uplift
