#include "reports/report_charts.h"

#include <algorithm>
#include <map>
#include <set>

namespace uplift {

namespace {

double chart_units(std::int64_t cents) {
    return static_cast<double>(cents) / 100.0;
}

// Labels under bars stay short enough to sit side by side.
std::string short_label(const std::string& s) {
    return s.size() <= 16 ? s : s.substr(0, 15) + "\u2026";
}

constexpr std::size_t kMaxBars = 15;

}  // namespace

std::optional<ReportChart> roi_chart(const std::vector<RoiRow>& rows, RoiGrouping by) {
    std::vector<const RoiRow*> spent;
    for (const RoiRow& r : rows) {
        if (r.figures.spend.num != 0) {
            spent.push_back(&r);
        }
    }
    if (spent.empty()) {
        return std::nullopt;
    }
    std::stable_sort(spent.begin(), spent.end(), [](const RoiRow* a, const RoiRow* b) {
        return a->figures.spend.num > b->figures.spend.num;
    });
    const bool cut = spent.size() > 12;
    spent.resize(std::min<std::size_t>(spent.size(), 12));
    std::stable_sort(spent.begin(), spent.end(), [](const RoiRow* a, const RoiRow* b) {
        return ratio(a->figures.incremental_profit, a->figures.spend) >
               ratio(b->figures.incremental_profit, b->figures.spend);
    });
    ReportChart c;
    c.title = "ROI % by " + roi_grouping_column(by) + (cut ? " (the 12 largest spends)" : "");
    c.bars = true;
    ReportChart::Series roi{"ROI %", {}, false};
    for (const RoiRow* r : spent) {
        c.labels.push_back(short_label(r->key));
        roi.values.push_back(100.0 * ratio(r->figures.incremental_profit, r->figures.spend));
    }
    c.series = {roi};
    return c;
}

std::optional<ReportChart> brand_channel_chart(const std::vector<BrandChannelRow>& rows) {
    std::set<std::string> periods;
    std::map<std::string, std::int64_t> brand_total;
    std::map<std::pair<std::string, std::string>, std::int64_t> cell;  // (brand, period)
    for (const BrandChannelRow& r : rows) {
        periods.insert(r.period);
        brand_total[r.brand] += r.gross;
        cell[{r.brand, r.period}] += r.gross;
    }
    if (periods.empty()) {
        return std::nullopt;
    }
    std::vector<std::pair<std::string, std::int64_t>> brands(brand_total.begin(),
                                                             brand_total.end());
    std::stable_sort(brands.begin(), brands.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    brands.resize(std::min<std::size_t>(brands.size(), 6));
    ReportChart c;
    c.title = brands.size() < brand_total.size() ? "Gross sales by period: the six largest brands"
                                                 : "Gross sales by period and brand";
    c.bars = periods.size() == 1;
    c.labels.assign(periods.begin(), periods.end());
    for (const auto& [brand, total] : brands) {
        ReportChart::Series s{brand, {}, false};
        for (const std::string& p : c.labels) {
            const auto it = cell.find({brand, p});
            s.values.push_back(it == cell.end() ? 0.0 : chart_units(it->second));
        }
        c.series.push_back(std::move(s));
    }
    return c;
}

std::optional<ReportChart> discount_chart(const std::vector<DiscountAnalysisRow>& rows,
                                          DiscountDimension by) {
    if (rows.empty()) {
        return std::nullopt;
    }
    ReportChart c;
    c.title = "Requested and approved value by " + discount_dimension_name(by) +
              (rows.size() > kMaxBars ? " (the first 15)" : "");
    c.bars = true;
    ReportChart::Series requested{"Requested", {}, false};
    ReportChart::Series approved{"Approved", {}, false};
    for (std::size_t i = 0; i < rows.size() && i < kMaxBars; ++i) {
        c.labels.push_back(short_label(rows[i].key));
        requested.values.push_back(chart_units(rows[i].requested_value));
        approved.values.push_back(chart_units(rows[i].approved_value));
    }
    c.series = {requested, approved};
    return c;
}

std::optional<ReportChart> budget_chart(const BudgetBlocks& blocks) {
    if (blocks.empty()) {
        return std::nullopt;
    }
    const auto& [period, funds] = blocks.back();
    ReportChart c;
    c.title = period.empty() ? "Funds: budget, committed and actual"
                             : "Funds in " + period + ": budget, committed and actual";
    c.bars = true;
    ReportChart::Series budget{"Budget", {}, false};
    ReportChart::Series committed{"Committed", {}, false};
    ReportChart::Series actual{"Actual", {}, false};
    // The roots, or when a filter left none, the funds shown.
    const bool roots = std::any_of(funds.begin(), funds.end(),
                                   [](const BudgetRow& r) { return r.fund.parent.empty(); });
    for (const BudgetRow& r : funds) {
        if ((roots && !r.fund.parent.empty()) || c.labels.size() == kMaxBars) {
            continue;
        }
        c.labels.push_back(short_label(r.fund.name));
        budget.values.push_back(chart_units(r.figures.budget()));
        committed.values.push_back(chart_units(r.figures.committed));
        actual.values.push_back(chart_units(r.figures.actual));
    }
    if (c.labels.empty()) {
        return std::nullopt;
    }
    c.series = {budget, committed, actual};
    return c;
}

std::optional<ReportChart> waterfall_chart(const std::vector<WaterfallStep>& steps) {
    if (steps.empty()) {
        return std::nullopt;
    }
    ReportChart c;
    c.title = "From the lift's gross sales to the incremental profit";
    c.waterfall = true;
    ReportChart::Series amount{"Amount", {}, false};
    for (const WaterfallStep& w : steps) {
        c.labels.push_back(w.label);
        amount.values.push_back(ratio(w.amount, Exact::whole(100)));
        c.totals.push_back(w.total);
    }
    c.series = {amount};
    return c;
}

std::optional<ReportChart> targets_chart(const std::vector<TargetFigures>& rows,
                                         TargetGrouping by) {
    if (rows.empty() || by == TargetGrouping::Key) {
        return std::nullopt;
    }
    ReportChart c;
    c.bars = true;
    const char* part = by == TargetGrouping::Period    ? "period"
                       : by == TargetGrouping::Account ? "account"
                       : by == TargetGrouping::Brand   ? "brand"
                                                       : "rep";
    c.title = std::string("Target and actual value by ") + part +
              (rows.size() > kMaxBars ? " (the first 15)" : "");
    ReportChart::Series target{"Target", {}, false};
    ReportChart::Series actual{"Actual", {}, false};
    for (std::size_t i = 0; i < rows.size() && i < kMaxBars; ++i) {
        const TargetFigures& f = rows[i];
        const std::string& key = by == TargetGrouping::Period    ? f.period
                                 : by == TargetGrouping::Account ? f.account
                                 : by == TargetGrouping::Brand   ? f.brand
                                                                 : f.rep;
        c.labels.push_back(short_label(key.empty() ? "(none)" : key));
        target.values.push_back(chart_units(f.target_value));
        actual.values.push_back(chart_units(f.actual_value));
    }
    c.series = {target, actual};
    return c;
}

}  // namespace uplift
