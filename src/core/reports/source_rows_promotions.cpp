// The rows behind promotion figures: the actuals rows their units come from, the spend of each
// tactic, and the fund-ledger entries and claims booked for them.
#include <fmt/format.h>

#include <set>

#include "db/statement.h"
#include "errors.h"
#include "money/money.h"
#include "promotions/post_event.h"
#include "promotions/promotion_store.h"
#include "reports/source_rows_fill.h"

namespace uplift::source_rows_detail {

namespace {

// Loading one by one reads a few rows each; past this many, one pass over all is cheaper.
constexpr std::size_t kLoadOneByOne = 50;

std::vector<Promotion> promotions_of(db::Connection& conn, const PromotionSource& src) {
    std::vector<Promotion> out;
    if (src.promotions.size() <= kLoadOneByOne) {
        for (const auto& code : src.promotions) {
            auto p = load_promotion(conn, code);
            if (!p) {
                throw UserError(fmt::format("promotion '{}' no longer exists", code));
            }
            out.push_back(std::move(*p));
        }
        return out;
    }
    const std::set<std::string> wanted(src.promotions.begin(), src.promotions.end());
    for (auto& p : load_promotions(conn)) {
        if (wanted.contains(p.code)) {
            out.push_back(std::move(p));
        }
    }
    return out;
}

const char* kind_text(int kind) {
    return kind == 0 ? "sell_in" : "sell_out";
}

// The post-event units of each line (of the brand asked): the in-store weeks, or one week.
SourceTable actual_rows_table(db::Connection& conn, const std::vector<Promotion>& promotions,
                              const std::vector<PromotionRoi>& analysed, const PromotionSource& src,
                              std::size_t limit, const std::atomic<bool>* cancel) {
    SourceFill fill("actual-rows", "Actual rows",
                    {"promo_id", "account", "sku", "week", "kind", "units", "gross_amount"}, 5,
                    {"gross_amount"}, {"units"}, limit, cancel);
    db::Statement rows(conn,
                       "SELECT week, units, gross_amount FROM actuals WHERE account_id = ?1 AND "
                       "product_id = ?2 AND kind = ?3 AND week BETWEEN ?4 AND ?5 ORDER BY week");
    for (std::size_t i = 0; i < promotions.size(); ++i) {
        const Promotion& p = promotions[i];
        const PromotionRoi& r = analysed[i];
        std::int64_t lo = monday_of(p.instore.first);
        std::int64_t hi = monday_of(p.instore.last);
        if (src.week) {
            lo = hi = day_number(*src.week);
        }
        for (std::size_t li = 0; li < p.lines.size() && li < r.lines.size(); ++li) {
            const LineRoi& line = r.lines[li];
            if (src.brand && line.brand != *src.brand) {
                continue;
            }
            rows.reset();
            rows.bind_all(p.account_id, p.lines[li].product_id, line.post_kind, lo, hi);
            while (rows.step()) {
                const std::int64_t units = rows.get_int(1);
                const std::int64_t gross = rows.get_int(2);
                fill.add({p.code, p.account, line.sku, to_iso(from_day_number(rows.get_int(0))),
                          kind_text(line.post_kind), std::to_string(units), format_minor(gross)},
                         {Exact::whole(gross), Exact::whole(units)});
            }
        }
    }
    return fill.finish();
}

SourceTable spend_rows_table(const std::vector<Promotion>& promotions,
                             const std::vector<PromotionRoi>& analysed, const PromotionSource& src,
                             std::size_t limit, const std::atomic<bool>* cancel) {
    SourceFill fill("spend", "Spend by tactic",
                    {"promo_id", "sku", "tactic", "fund", "pays_on", "units", "spend"}, 5,
                    {"spend"}, {}, limit, cancel);
    for (std::size_t i = 0; i < promotions.size(); ++i) {
        for (const LineRoi& line : analysed[i].lines) {
            if (src.brand && line.brand != *src.brand) {
                continue;
            }
            for (const TacticSpend& t : line.tactic_spends) {
                const char* pays = t.kind == TacticKind::FixedFee ? "its share of the fee"
                                   : pays_on_ship_period(t.kind)  ? "ship-period sell-in"
                                                                  : "in-store units";
                fill.add({promotions[i].code, line.sku, tactic_kind_name(t.kind), t.fund, pays,
                          t.kind == TacticKind::FixedFee ? std::string() : std::to_string(t.units),
                          format_hundredths(t.spend, true)},
                         {t.spend});
            }
        }
    }
    return fill.finish();
}

// What the funds booked for the promotions: commitments on approval, actuals and write-offs
// when their claims settled. Mixed kinds: listed, not summed.
SourceTable ledger_rows_table(db::Connection& conn, const std::vector<Promotion>& promotions,
                              std::size_t limit, const std::atomic<bool>* cancel) {
    SourceFill fill(
        "ledger-entries", "Fund ledger entries",
        {"promo_id", "id", "date", "fund", "kind", "amount", "source", "user", "reason"}, 5, {}, {},
        limit, cancel);
    constexpr const char* kColumns =
        "SELECT l.id, l.booked_on, f.name, l.kind, l.amount, l.source_type, l.source_id, "
        "l.user_name, l.reason FROM fund_ledger l JOIN funds f ON f.id = l.fund_id ";
    db::Statement booked(
        conn, std::string(kColumns) +
                  "WHERE l.source_type = 'promotion' AND l.source_id = ?1 ORDER BY l.id");
    db::Statement settled(conn, std::string(kColumns) +
                                    "JOIN claims c ON c.id = l.source_id WHERE l.source_type = "
                                    "'claim' AND c.promotion_id = ?1 ORDER BY l.id");
    for (const Promotion& p : promotions) {
        for (db::Statement* s : {&booked, &settled}) {
            s->reset();
            s->bind(1, p.id);
            while (s->step()) {
                fill.add({p.code, std::to_string(s->get_int(0)), s->get_text(1), s->get_text(2),
                          s->get_text(3), format_minor(s->get_int(4)),
                          s->get_text(5) + " " + std::to_string(s->get_int(6)), s->get_text(7),
                          s->get_text(8)},
                         {});
            }
        }
    }
    return fill.finish();
}

SourceTable claim_rows_table(db::Connection& conn, const std::vector<Promotion>& promotions,
                             std::size_t limit, const std::atomic<bool>* cancel) {
    SourceFill fill("claims", "Claims",
                    {"claim_id", "promo_id", "date", "reason", "amount", "settled", "written_off"},
                    4, {"amount", "settled", "written_off"}, {}, limit, cancel);
    db::Statement s(conn,
                    "SELECT c.claim_id, c.claim_date, c.reason, c.amount, "
                    "(SELECT ifnull(sum(amount), 0) FROM claim_settlements WHERE claim_id = c.id "
                    "AND kind = 'settled' AND reversed_at IS NULL), "
                    "(SELECT ifnull(sum(amount), 0) FROM claim_settlements WHERE claim_id = c.id "
                    "AND kind = 'written_off' AND reversed_at IS NULL) "
                    "FROM claims c WHERE c.promotion_id = ?1 ORDER BY c.claim_date, c.claim_id");
    for (const Promotion& p : promotions) {
        s.reset();
        s.bind(1, p.id);
        while (s.step()) {
            fill.add(
                {s.get_text(0), p.code, s.get_text(1), s.get_text(2), format_minor(s.get_int(3)),
                 format_minor(s.get_int(4)), format_minor(s.get_int(5))},
                {Exact::whole(s.get_int(3)), Exact::whole(s.get_int(4)),
                 Exact::whole(s.get_int(5))});
        }
    }
    return fill.finish();
}

}  // namespace

SourceTable spend_table(db::Connection& conn, const PromotionSource& src, std::size_t limit,
                        const std::atomic<bool>* cancel) {
    const std::vector<Promotion> promotions = promotions_of(conn, src);
    // The spend does not depend on the day: only the status shown does.
    const auto analysed = post_event_analysis(conn, promotions, Date(1970, 1, 1));
    return spend_rows_table(promotions, analysed, src, limit, cancel);
}

std::vector<SourceTable> promotion_tables(db::Connection& conn, const PromotionSource& src,
                                          const std::string& column, std::size_t limit,
                                          const std::atomic<bool>* cancel) {
    const std::vector<Promotion> promotions = promotions_of(conn, src);
    const auto analysed = post_event_analysis(conn, promotions, Date(1970, 1, 1));
    const bool units = column == "baseline_units" || column == "actual_units" ||
                       column == "incremental_units" || column == "week" || column == "in_store";
    const bool spend = column == "spend";
    std::vector<SourceTable> out;
    // A week of a post-event sheet is its units; spend is not by week.
    if (src.week || !spend) {
        out.push_back(actual_rows_table(conn, promotions, analysed, src, limit, cancel));
        if (column == "actual_units") {
            out.back().figure_column = "units";
        }
    }
    if (src.week || units) {
        return out;
    }
    out.push_back(spend_rows_table(promotions, analysed, src, limit, cancel));
    if (spend) {
        out.back().figure_column = "spend";
    }
    if (column == "incremental_profit" || column == "roi_pct" || column == "amount") {
        return out;
    }
    out.push_back(ledger_rows_table(conn, promotions, limit, cancel));
    out.push_back(claim_rows_table(conn, promotions, limit, cancel));
    return out;
}

}  // namespace uplift::source_rows_detail
