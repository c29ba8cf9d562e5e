#include "discounts/entitlement.h"

#include <algorithm>

#include "db/statement.h"
#include "discounts/condition.h"
#include "money/money.h"
#include "money/percent.h"
#include "promotions/promotion_store.h"

namespace uplift {

namespace {

std::uint64_t line_key(std::int64_t account_id, std::int64_t product_id) {
    return (static_cast<std::uint64_t>(account_id) << 32) ^ static_cast<std::uint64_t>(product_id);
}

// Only tactics that lower the invoice count: bill-backs and scan-backs are paid later against
// claims, and fixed fees are not per row.
bool is_invoice_discount(TacticKind k) {
    switch (k) {
        case TacticKind::DiscountPct:
        case TacticKind::MultiBuy:
        case TacticKind::DiscountPerUnit:
        case TacticKind::OffInvoice:
            return true;
        case TacticKind::BillBack:
        case TacticKind::ScanBack:
        case TacticKind::FixedFee:
            return false;
    }
    return false;
}

// A stored status that went through approval (or migrated history, which closes approved).
bool entitles(PromotionStatus s) {
    return s == PromotionStatus::Approved || s == PromotionStatus::Settled ||
           s == PromotionStatus::Closed;
}

Exact amount_of(bool percent, std::int64_t value, const ActualsRowRef& row) {
    Exact e;
    if (percent) {
        // value / 1,000,000 of gross: kExactDen is a multiple of 1,000,000, so this is exact.
        e.num = static_cast<Wide>(value) * row.gross_cents * (kExactDen / Percent::kWhole);
    } else {
        e.num = static_cast<Wide>(value) * row.units * kExactDen;
    }
    return e;
}

bool overlaps_week(std::int64_t first, std::int64_t last, std::int64_t monday) {
    return first <= monday + 6 && last >= monday;
}

std::string depth_text(bool percent, std::int64_t value) {
    return percent ? Percent::from_units(value).to_string() + " %"
                   : format_minor(value) + " per unit";
}

}  // namespace

const std::vector<const EntitlementIndex::ConditionRule*> EntitlementIndex::kNone;

std::int64_t EntitlementIndex::TacticRule::value_in_week(std::int64_t monday) const {
    std::int64_t best = -1;
    for (const auto& t : terms) {
        if (overlaps_week(t.first, t.last, monday)) {
            best = std::max(best, t.value);
        }
    }
    if (best >= 0 || terms.empty()) {
        return std::max<std::int64_t>(best, 0);
    }
    // A ship week outside the terms' in-store dates: the nearest term decides.
    if (monday + 6 < terms.front().first) {
        return terms.front().value;
    }
    const auto last = std::max_element(
        terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.last < b.last; });
    return last->value;
}

EntitlementIndex::EntitlementIndex(db::Connection& conn) : scope_(conn) {
    for (const auto& c : list_conditions(conn)) {
        ConditionRule r;
        r.name = c.name;
        r.first = day_number(c.period.first);
        r.last = day_number(c.period.last);
        r.pct_units = c.pct_units.value_or(0);
        r.per_unit_cents = c.per_unit_cents.value_or(0);
        r.scope = c.scope();
        r.exclusive = c.exclusive;
        r.depth = c.depth_text();
        conditions_.push_back(std::move(r));
    }
    if (!conditions_.empty()) {
        db::Statement a(conn, "SELECT id FROM accounts");
        while (a.step()) {
            const std::int64_t id = a.get_int(0);
            std::vector<const ConditionRule*> mine;
            for (const auto& r : conditions_) {
                ConditionScope account_part;
                account_part.channel_id = r.scope.channel_id;
                account_part.account_id = r.scope.account_id;
                if (scope_.matches_account(account_part, id)) {
                    mine.push_back(&r);
                }
            }
            if (!mine.empty()) {
                by_account_.emplace(id, std::move(mine));
            }
        }
    }
    for (const auto& p : load_promotions(conn)) {
        if (!entitles(p.status)) {
            continue;
        }
        for (const auto& line : p.lines) {
            for (const auto& t : p.tactics) {
                if (!is_invoice_discount(t.kind)) {
                    continue;
                }
                TacticRule rule;
                rule.name = p.code + " " + tactic_kind_name(t.kind);
                rule.ship_first = day_number(p.ship.first);
                rule.ship_last = day_number(p.ship.last);
                rule.instore_first = day_number(p.instore.first);
                rule.instore_last = day_number(p.instore.last);
                rule.percent = is_percent_kind(t.kind);
                for (const auto& term : t.terms) {
                    if (!term.line_id || *term.line_id == line.id) {
                        rule.terms.push_back({day_number(term.period.first),
                                              day_number(term.period.last), term.value});
                    }
                }
                if (rule.terms.empty()) {
                    continue;
                }
                std::sort(rule.terms.begin(), rule.terms.end(),
                          [](const TacticRule::Term& a, const TacticRule::Term& b) {
                              return a.first < b.first;
                          });
                tactics_[line_key(p.account_id, line.product_id)].push_back(std::move(rule));
            }
        }
    }
}

Entitlement EntitlementIndex::entitled(const ActualsRowRef& row, bool with_parts) const {
    Entitlement out;
    Exact cumulative;
    const ConditionRule* best_exclusive = nullptr;
    Exact best_exclusive_amount;
    const auto acc = by_account_.find(row.account_id);
    const auto& conditions = acc == by_account_.end() ? kNone : acc->second;
    std::vector<EntitlementPart> parts;
    for (const ConditionRule* r : conditions) {
        if (!overlaps_week(r->first, r->last, row.week) ||
            !scope_.matches_product(r->scope, row.product_id)) {
            continue;
        }
        out.anything_applies = true;
        const bool percent = r->pct_units != 0;
        const Exact amount = amount_of(percent, percent ? r->pct_units : r->per_unit_cents, row);
        if (r->exclusive) {
            if (best_exclusive == nullptr || amount.num > best_exclusive_amount.num) {
                best_exclusive = r;
                best_exclusive_amount = amount;
            }
        } else {
            cumulative += amount;
        }
        if (with_parts) {
            parts.push_back({EntitlementPart::Source::Condition, r->name, r->depth, r->exclusive,
                             true, amount});
        }
    }
    out.amount = best_exclusive != nullptr ? best_exclusive_amount : cumulative;
    if (with_parts && best_exclusive != nullptr) {
        for (auto& p : parts) {
            p.counted = p.name == best_exclusive->name;
        }
    }
    const auto line = tactics_.find(line_key(row.account_id, row.product_id));
    if (line != tactics_.end()) {
        for (const TacticRule& t : line->second) {
            const bool applies = row.kind == 0
                                     ? overlaps_week(t.ship_first, t.ship_last, row.week)
                                     : overlaps_week(t.instore_first, t.instore_last, row.week);
            if (!applies) {
                continue;
            }
            out.anything_applies = true;
            const std::int64_t value = t.value_in_week(row.week);
            const Exact amount = amount_of(t.percent, value, row);
            out.amount += amount;
            if (with_parts) {
                parts.push_back({EntitlementPart::Source::Promotion, t.name,
                                 depth_text(t.percent, value), false, true, amount});
            }
        }
    }
    out.parts = std::move(parts);
    return out;
}

bool exceeds_entitlement(std::int64_t invoiced_cents, const Exact& entitled) {
    // More than half a cent above: 2 × (invoiced − entitled) > one cent.
    const Wide excess = static_cast<Wide>(invoiced_cents) * kExactDen - entitled.num;
    return 2 * excess > kExactDen;
}

}  // namespace uplift
