#include "promotions/promotion_tracking.h"

#include "calendar/calendar.h"

namespace uplift {

PromotionTracker::PromotionTracker(db::Connection& conn, std::int64_t batch_id)
    : insert_(conn,
              "INSERT INTO promotion_events(promotion_id, product_id, week, kind, delta_units, "
              "batch_id) VALUES(?, ?, ?, ?, ?, ?)"),
      batch_id_(batch_id) {
    db::Statement s(conn,
                    "SELECT p.id, p.account_id, l.product_id, min(p.ship_from, p.instore_from), "
                    "p.instore_to FROM promotion_lines l JOIN promotions p ON p.id = "
                    "l.promotion_id WHERE p.status NOT IN ('cancelled', 'rejected')");
    while (s.step()) {
        windows_[{s.get_int(1), s.get_int(2)}].push_back(
            {s.get_int(0), day_number(week_monday(parse_date(s.get_text_view(3)))),
             day_number(week_monday(parse_date(s.get_text_view(4))))});
    }
}

void PromotionTracker::on_volume_change(std::int64_t account_id, std::int64_t product_id,
                                        std::int64_t week, int kind, std::int64_t delta) {
    if (delta == 0 || windows_.empty()) {
        return;
    }
    const auto it = windows_.find({account_id, product_id});
    if (it == windows_.end()) {
        return;
    }
    for (const auto& w : it->second) {
        if (week >= w.from_week && week <= w.to_week) {
            insert_.reset();
            insert_.bind_all(w.promotion_id, product_id, week, kind, delta, batch_id_);
            insert_.exec();
            ++events_;
        }
    }
}

}  // namespace uplift
