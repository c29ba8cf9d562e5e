#include "analytics/decision_verdict.h"

#include <fmt/format.h>

#include <algorithm>

#include "money/money.h"
#include "money/percent.h"

namespace uplift::decision {

namespace {

// A sales change this large is worth saying; smaller ones are noise week to week.
constexpr double kNotableTrendPct = 10.0;

std::string pct_text(double v) {
    return fmt::format("{:.1f} %", v);
}

std::string signed_pct_text(double v) {
    return fmt::format("{:+.1f} %", v);
}

}  // namespace

void decide(DecisionPanel& panel) {
    const DiscountRequest& r = panel.request;
    const std::string depth = Percent::from_units(r.pct_units).to_string() + " %";
    bool reject = false;
    bool review = false;
    std::vector<std::string>& reasons = panel.reasons;
    reasons.clear();

    for (const auto& e : panel.skus) {
        if (e.below_cost()) {
            reject = true;
            const std::string margin =
                e.list_price == 0
                    ? std::string("no margin")
                    : fmt::format("its margin of {}",
                                  pct_text(100.0 * static_cast<double>(e.list_price - e.unit_cost) /
                                           static_cast<double>(e.list_price)));
            reasons.push_back(fmt::format(
                "deeper than break-even: {} off {} is at or beyond {}; no lift can pay for it",
                depth, e.sku, margin));
        }
    }
    if (panel.break_even_lift_pct) {
        std::string text =
            fmt::format("needs {} lift to break even", signed_pct_text(*panel.break_even_lift_pct));
        if (panel.past_promotion_lift_pct) {
            text += fmt::format("; the account's past promotions averaged {}",
                                signed_pct_text(*panel.past_promotion_lift_pct));
        }
        reasons.push_back(std::move(text));
    }
    for (const auto& p : panel.promotions) {
        review = true;
        reasons.push_back(p.depth.empty()
                              ? fmt::format("overlaps promotion {}", p.promo_id)
                              : fmt::format("overlaps promotion {} ({})", p.promo_id, p.depth));
    }
    // A deal already made for this account is a double discount to look at; a standing channel
    // or brand condition everybody gets is only worth knowing.
    for (const auto& c : panel.conditions) {
        if (c.account_deal) {
            review = true;
            reasons.push_back(
                fmt::format("stacks on the account's condition {} ({})", c.name, c.depth));
        } else {
            reasons.push_back(
                fmt::format("on top of standing condition {} ({}, {})", c.name, c.depth, c.scope));
        }
    }
    const auto best = std::max_element(
        panel.funds.begin(), panel.funds.end(),
        [](const auto& a, const auto& b) { return a.available_cents < b.available_cents; });
    if (best == panel.funds.end()) {
        review = true;
        reasons.push_back("no fund of the account or of its brands");
    } else if (!best->covers_value) {
        review = true;
        reasons.push_back(fmt::format("fund {} has {} available (< value {})", best->fund,
                                      format_minor(best->available_cents),
                                      format_minor(r.value_cents)));
    } else {
        reasons.push_back(fmt::format("fund {} has {} available (covers value {})", best->fund,
                                      format_minor(best->available_cents),
                                      format_minor(r.value_cents)));
    }
    if (panel.history_roi_pct) {
        if (*panel.history_roi_pct < 0) {
            review = true;
            reasons.push_back(fmt::format("past discounts on this account lost money (ROI {})",
                                          pct_text(*panel.history_roi_pct)));
        } else {
            reasons.push_back(fmt::format("past discounts on this account paid back (ROI {})",
                                          pct_text(*panel.history_roi_pct)));
        }
    }
    if (panel.trend_change_pct && *panel.trend_change_pct <= -kNotableTrendPct) {
        reasons.push_back(
            fmt::format("sales fell {} over the last 4 weeks", pct_text(-*panel.trend_change_pct)));
    } else if (panel.trend_change_pct && *panel.trend_change_pct >= kNotableTrendPct) {
        reasons.push_back(
            fmt::format("sales rose {} over the last 4 weeks", pct_text(*panel.trend_change_pct)));
    }
    panel.verdict = reject   ? DecisionPanel::Verdict::Reject
                    : review ? DecisionPanel::Verdict::Review
                             : DecisionPanel::Verdict::Approve;
}

}  // namespace uplift::decision
