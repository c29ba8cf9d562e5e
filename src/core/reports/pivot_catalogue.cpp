#include "reports/pivot_catalogue.h"

#include <algorithm>
#include <cctype>

namespace uplift {

namespace {

using Agg = PivotAggregate;
using Kind = PivotMeasureKind;

// The views give money as currency units (REAL, cents / 100.0): back to whole cents, exactly,
// before anything is summed.
std::string cents_of(const std::string& column) {
    return "CAST(round(" + column + " * 100) AS INTEGER)";
}

PivotDimension plain(const std::string& column, const std::string& description) {
    return {column, description, column};
}

// week (the Monday's ISO date), month YYYY-MM, quarter YYYY-Qn and year of a date column. A
// `week` column of a weekly view already is a Monday.
std::vector<PivotDimension> time_buckets(const std::string& column, bool weekly) {
    const std::string q = "substr(" + column + ", 1, 4) || '-Q' || ((CAST(substr(" + column +
                          ", 6, 2) AS INTEGER) + 2) / 3)";
    return {
        {"week", "the ISO date of the week's Monday (" + column + ")",
         weekly ? column : "date(" + column + ", '-6 days', 'weekday 1')"},
        {"month", "YYYY-MM of " + column, "substr(" + column + ", 1, 7)"},
        {"quarter", "YYYY-Qn of " + column, q},
        {"year", "YYYY of " + column, "substr(" + column + ", 1, 4)"},
    };
}

PivotMeasure rows_measure() {
    return {"rows", "the number of detail rows", Kind::Count, "", {Agg::Count}};
}

PivotMeasure money(const std::string& column, const std::string& description,
                   std::vector<Agg> aggs = {Agg::Sum, Agg::Avg, Agg::Min, Agg::Max}) {
    return {column, description, Kind::Money, cents_of(column), std::move(aggs)};
}

PivotMeasure units(const std::string& column, const std::string& description,
                   std::vector<Agg> aggs = {Agg::Sum, Agg::Avg, Agg::Min, Agg::Max}) {
    return {column, description, Kind::Units, column, std::move(aggs)};
}

// As in the weekly summary, a row without a discount counts as 0, so v_sales_weekly read from
// the detail rows (while its summary is rebuilt) gives the same sums and averages.
PivotMeasure discount_or_zero(std::vector<Agg> aggs) {
    return {"discount_amount", "invoiced discount (none counts as 0)", Kind::Money,
            cents_of("ifnull(discount_amount, 0)"), std::move(aggs)};
}

template <typename T>
std::vector<T> joined(std::vector<T> a, const std::vector<T>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

std::vector<PivotSource> make_sources() {
    std::vector<PivotSource> out;

    PivotSource weekly;
    weekly.view = "v_sales_weekly";
    weekly.description =
        "weekly actuals summed by brand, channel, region and kind (fast: the summary every "
        "import keeps)";
    weekly.date_column = "week";
    weekly.dimensions = joined(
        std::vector<PivotDimension>{
            plain("brand", "the product's brand"), plain("category", "the brand's category"),
            plain("channel", "the account's channel"), plain("region", "the account's region"),
            plain("kind", "sell_in or sell_out")},
        time_buckets("week", true));
    // Averages are per detail row (sum / rows), as over v_actuals; min and max are not kept.
    weekly.measures = {units("units", "units sold", {Agg::Sum, Agg::Avg}),
                       money("gross_amount", "gross sales", {Agg::Sum, Agg::Avg}),
                       discount_or_zero({Agg::Sum, Agg::Avg}), rows_measure()};
    weekly.rows_sql = "sum(\"rows\")";
    out.push_back(weekly);

    PivotSource actuals;
    actuals.view = "v_actuals";
    actuals.description = "weekly actuals, one row per account, sku, week and kind";
    actuals.date_column = "week";
    actuals.dimensions = joined(
        std::vector<PivotDimension>{
            plain("account", "the account's code"), plain("sku", "the product's sku"),
            plain("brand", "the product's brand"), plain("category", "the brand's category"),
            plain("channel", "the account's channel"), plain("region", "the account's region"),
            plain("kind", "sell_in or sell_out")},
        time_buckets("week", true));
    actuals.measures = {units("units", "units sold"), money("gross_amount", "gross sales"),
                        discount_or_zero({Agg::Sum, Agg::Avg, Agg::Min, Agg::Max}), rows_measure()};
    out.push_back(actuals);

    PivotSource ledger;
    ledger.view = "v_fund_ledger";
    ledger.description = "fund ledger entries";
    ledger.date_column = "booked_on";
    ledger.dimensions = joined(
        std::vector<PivotDimension>{
            plain("fund", "the fund's name"),
            plain("kind", "allocation, accrual, transfer_in, ... (the entry's kind)"),
            plain("source_type", "what booked the entry"), plain("user_name", "who booked it")},
        time_buckets("booked_on", false));
    ledger.measures = {money("amount", "the entry's amount"), rows_measure()};
    out.push_back(ledger);

    PivotSource claims;
    claims.view = "v_claims";
    claims.description = "claims against promotions with what was settled and written off";
    claims.date_column = "claim_date";
    claims.dimensions = joined(std::vector<PivotDimension>{plain("promo_id", "the promotion's id"),
                                                           plain("reason", "the claim's reason")},
                               time_buckets("claim_date", false));
    claims.measures = {money("amount", "the amount claimed"), money("settled", "settled"),
                       money("written_off", "written off"), rows_measure()};
    out.push_back(claims);

    PivotSource targets;
    targets.view = "v_targets";
    targets.description = "the current targets per period, account and brand";
    targets.date_column = "period";
    targets.dimensions = {
        plain("period", "the target's period (YYYY-MM or YYYY-Qn)"),
        {"quarter", "YYYY-Qn of the period",
         "CASE WHEN substr(period, 6, 1) = 'Q' THEN period ELSE substr(period, 1, 4) || '-Q' || "
         "((CAST(substr(period, 6, 2) AS INTEGER) + 2) / 3) END"},
        {"year", "YYYY of the period", "substr(period, 1, 4)"},
        plain("account", "the account's code"),
        plain("brand", "the brand"),
        plain("region", "the account's region"),
        plain("rep", "the account's rep")};
    targets.measures = {units("units", "target units"), money("value", "target value"),
                        rows_measure()};
    out.push_back(targets);

    PivotSource requests;
    requests.view = "v_discount_requests";
    requests.description = "discount requests and their decisions";
    requests.date_column = "valid_from";
    requests.dimensions = joined(
        std::vector<PivotDimension>{
            plain("account", "the account's code"), plain("reason", "the reason code"),
            plain("status", "pending, approved, rejected or withdrawn"),
            plain("approver_level", "auto, SM or FIN"), plain("requested_by", "who asked"),
            plain("decided_by", "who decided (or auto)"),
            plain("promo_id", "the promotion it belongs to")},
        time_buckets("valid_from", false));
    requests.measures = {
        money("value", "the estimated discount value"),
        {"pct",
         "the discount depth in %",
         Kind::Percent,
         "CAST(round(pct * 10000) AS INTEGER)",
         {Agg::Avg, Agg::Min, Agg::Max}},
        units("expected_units", "the expected units (rows without them are left out)"),
        rows_measure()};
    out.push_back(requests);

    PivotSource returns;
    returns.view = "v_returns";
    returns.description = "returns and write-offs";
    returns.date_column = "date";
    returns.dimensions = joined(std::vector<PivotDimension>{plain("kind", "return or write_off"),
                                                            plain("account", "the account's code"),
                                                            plain("sku", "the product's sku"),
                                                            plain("reason", "the reason code"),
                                                            plain("entered_by", "who entered it")},
                                time_buckets("date", false));
    returns.measures = {units("units", "units returned or written off"),
                        money("amount", "the amount"), rows_measure()};
    out.push_back(returns);
    return out;
}

}  // namespace

std::string pivot_aggregate_name(PivotAggregate a) {
    switch (a) {
        case Agg::Sum:
            return "sum";
        case Agg::Count:
            return "count";
        case Agg::Avg:
            return "avg";
        case Agg::Min:
            return "min";
        case Agg::Max:
            return "max";
    }
    return "sum";
}

bool parse_pivot_aggregate(std::string_view text, PivotAggregate& out) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    for (Agg a : {Agg::Sum, Agg::Count, Agg::Avg, Agg::Min, Agg::Max}) {
        if (lower == pivot_aggregate_name(a)) {
            out = a;
            return true;
        }
    }
    return false;
}

const std::vector<PivotSource>& pivot_sources() {
    static const std::vector<PivotSource> sources = make_sources();
    return sources;
}

const PivotSource* find_pivot_source(std::string_view view) {
    for (const PivotSource& s : pivot_sources()) {
        if (s.view == view) {
            return &s;
        }
    }
    return nullptr;
}

const PivotDimension* find_pivot_dimension(const PivotSource& s, std::string_view name) {
    for (const PivotDimension& d : s.dimensions) {
        if (d.name == name) {
            return &d;
        }
    }
    return nullptr;
}

const PivotMeasure* find_pivot_measure(const PivotSource& s, std::string_view name) {
    for (const PivotMeasure& m : s.measures) {
        if (m.name == name) {
            return &m;
        }
    }
    return nullptr;
}

bool pivot_measure_allows(const PivotMeasure& m, PivotAggregate a) {
    return std::find(m.aggregates.begin(), m.aggregates.end(), a) != m.aggregates.end();
}

std::string pivot_dimension_names(const PivotSource& s) {
    std::string out;
    for (const PivotDimension& d : s.dimensions) {
        out += (out.empty() ? "" : ", ") + d.name;
    }
    return out;
}

std::string pivot_measure_names(const PivotSource& s) {
    std::string out;
    for (const PivotMeasure& m : s.measures) {
        std::string aggs;
        for (Agg a : m.aggregates) {
            aggs += (aggs.empty() ? "" : ", ") + pivot_aggregate_name(a);
        }
        out += (out.empty() ? "" : "; ") + m.name + " (" + aggs + ")";
    }
    return out;
}

std::string pivot_source_names() {
    std::string out;
    for (const PivotSource& s : pivot_sources()) {
        out += (out.empty() ? "" : ", ") + s.view;
    }
    return out;
}

}  // namespace uplift
