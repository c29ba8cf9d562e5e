#pragma once
// Post-event analysis of promotions (SPEC §7): baseline, actual and incremental units, spend,
// incremental profit and ROI per line, summed per promotion. Exact until printed.
#include <cstdint>
#include <string>
#include <vector>

#include "money/exact.h"
#include "promotions/baseline.h"
#include "promotions/promotion.h"

namespace uplift {
namespace db {
class Connection;
}

struct RoiFigures {
    Exact baseline_units;
    std::int64_t actual_units = 0;
    Exact incremental_units;
    Exact spend;               // cents
    Exact incremental_profit;  // cents
    // The steps from the lift to the profit (the post-event sheet's waterfall):
    // incremental_gross − its cost = incremental margin; − variable − fixed spend = profit.
    Exact incremental_gross;   // cents: Σ in-store weeks (units − baseline) × list price
    Exact incremental_margin;  // cents: Σ in-store weeks (units − baseline) × (list − cost)
    Exact variable_spend;      // cents: discounts and per-unit allowances, on every unit
    Exact fixed_spend;         // cents: the line's share of the fixed fees
    void add(const RoiFigures& o);
};

// What one tactic paid on one line (the drill-down's spend rows; they sum to the line's spend).
struct TacticSpend {
    std::int64_t tactic_id = 0;
    TacticKind kind = TacticKind::DiscountPct;
    std::string fund;
    std::int64_t units = 0;  // the units it paid on (0 for a fixed fee's share)
    Exact spend;             // cents
};

struct LineRoi {
    std::int64_t line_id = 0;
    std::string sku;
    std::string brand;
    Baseline baseline;
    RoiFigures figures;  // includes the line's share of the promotion's fixed fees
    int post_kind = 0;   // the actuals kind its units come from: 0 sell-in, 1 sell-out
    std::vector<TacticSpend> tactic_spends;  // Σ spend = figures.spend
    // Post-event units of every week from the first baseline week to the last in-store week
    // (Monday's day number, units; 0 for a week without a row).
    std::vector<std::pair<std::int64_t, std::int64_t>> weekly_units;
};

struct PromotionRoi {
    std::string code;
    std::string campaign;
    std::string account;
    std::string channel;
    PromotionStatus status = PromotionStatus::Draft;  // as displayed on `today`
    Period instore;
    RoiFigures total;
    std::vector<LineRoi> lines;
};

// Analyses the given promotions against the stored actuals and prices.
std::vector<PromotionRoi> post_event_analysis(db::Connection& conn,
                                              const std::vector<Promotion>& promotions, Date today);

}  // namespace uplift
