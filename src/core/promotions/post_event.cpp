#include "promotions/post_event.h"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

#include "db/statement.h"
#include "money/money.h"
#include "pricing/price_book.h"

namespace uplift {

void RoiFigures::add(const RoiFigures& o) {
    baseline_units += o.baseline_units;
    actual_units += o.actual_units;
    incremental_units += o.incremental_units;
    spend += o.spend;
    incremental_profit += o.incremental_profit;
    incremental_gross += o.incremental_gross;
    incremental_margin += o.incremental_margin;
    variable_spend += o.variable_spend;
    fixed_spend += o.fixed_spend;
}

namespace {

using PairKey = std::pair<std::int64_t, std::int64_t>;  // account, product

struct ActualRow {
    std::int64_t week;
    int kind;
    std::int64_t units;
};

// Weeks promoted for each (account, product): the in-store weeks of every line of a promotion
// that is neither cancelled nor rejected (drafts and imported history count).
std::map<PairKey, std::vector<std::pair<std::int64_t, std::int64_t>>> promoted_weeks(
    db::Connection& conn) {
    std::map<PairKey, std::vector<std::pair<std::int64_t, std::int64_t>>> out;
    db::Statement s(conn,
                    "SELECT p.account_id, l.product_id, p.instore_from, p.instore_to "
                    "FROM promotion_lines l JOIN promotions p ON p.id = l.promotion_id "
                    "WHERE p.status NOT IN ('cancelled', 'rejected')");
    while (s.step()) {
        out[{s.get_int(0), s.get_int(1)}].emplace_back(monday_of(parse_date(s.get_text_view(2))),
                                                       monday_of(parse_date(s.get_text_view(3))));
    }
    return out;
}

// The term of a tactic in force on `day` for a line: a line's own term before one for all.
const TacticTerm* term_on(const Tactic& t, std::int64_t line_id, Date day) {
    const TacticTerm* general = nullptr;
    for (const auto& term : t.terms) {
        if (!term.period.contains(day)) {
            continue;
        }
        if (term.line_id && *term.line_id == line_id) {
            return &term;
        }
        if (!term.line_id) {
            general = &term;
        }
    }
    return general;
}

// Spend of one non-fixed tactic on one line over the weeks it pays on.
Exact tactic_spend(const Tactic& t, std::int64_t line_id, const Period& period,
                   const std::unordered_map<std::int64_t, std::int64_t>& units_by_week,
                   const std::function<UnitPrice(Date)>& price, std::int64_t& paid_units) {
    Exact spend;
    for (std::int64_t w = monday_of(period.first); w <= monday_of(period.last); w += kWeek) {
        const auto u = units_by_week.find(w);
        if (u == units_by_week.end() || u->second == 0) {
            continue;
        }
        // The depth of a week is the one in force on its first day inside the period.
        const Date monday = from_day_number(w);
        const Date first_day = std::max(monday, period.first);
        const TacticTerm* term = term_on(t, line_id, first_day);
        if (term == nullptr) {
            continue;
        }
        const Wide units = u->second;
        paid_units += u->second;
        if (is_percent_kind(t.kind)) {
            // units × list price (cents) × value / 1,000,000 (Percent units), over kExactDen.
            spend.num += units * price(monday).list_price * term->value * 360360;
        } else {
            spend.num += units * term->value * kExactDen;
        }
    }
    return spend;
}

}  // namespace

std::vector<PromotionRoi> post_event_analysis(db::Connection& conn,
                                              const std::vector<Promotion>& promotions,
                                              Date today) {
    const PriceBook prices(conn);
    const auto promoted = promoted_weeks(conn);
    std::unordered_map<std::int64_t, std::string> brand_of;
    {
        db::Statement s(conn,
                        "SELECT p.id, b.name FROM products p JOIN brands b ON b.id = p.brand_id");
        while (s.step()) {
            brand_of[s.get_int(0)] = s.get_text(1);
        }
    }
    std::unordered_map<std::int64_t, std::string> channel_of;
    {
        db::Statement s(
            conn, "SELECT a.id, c.name FROM accounts a JOIN channels c ON c.id = a.channel_id");
        while (s.step()) {
            channel_of[s.get_int(0)] = s.get_text(1);
        }
    }
    db::Statement rows(conn,
                       "SELECT week, kind, units FROM actuals WHERE account_id = ? AND "
                       "product_id = ? AND week BETWEEN ? AND ?");
    std::vector<PromotionRoi> out;
    out.reserve(promotions.size());
    for (const Promotion& p : promotions) {
        PromotionRoi r;
        r.code = p.code;
        r.campaign = p.campaign;
        r.account = p.account;
        r.channel = channel_of[p.account_id];
        r.status = displayed_status(p.status, p.instore, today);
        r.instore = p.instore;
        const std::int64_t start_w = monday_of(p.instore.first);
        const std::int64_t end_w = monday_of(p.instore.last);
        const std::int64_t weeks_in = (end_w - start_w) / kWeek + 1;
        const std::int64_t window_lo = start_w - kBaselineWeeks * kWeek;
        const std::int64_t lo = std::min(window_lo, monday_of(p.ship.first));
        const std::int64_t hi = std::max(end_w, monday_of(p.ship.last));
        // Fixed fees count once per promotion, shared by its lines to the cent.
        std::int64_t fixed_cents = 0;
        for (const auto& t : p.tactics) {
            if (t.kind == TacticKind::FixedFee) {
                for (const auto& term : t.terms) {
                    fixed_cents += term.value;
                }
            }
        }
        std::vector<std::int64_t> fixed_share(p.lines.size(), 0);
        if (!p.lines.empty() && fixed_cents != 0) {
            const std::vector<std::int64_t> ones(p.lines.size(), 1);
            fixed_share = largest_remainder(fixed_cents, ones);
        }
        for (std::size_t li = 0; li < p.lines.size(); ++li) {
            const PromotionLine& line = p.lines[li];
            rows.reset();
            rows.bind_all(p.account_id, line.product_id, lo, hi);
            std::vector<ActualRow> found;
            while (rows.step()) {
                found.push_back(
                    {rows.get_int(0), static_cast<int>(rows.get_int(1)), rows.get_int(2)});
            }
            // Post-event units: sell-in when the line has it, else sell-out. In-store tactics
            // pay on sell-out where the line has it, else sell-in; ship tactics on sell-in.
            bool has_sell_in = false;
            bool has_sell_out_instore = false;
            for (const auto& a : found) {
                if (a.kind == 0 && a.week >= window_lo && a.week <= end_w) {
                    has_sell_in = true;
                }
                if (a.kind == 1 && a.week >= start_w && a.week <= end_w) {
                    has_sell_out_instore = true;
                }
            }
            const int post_kind = has_sell_in ? 0 : 1;
            std::unordered_map<std::int64_t, std::int64_t> post_units;
            std::unordered_map<std::int64_t, std::int64_t> instore_units;
            std::unordered_map<std::int64_t, std::int64_t> sell_in_units;
            for (const auto& a : found) {
                if (a.kind == post_kind) {
                    post_units[a.week] = a.units;
                }
                if (a.kind == (has_sell_out_instore ? 1 : 0)) {
                    instore_units[a.week] = a.units;
                }
                if (a.kind == 0) {
                    sell_in_units[a.week] = a.units;
                }
            }
            std::vector<WeekUnits> window;
            const auto prom = promoted.find({p.account_id, line.product_id});
            for (std::int64_t w = window_lo; w < start_w; w += kWeek) {
                const auto u = post_units.find(w);
                if (u == post_units.end()) {
                    continue;
                }
                bool is_promoted = false;
                if (prom != promoted.end()) {
                    for (const auto& [from, to] : prom->second) {
                        is_promoted = is_promoted || (w >= from && w <= to);
                    }
                }
                window.push_back({w, u->second, is_promoted});
            }
            LineRoi lr;
            lr.line_id = line.id;
            lr.sku = line.sku;
            lr.brand = brand_of[line.product_id];
            lr.baseline = compute_baseline(window);
            lr.post_kind = post_kind;
            RoiFigures& f = lr.figures;
            f.baseline_units.num = lr.baseline.per_week.num * weeks_in;
            const auto price = [&](Date monday) {
                return prices.on(p.account_id, line.product_id, monday);
            };
            Exact margin_on_incremental;
            for (std::int64_t w = start_w; w <= end_w; w += kWeek) {
                const auto u = post_units.find(w);
                const std::int64_t units = u == post_units.end() ? 0 : u->second;
                f.actual_units += units;
                const UnitPrice up = price(from_day_number(w));
                const Wide lift = static_cast<Wide>(units) * kExactDen - lr.baseline.per_week.num;
                margin_on_incremental.num += lift * (up.list_price - up.unit_cost);
                f.incremental_gross.num += lift * up.list_price;
            }
            f.incremental_margin = margin_on_incremental;
            for (std::int64_t w = window_lo; w <= end_w; w += kWeek) {
                const auto u = post_units.find(w);
                lr.weekly_units.emplace_back(w, u == post_units.end() ? 0 : u->second);
            }
            f.incremental_units = Exact::whole(f.actual_units) - f.baseline_units;
            // A cancelled or rejected promotion never ran: it paid nothing.
            const bool ran =
                p.status != PromotionStatus::Cancelled && p.status != PromotionStatus::Rejected;
            for (const auto& t : p.tactics) {
                if (t.kind == TacticKind::FixedFee || !ran) {
                    continue;
                }
                const bool ship = pays_on_ship_period(t.kind);
                TacticSpend paid{t.id, t.kind, t.fund, 0, {}};
                paid.spend = tactic_spend(t, line.id, ship ? p.ship : p.instore,
                                          ship ? sell_in_units : instore_units, price, paid.units);
                f.variable_spend += paid.spend;
                lr.tactic_spends.push_back(std::move(paid));
            }
            if (ran) {
                f.fixed_spend = Exact::whole(fixed_share[li]);
                if (fixed_share[li] != 0) {
                    const auto fee = std::find_if(
                        p.tactics.begin(), p.tactics.end(),
                        [](const Tactic& t) { return t.kind == TacticKind::FixedFee; });
                    lr.tactic_spends.push_back(
                        {fee == p.tactics.end() ? 0 : fee->id, TacticKind::FixedFee,
                         fee == p.tactics.end() ? std::string() : fee->fund, 0, f.fixed_spend});
                }
            }
            f.spend = f.variable_spend + f.fixed_spend;
            f.incremental_profit = margin_on_incremental - f.spend;
            r.total.add(f);
            r.lines.push_back(std::move(lr));
        }
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace uplift
