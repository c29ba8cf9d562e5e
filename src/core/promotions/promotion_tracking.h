#pragma once
// Tracking: every change of volume that falls inside a promotion (its ship period through the
// end of its in-store period) is recorded as an event — promotion, sku, week, delta, batch —
// so the promotion's tracking view shows what each import changed.
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "db/statement.h"

namespace uplift {

class PromotionTracker {
  public:
    PromotionTracker(db::Connection& conn, std::int64_t batch_id);
    // Called by the actuals import for each inserted or changed row (delta = new − old).
    void on_volume_change(std::int64_t account_id, std::int64_t product_id, std::int64_t week,
                          int kind, std::int64_t delta_units);
    std::int64_t events() const { return events_; }

  private:
    struct Window {
        std::int64_t promotion_id;
        std::int64_t from_week;  // Mondays (day numbers), inclusive
        std::int64_t to_week;
    };
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<Window>> windows_;
    db::Statement insert_;
    std::int64_t batch_id_;
    std::int64_t events_ = 0;
};

}  // namespace uplift
