// The promotions a discount request would run alongside: the account's promotions on the same
// skus whose in-store period overlaps the request's (any status but cancelled or rejected).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "analytics/decision_parts.h"
#include "db/statement.h"
#include "money/money.h"
#include "money/percent.h"
#include "promotions/promotion_store.h"

namespace uplift::decision {

std::string tactics_depth_text(const std::vector<Tactic>& tactics) {
    std::vector<std::string> parts;
    for (const Tactic& t : tactics) {
        std::set<std::int64_t> values;
        for (const TacticTerm& term : t.terms) {
            values.insert(term.value);
        }
        std::vector<std::string> shown;
        for (const std::int64_t v : values) {
            if (is_percent_kind(t.kind)) {
                shown.push_back(Percent::from_units(v).to_string() + " %");
            } else if (t.kind == TacticKind::FixedFee) {
                shown.push_back(format_minor(v));
            } else {
                shown.push_back(format_minor(v) + " per unit");
            }
        }
        if (!shown.empty()) {
            parts.push_back(fmt::format("{} {}", fmt::join(shown, "/"), tactic_kind_name(t.kind)));
        }
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::vector<DecisionPanel::ActivePromotion> overlapping_promotions(db::Connection& conn,
                                                                   const DiscountRequest& r,
                                                                   Date today) {
    db::Statement s(conn,
                    "SELECT p.code, l.product_id FROM promotions p "
                    "JOIN promotion_lines l ON l.promotion_id = p.id "
                    "WHERE p.account_id = ? AND p.instore_from <= ? AND p.instore_to >= ? "
                    "AND p.status NOT IN ('cancelled', 'rejected') "
                    "ORDER BY p.instore_from, p.code");
    s.bind_all(r.account_id, to_iso(r.period.last), to_iso(r.period.first));
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::string>> skus_of;
    while (s.step()) {
        const auto it = std::find(r.product_ids.begin(), r.product_ids.end(), s.get_int(1));
        if (it == r.product_ids.end()) {
            continue;
        }
        std::string code = s.get_text(0);
        // A request made for a promotion adds to that promotion: it is no overlap.
        if (code == r.promo_id) {
            continue;
        }
        auto& skus = skus_of[code];
        if (skus.empty()) {
            order.push_back(code);
        }
        skus.push_back(r.skus[static_cast<std::size_t>(it - r.product_ids.begin())]);
    }
    std::vector<DecisionPanel::ActivePromotion> out;
    for (const std::string& code : order) {
        const auto p = load_promotion(conn, code);
        if (!p) {
            continue;
        }
        auto skus = skus_of[code];
        std::sort(skus.begin(), skus.end());
        out.push_back({p->code, p->name,
                       status_name(displayed_status(p->status, p->instore, today)), p->instore,
                       tactics_depth_text(p->tactics), std::move(skus)});
    }
    return out;
}

}  // namespace uplift::decision
