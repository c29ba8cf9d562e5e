#pragma once
// The documented catalogue of what a pivot may read (docs/reporting-views.md, "Pivot"): the
// reporting views it runs over, each with its dimensions (including time buckets derived from
// the view's date column) and measures. The SQL of a pivot is made only from the expressions
// written here, never from what a user typed.
#include <string>
#include <string_view>
#include <vector>

namespace uplift {

enum class PivotAggregate { Sum, Count, Avg, Min, Max };

// "sum", "count", "avg", "min", "max"; parse is case-insensitive.
std::string pivot_aggregate_name(PivotAggregate a);
bool parse_pivot_aggregate(std::string_view text, PivotAggregate& out);

// How a measure's integer value is read and printed.
enum class PivotMeasureKind {
    Count,    // detail rows
    Units,    // whole units
    Money,    // minor units (cents), printed with 2 decimals
    Percent,  // Percent units (1e-4 %), printed as a percentage with 2 decimals
};

struct PivotDimension {
    std::string name;         // "brand", "month"
    std::string description;  // one line for help and tooltips
    std::string sql;          // a text expression over the view's columns
};

struct PivotMeasure {
    std::string name;  // "gross_amount", "rows"
    std::string description;
    PivotMeasureKind kind = PivotMeasureKind::Units;
    // An integer expression per view row (money as cents): empty for the `rows` measure.
    std::string sql;
    std::vector<PivotAggregate> aggregates;  // the first is the default
};

struct PivotSource {
    std::string view;  // "v_sales_weekly"
    std::string description;
    std::string date_column;  // the column the week/month/quarter/year buckets come from
    std::vector<PivotDimension> dimensions;
    std::vector<PivotMeasure> measures;
    // Detail rows behind one view row ("count(*)", or "sum(rows)" for a summary view): what
    // `count:rows` sums and what averages divide by.
    std::string rows_sql = "count(*)";
};

// Every source, in the order the CLI's help and the app list them.
const std::vector<PivotSource>& pivot_sources();
// nullptr when `view` is not a pivot source.
const PivotSource* find_pivot_source(std::string_view view);
const PivotDimension* find_pivot_dimension(const PivotSource& s, std::string_view name);
const PivotMeasure* find_pivot_measure(const PivotSource& s, std::string_view name);
bool pivot_measure_allows(const PivotMeasure& m, PivotAggregate a);

// "brand, category, ..." and "units (sum, avg), ..." for messages and help.
std::string pivot_dimension_names(const PivotSource& s);
std::string pivot_measure_names(const PivotSource& s);
std::string pivot_source_names();

}  // namespace uplift
