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
    void add(const RoiFigures& o);
};

struct LineRoi {
    std::int64_t line_id = 0;
    std::string sku;
    std::string brand;
    Baseline baseline;
    RoiFigures figures;  // includes the line's share of the promotion's fixed fees
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
