#include "reports/report_table.h"

#include <fmt/format.h>

#include <set>
#include <type_traits>
#include <variant>

#include "money/money.h"
#include "money/percent.h"
#include "money/rounding.h"
#include "reports/report_charts.h"

namespace uplift {

namespace {

// The first cell of a total row, and the parts a subtotal sums over.
constexpr const char* kTotalLabel = "Total";
constexpr const char* kAllLabel = "all";

// The source of a total row: the rows' sources together, when they are lists of keys of one
// kind (promotions of one brand, requests, flagged rows, targets); none otherwise (a fund's or
// a brand × channel cell's source is one key).
std::optional<SourceRef> merged_source(const std::vector<std::optional<SourceRef>>& refs,
                                       const std::string& label) {
    if (refs.empty() || !refs.front()) {
        return std::nullopt;
    }
    SourceRef out{label, refs.front()->what, {}, {}};
    for (std::size_t i = 1; i < refs.size(); ++i) {
        if (!refs[i] || refs[i]->what.index() != out.what.index()) {
            return std::nullopt;
        }
        const bool merged = std::visit(
            [&](auto& into) -> bool {
                using T = std::decay_t<decltype(into)>;
                const T& from = std::get<T>(refs[i]->what);
                const auto append = [](auto& a, const auto& b) {
                    a.insert(a.end(), b.begin(), b.end());
                };
                if constexpr (std::is_same_v<T, PromotionSource>) {
                    if (from.brand != into.brand || from.week || into.week) {
                        return false;
                    }
                    append(into.promotions, from.promotions);
                } else if constexpr (std::is_same_v<T, DiscountSource>) {
                    append(into.requests, from.requests);
                    append(into.returns, from.returns);
                    append(into.claim_write_offs, from.claim_write_offs);
                } else if constexpr (std::is_same_v<T, FlaggedSource>) {
                    append(into.rows, from.rows);
                } else if constexpr (std::is_same_v<T, TargetSource>) {
                    append(into.targets, from.targets);
                } else {
                    return false;
                }
                return true;
            },
            out.what);
        if (!merged) {
            return std::nullopt;
        }
    }
    return out;
}

std::vector<bool> leading_words(std::size_t columns, std::size_t words) {
    std::vector<bool> out(columns, false);
    for (std::size_t i = 0; i < words && i < columns; ++i) {
        out[i] = true;
    }
    return out;
}

std::string joined_label(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) {
            continue;
        }
        out += (out.empty() ? "" : " · ") + p;
    }
    return out;
}

std::string variance_note(const char* which) {
    return fmt::format("{} ({}).", kVarianceConvention, which);
}

}  // namespace

ReportTable roi_table(const std::vector<RoiRow>& rows, RoiGrouping by) {
    ReportTable t;
    t.name = "roi";
    t.title = "Promotion ROI";
    t.header = {
        roi_grouping_column(by), "baseline_units", "actual_units", "incremental_units", "spend",
        "incremental_profit",    "roi_pct"};
    const auto cells = [](const std::string& key, const RoiFigures& f) {
        return std::vector<std::string>{key,
                                        format_hundredths(f.baseline_units, false),
                                        std::to_string(f.actual_units),
                                        format_hundredths(f.incremental_units, false),
                                        format_hundredths(f.spend, true),
                                        format_hundredths(f.incremental_profit, true),
                                        format_ratio_pct(f.incremental_profit, f.spend)};
    };
    RoiFigures total;
    for (const auto& r : rows) {
        t.rows.push_back(cells(r.key, r.figures));
        total.add(r.figures);
        t.sources.push_back(SourceRef{
            joined_label({r.key, by == RoiGrouping::Brand ? std::string() : r.brand.value_or("")}),
            PromotionSource{r.promotions, r.brand, std::nullopt},
            {},
            {}});
    }
    if (rows.size() > 1) {
        t.totals.push_back(cells(kTotalLabel, total));
        t.sources.push_back(merged_source(t.sources, kTotalLabel));
    }
    t.is_text = leading_words(t.header.size(), 1);
    t.notes = {std::string(kRoiDefinition) + ".",
               variance_note("incremental units, incremental profit and roi_pct above 0: the "
                             "promotion beat its baseline and paid back its spend")};
    t.chart = roi_chart(rows, by);
    return t;
}

ReportTable brand_channel_table(const std::vector<BrandChannelRow>& rows) {
    ReportTable t;
    t.name = "brand-channel";
    t.title = "Sell-in by brand and channel";
    t.header = {
        "brand",      "channel",     "period",         "gross_sales", "units", "prior_gross_sales",
        "growth_pct", "trade_spend", "spend_rate_pct", "roi_pct"};
    const auto cells = [](const BrandChannelRow& r) {
        return std::vector<std::string>{r.brand,
                                        r.channel,
                                        r.period,
                                        format_minor(r.gross),
                                        std::to_string(r.units),
                                        format_minor(r.prior_gross),
                                        growth_text(r),
                                        format_hundredths(r.trade_spend, true),
                                        spend_rate_text(r),
                                        roi_text(r)};
    };
    // Subtotals per brand over its channels and periods (when there is more than one brand),
    // then the total: sums of the exact figures, their ratios from those sums.
    const auto add = [](BrandChannelRow& into, const BrandChannelRow& r) {
        into.units += r.units;
        into.gross += r.gross;
        into.discounts += r.discounts;
        into.prior_units += r.prior_units;
        into.prior_gross += r.prior_gross;
        into.trade_spend += r.trade_spend;
        into.incremental_profit += r.incremental_profit;
    };
    std::vector<BrandChannelRow> brands;
    BrandChannelRow total;
    total.brand = kTotalLabel;
    for (const auto& r : rows) {
        t.rows.push_back(cells(r));
        SalesSource sales{r.brand,           r.channel,
                          r.region,          r.first_week,
                          r.last_week,       r.prior_first_week,
                          r.prior_last_week, PromotionSource{r.promotions, r.brand, std::nullopt}};
        t.sources.push_back(
            SourceRef{joined_label({r.brand, r.channel, r.period}), std::move(sales), {}, {}});
        if (brands.empty() || brands.back().brand != r.brand) {
            BrandChannelRow sub;
            sub.brand = r.brand;
            sub.channel = kAllLabel;
            sub.period = kAllLabel;
            brands.push_back(sub);
        }
        add(brands.back(), r);
        add(total, r);
    }
    if (brands.size() > 1) {
        for (const auto& b : brands) {
            t.totals.push_back(cells(b));
        }
    }
    if (rows.size() > 1) {
        t.totals.push_back(cells(total));
    }
    t.is_text = leading_words(t.header.size(), 3);
    t.notes = {
        variance_note("growth_pct above 0: sales grew on the prior year; roi_pct above 0: "
                      "the trade spend paid back")};
    t.chart = brand_channel_chart(rows);
    return t;
}

ReportTable discount_analysis_table(const std::vector<DiscountAnalysisRow>& rows,
                                    DiscountDimension by) {
    ReportTable t;
    t.name = "discounts";
    t.title = "Discount requests";
    const bool with_returns = by == DiscountDimension::Reason || by == DiscountDimension::Account ||
                              by == DiscountDimension::Month;
    t.header = {discount_dimension_name(by),
                "requests",
                "pending",
                "approved",
                "rejected",
                "withdrawn",
                "requested_value",
                "approved_value",
                "avg_approved_pct"};
    if (with_returns) {
        t.header.insert(t.header.end(), {"returns", "write_offs"});
    }
    const auto cells = [with_returns](const DiscountAnalysisRow& r) {
        // The average depth of the approved requests, 2 decimals, exact until printed.
        std::string avg;
        if (r.approved > 0) {
            avg = format_minor(round_half_away(static_cast<Wide>(r.approved_pct_sum) * 100,
                                               static_cast<Wide>(r.approved) * Percent::kScale));
        }
        std::vector<std::string> row{r.key,
                                     std::to_string(r.requests),
                                     std::to_string(r.pending),
                                     std::to_string(r.approved),
                                     std::to_string(r.rejected),
                                     std::to_string(r.withdrawn),
                                     format_minor(r.requested_value),
                                     format_minor(r.approved_value),
                                     avg};
        if (with_returns) {
            row.push_back(format_minor(r.returns_cents));
            row.push_back(format_minor(r.write_offs_cents));
        }
        return row;
    };
    DiscountAnalysisRow total;
    total.key = kTotalLabel;
    for (const auto& r : rows) {
        t.rows.push_back(cells(r));
        t.sources.push_back(SourceRef{
            r.key, DiscountSource{r.request_ids, r.return_ids, r.claim_write_off_ids}, {}, {}});
        total.requests += r.requests;
        total.pending += r.pending;
        total.approved += r.approved;
        total.rejected += r.rejected;
        total.withdrawn += r.withdrawn;
        total.requested_value += r.requested_value;
        total.approved_value += r.approved_value;
        total.approved_pct_sum += r.approved_pct_sum;
        total.returns_cents += r.returns_cents;
        total.write_offs_cents += r.write_offs_cents;
    }
    if (rows.size() > 1) {
        t.totals.push_back(cells(total));
        t.sources.push_back(merged_source(t.sources, kTotalLabel));
    }
    t.is_text = leading_words(t.header.size(), 1);
    t.chart = discount_chart(rows, by);
    return t;
}

ReportTable unjustified_table(const std::vector<UnjustifiedRow>& rows,
                              std::optional<UnjustifiedGrouping> by, bool all) {
    ReportTable t;
    t.name = "unjustified-discounts";
    t.title = "Unjustified discounts";
    t.notes = {variance_note(
        "excess keeps the CSV contract's sign, invoiced - entitled: it is an overpayment, so "
        "above 0 is unfavourable")};
    const auto flagged = [&rows](const std::vector<std::size_t>& members) {
        FlaggedSource f;
        f.rows.reserve(members.size());
        for (const std::size_t i : members) {
            const UnjustifiedRow& r = rows[i];
            f.rows.push_back({r.week, r.account, r.sku, r.kind});
        }
        return f;
    };
    if (all) {
        t.header = {"account",           "reason", "month", "rows", "invoiced_discount",
                    "entitled_discount", "excess"};
        for (const auto& g : group_unjustified(rows)) {
            t.rows.push_back({g.account, g.reason, g.month, std::to_string(g.rows),
                              format_minor(g.invoiced_cents), format_hundredths(g.entitled, true),
                              format_hundredths(g.excess, true)});
            t.sources.push_back(SourceRef{
                joined_label({g.account, g.reason, g.month}), flagged(g.members), {}, {}});
        }
        t.is_text = leading_words(t.header.size(), 3);
        return t;
    }
    if (!by) {
        t.header = unjustified_csv_header();
        t.rows.reserve(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const UnjustifiedRow& r = rows[i];
            t.rows.push_back(unjustified_csv_cells(r));
            t.sources.push_back(
                SourceRef{joined_label({to_iso(r.week), r.account, r.sku}), flagged({i}), {}, {}});
        }
        t.is_text = leading_words(t.header.size(), 3);
        t.is_text.back() = true;  // the reason
        return t;
    }
    const std::string dim = unjustified_grouping_name(*by);
    t.header = {dim, "rows", "invoiced_discount", "entitled_discount", "excess"};
    for (const auto& g : group_unjustified(rows, by)) {
        const std::string& key = *by == UnjustifiedGrouping::Account  ? g.account
                                 : *by == UnjustifiedGrouping::Reason ? g.reason
                                                                      : g.month;
        t.rows.push_back({key, std::to_string(g.rows), format_minor(g.invoiced_cents),
                          format_hundredths(g.entitled, true), format_hundredths(g.excess, true)});
        t.sources.push_back(SourceRef{key, flagged(g.members), {}, {}});
    }
    t.is_text = leading_words(t.header.size(), 1);
    return t;
}

ReportTable budget_table(const BudgetBlocks& blocks, bool by_period, bool with_expected,
                         bool mark_warnings) {
    ReportTable t;
    t.name = "budget-vs-actual";
    t.title = "Budget vs actual";
    t.header = {"fund",         "parent",        "allocated",      "accrued",
                "transfers_in", "transfers_out", "distributed",    "committed",
                "actual",       "available",     "utilisation_pct"};
    if (with_expected) {
        t.header.insert(t.header.begin() + 9, "expected");
    }
    if (by_period) {
        t.header.insert(t.header.begin() + 1, "period");
    }
    const auto cells = [&](const std::string& period, const std::string& name,
                           const std::string& parent, const FundFigures& f, std::int64_t expected,
                           bool warning) {
        std::vector<std::string> row{name,
                                     parent,
                                     format_minor(f.allocated),
                                     format_minor(f.accrued),
                                     format_minor(f.transfers_in),
                                     format_minor(f.transfers_out),
                                     format_minor(f.distributed),
                                     format_minor(f.committed),
                                     format_minor(f.actual),
                                     format_minor(f.available()),
                                     utilisation_text(f)};
        if (with_expected) {
            row.insert(row.begin() + 9, format_minor(expected));
        }
        if (mark_warnings && warning) {
            row.back() += " !";
        }
        if (by_period) {
            row.insert(row.begin() + 1, period);
        }
        return row;
    };
    for (const auto& [period, rows] : blocks) {
        // The total of a block is that of its top funds (those whose parent is not shown): a
        // sub-fund's money is already in its parent's.
        std::set<std::string> shown;
        for (const auto& r : rows) {
            shown.insert(r.fund.name);
        }
        FundFigures total;
        std::int64_t total_expected = 0;
        std::size_t tops = 0;
        for (const auto& r : rows) {
            t.rows.push_back(
                cells(period, r.fund.name, r.fund.parent, r.figures, r.expected, r.warning));
            t.sources.push_back(SourceRef{
                joined_label({r.fund.name, period}), FundSource{r.fund.name, r.as_of}, {}, {}});
            if (!shown.contains(r.fund.parent)) {
                const FundFigures& f = r.figures;
                total.allocated += f.allocated;
                total.accrued += f.accrued;
                total.transfers_in += f.transfers_in;
                total.transfers_out += f.transfers_out;
                total.distributed += f.distributed;
                total.committed += f.committed;
                total.actual += f.actual;
                total_expected += r.expected;
                ++tops;
            }
        }
        if (tops > 1) {
            t.totals.push_back(cells(period, kTotalLabel, "", total, total_expected, false));
        }
    }
    t.is_text = leading_words(t.header.size(), by_period ? 3 : 2);
    t.notes = {
        "expected = approved planned spend x elapsed / total in-store days; ! = utilisation at "
        "or above the fund's warning level.",
        variance_note("available = budget - committed - actual: what is left; below 0 is an "
                      "overspend")};
    t.chart = budget_chart(blocks);
    return t;
}

ReportTable fund_activity_table(const std::string& fund, const std::vector<LedgerEntry>& entries) {
    ReportTable t;
    t.name = "fund-activity";
    t.title = "Fund activity: " + fund;
    t.header = {"id", "date", "kind", "amount", "source", "user", "reason"};
    for (const auto& e : entries) {
        t.rows.push_back({std::to_string(e.id), to_iso(e.booked_on), ledger_kind_name(e.kind),
                          format_minor(e.amount),
                          e.source_type + (e.source_id ? " " + std::to_string(*e.source_id) : ""),
                          e.user_name, e.reason});
    }
    t.is_text.assign(t.header.size(), true);
    return t;
}

ReportTable post_event_table(const PostEventSheet& sheet, bool waterfall) {
    const auto units = [](const Exact& e) { return format_hundredths(e, false); };
    const auto money = [](const Exact& e) { return format_hundredths(e, true); };
    const PromotionRoi& p = sheet.promotion;
    const RoiFigures& f = p.total;
    ReportTable t;
    t.name = "post-event";
    t.title = "Post-event sheet: " + p.code;
    if (waterfall) {
        t.header = {"step", "amount"};
        for (const auto& w : sheet.waterfall) {
            t.rows.push_back({w.label, money(w.amount)});
            t.sources.push_back(SourceRef{
                joined_label({p.code, w.label}), PromotionSource{{p.code}, {}, {}}, {}, {}});
        }
        t.is_text = leading_words(t.header.size(), 1);
        t.chart = waterfall_chart(sheet.waterfall);
    } else {
        t.header = {"week", "in_store", "baseline_units", "actual_units", "incremental_units"};
        for (const auto& w : sheet.weeks) {
            t.rows.push_back({to_iso(w.monday), w.in_store ? "yes" : "no", units(w.baseline_units),
                              std::to_string(w.actual_units), units(w.incremental_units())});
            t.sources.push_back(SourceRef{joined_label({p.code, to_iso(w.monday)}),
                                          PromotionSource{{p.code}, {}, w.monday},
                                          {},
                                          {}});
        }
        t.is_text = leading_words(t.header.size(), 2);
        // Units by week against the baseline, as in the promotion editor; * marks W.
        ReportChart chart;
        chart.title = "Units by week: baseline and actual";
        ReportChart::Series baseline{"Baseline", {}, true};
        ReportChart::Series actual{"Actual", {}, false};
        for (const auto& w : sheet.weeks) {
            chart.labels.push_back(
                fmt::format("W{:02}{}", iso_week(w.monday).week, w.in_store ? "*" : ""));
            baseline.values.push_back(ratio(w.baseline_units, Exact::whole(1)));
            actual.values.push_back(static_cast<double>(w.actual_units));
        }
        chart.series = {baseline, actual};
        t.chart = std::move(chart);
    }
    t.notes.push_back(
        fmt::format("Promotion {} at {} ({}), in store {} to {}, {}: baseline {} units, actual {}, "
                    "incremental {}; spend {}, incremental profit {}, ROI {}.",
                    p.code, p.account, p.channel, to_iso(p.instore.first), to_iso(p.instore.last),
                    status_name(p.status), units(f.baseline_units), f.actual_units,
                    units(f.incremental_units), money(f.spend), money(f.incremental_profit),
                    f.spend.is_zero() ? std::string("none (no spend)")
                                      : format_ratio_pct(f.incremental_profit, f.spend) + " %"));
    std::string steps = "From the lift to the profit:";
    for (const auto& w : sheet.waterfall) {
        const bool up = w.total || w.amount.num >= 0;
        steps += fmt::format(" {} {} {};", w.total ? "=" : (up ? "+" : "−"), w.label,
                             money(up ? w.amount : Exact{} - w.amount));
    }
    steps.back() = '.';
    t.notes.push_back(steps);
    t.notes.emplace_back(
        "Weeks marked in_store count in W; the baseline is the §7 average of the 13 weeks "
        "before the start week that were not promoted.");
    t.notes.push_back(variance_note(
        "incremental units and the waterfall's steps are signed as they move the profit: above "
        "0 is a gain"));
    return t;
}

ReportTable targets_table(const std::vector<TargetFigures>& rows, TargetGrouping by,
                          const std::vector<StockOutRisk>& risks) {
    ReportTable t;
    t.name = "targets";
    t.title = "Targets, plan and actual sell-in";
    const auto keys = [by](const TargetFigures& f) -> std::vector<std::string> {
        switch (by) {
            case TargetGrouping::Key:
                return {f.period, f.account, f.brand, f.rep};
            case TargetGrouping::Period:
                return {f.period};
            case TargetGrouping::Account:
                return {f.account};
            case TargetGrouping::Brand:
                return {f.brand};
            case TargetGrouping::Rep:
                return {f.rep};
        }
        return {};
    };
    switch (by) {
        case TargetGrouping::Key:
            t.header = {"period", "account", "brand", "rep"};
            break;
        case TargetGrouping::Period:
            t.header = {"period"};
            break;
        case TargetGrouping::Account:
            t.header = {"account"};
            break;
        case TargetGrouping::Brand:
            t.header = {"brand"};
            break;
        case TargetGrouping::Rep:
            t.header = {"rep"};
            break;
    }
    const std::size_t key_count = t.header.size();
    for (const char* col : {"target_units", "target_value", "topdown_units", "topdown_value",
                            "plan_units", "plan_value", "actual_units", "actual_value",
                            "attainment_pct", "wape_pct", "bias_pct", "stockout_promotions"}) {
        t.header.emplace_back(col);
    }
    const auto figures = [](std::vector<std::string> r, const TargetFigures& f) {
        const Exact actual_units = Exact::whole(f.actual_units);
        r.insert(r.end(),
                 {std::to_string(f.target_units), format_minor(f.target_value),
                  std::to_string(f.topdown_units), format_minor(f.topdown_value),
                  format_hundredths(f.plan_units, false), format_hundredths(f.plan_value, true),
                  std::to_string(f.actual_units), format_minor(f.actual_value),
                  format_ratio_pct(Exact::whole(f.actual_value), Exact::whole(f.target_value)),
                  format_ratio_pct(f.abs_error, actual_units),
                  format_ratio_pct(f.error, actual_units), std::to_string(f.stockout_promotions)});
        return r;
    };
    TargetFigures total;
    for (const TargetFigures& f : rows) {
        t.rows.push_back(figures(keys(f), f));
        t.sources.push_back(SourceRef{joined_label(keys(f)), TargetSource{f.keys}, {}, {}});
        total.add(f);
    }
    if (rows.size() > 1) {
        std::vector<std::string> key(key_count);
        key[0] = kTotalLabel;
        t.totals.push_back(figures(std::move(key), total));
        t.sources.push_back(merged_source(t.sources, kTotalLabel));
    }
    t.is_text = leading_words(t.header.size(), key_count);
    t.notes.push_back(variance_note(
        "attainment_pct is actual / target, 100 = on target; bias_pct keeps the CSV contract's "
        "sign, plan - actual: above 0 means the plan over-forecast sales (unfavourable)"));
    if (!risks.empty()) {
        t.notes.emplace_back("Stock-out risk (planned units above inventory):");
    }
    for (const StockOutRisk& s : risks) {
        t.notes.push_back(
            fmt::format("{} {} {}: planned {} in {}..{}, inventory {} on {}", s.promotion,
                        s.account, s.sku, format_hundredths(s.planned_units, false),
                        to_iso(s.ship.first), to_iso(s.ship.last), s.inventory, s.inventory_date));
    }
    t.chart = targets_chart(rows, by);
    return t;
}

}  // namespace uplift
