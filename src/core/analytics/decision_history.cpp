// The account's discount history for the decision panel: its earlier decided requests and its
// last promotions, with the post-event figures of SPEC §7 (promotions/post_event.h).
//
// An approved request is analysed as the promotion it amounted to: one line per sku, in store
// and shipped over the request's dates, one discount_pct tactic at the request's depth. So its
// spend is depth × list price × the actual units of its weeks (the discount also pays for the
// baseline volume, as for a promotion), and its incremental profit and ROI follow §7 exactly.
#include <fmt/format.h>

#include "analytics/decision_parts.h"
#include "db/statement.h"
#include "money/percent.h"
#include "promotions/post_event.h"
#include "promotions/promotion_store.h"

namespace uplift::decision {

namespace {

constexpr int kHistoryPromotions = 10;
constexpr int kHistoryRequests = 10;

Promotion as_promotion(const DiscountRequest& r) {
    Promotion p;
    p.code = fmt::format("REQ-{}", r.id);
    p.account_id = r.account_id;
    p.account = r.account;
    p.instore = r.period;
    p.ship = r.period;
    p.status = PromotionStatus::Approved;
    for (std::size_t i = 0; i < r.product_ids.size(); ++i) {
        PromotionLine line;
        line.id = static_cast<std::int64_t>(i) + 1;
        line.product_id = r.product_ids[i];
        line.sku = r.skus[i];
        p.lines.push_back(std::move(line));
    }
    Tactic t;
    t.kind = TacticKind::DiscountPct;
    t.terms.push_back({std::nullopt, r.period, r.pct_units});
    p.tactics.push_back(std::move(t));
    return p;
}

std::optional<double> roi_of(const RoiFigures& f) {
    if (f.spend.is_zero()) {
        return std::nullopt;
    }
    return 100.0 * ratio(f.incremental_profit, f.spend);
}

std::optional<double> lift_of(const RoiFigures& f) {
    if (f.baseline_units.num <= 0) {
        return std::nullopt;
    }
    return 100.0 * (ratio(Exact::whole(f.actual_units), f.baseline_units) - 1.0);
}

}  // namespace

void fill_history(db::Connection& conn, DecisionPanel& panel, Date today) {
    const DiscountRequest& r = panel.request;
    std::vector<DiscountRequest> requests;
    {
        db::Statement s(conn,
                        "SELECT id FROM discount_requests WHERE account_id = ? AND id < ? AND "
                        "status IN ('approved', 'rejected') ORDER BY id DESC LIMIT ?");
        s.bind_all(r.account_id, r.id, kHistoryRequests);
        while (s.step()) {
            if (auto found = find_request(conn, s.get_int(0))) {
                requests.push_back(std::move(*found));
            }
        }
    }
    std::vector<Promotion> analysed;
    for (const DiscountRequest& past : requests) {
        if (past.status == RequestStatus::Approved) {
            analysed.push_back(as_promotion(past));
        }
    }
    const std::size_t first_promotion = analysed.size();
    {
        db::Statement s(conn,
                        "SELECT code FROM promotions WHERE account_id = ? AND instore_to < ? AND "
                        "status NOT IN ('cancelled', 'rejected') "
                        "ORDER BY instore_to DESC, code DESC LIMIT ?");
        s.bind_all(r.account_id, to_iso(r.period.first), kHistoryPromotions);
        std::vector<std::string> codes;
        while (s.step()) {
            codes.push_back(s.get_text(0));
        }
        for (const std::string& code : codes) {
            if (auto p = load_promotion(conn, code)) {
                analysed.push_back(std::move(*p));
            }
        }
    }
    const std::vector<PromotionRoi> rois = post_event_analysis(conn, analysed, today);

    RoiFigures all;
    std::size_t next_request_roi = 0;
    for (const DiscountRequest& past : requests) {
        DecisionPanel::PastDiscount d;
        d.kind = DecisionPanel::PastDiscount::Kind::Request;
        d.what = fmt::format("REQ-{}", past.id);
        d.period = past.period;
        d.depth = Percent::from_units(past.pct_units).to_string() + " %";
        d.status = request_status_name(past.status);
        if (past.status == RequestStatus::Approved) {
            const RoiFigures& f = rois[next_request_roi++].total;
            d.spend = f.spend;
            d.incremental_profit = f.incremental_profit;
            d.roi_pct = roi_of(f);
            d.lift_pct = lift_of(f);
            all.add(f);
        }
        panel.history.push_back(std::move(d));
    }
    RoiFigures promotions;
    for (std::size_t i = first_promotion; i < analysed.size(); ++i) {
        const RoiFigures& f = rois[i].total;
        DecisionPanel::PastDiscount d;
        d.what = analysed[i].code;
        d.period = analysed[i].instore;
        d.depth = tactics_depth_text(analysed[i].tactics);
        d.status = status_name(rois[i].status);
        d.spend = f.spend;
        d.incremental_profit = f.incremental_profit;
        d.roi_pct = roi_of(f);
        d.lift_pct = lift_of(f);
        all.add(f);
        promotions.add(f);
        panel.history.push_back(std::move(d));
    }
    panel.history_spend = all.spend;
    panel.history_profit = all.incremental_profit;
    panel.history_roi_pct = roi_of(all);
    panel.past_promotion_lift_pct = lift_of(promotions);
}

}  // namespace uplift::decision
