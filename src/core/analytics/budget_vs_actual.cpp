#include "analytics/budget_vs_actual.h"

#include <map>

#include "db/statement.h"
#include "money/money.h"
#include "money/rounding.h"

namespace uplift {

std::string utilisation_text(const FundFigures& f) {
    if (f.budget() == 0) {
        return {};
    }
    return format_minor(round_half_away(static_cast<Wide>(f.actual) * 10000, f.budget()));
}

std::vector<BudgetRow> budget_vs_actual(db::Connection& conn, const BudgetFilter& filter,
                                        Date today) {
    std::map<std::int64_t, FundFigures> figures;
    for (auto& [id, f] : all_fund_figures(conn)) {
        figures[id] = f;
    }
    // Commitments of promotions booked on each fund, apportioned by elapsed in-store days.
    std::map<std::int64_t, Wide> expected_num;
    db::Statement s(conn,
                    "SELECT l.fund_id, sum(l.amount), p.instore_from, p.instore_to "
                    "FROM fund_ledger l JOIN promotions p ON p.id = l.source_id "
                    "WHERE l.source_type = 'promotion' AND l.kind IN ('commitment', "
                    "'commitment_change') AND p.status IN ('approved', 'settled', 'closed') "
                    "GROUP BY l.fund_id, p.id");
    std::map<std::int64_t, std::int64_t> expected;
    while (s.step()) {
        const Period in{parse_date(s.get_text_view(2)), parse_date(s.get_text_view(3))};
        const std::int64_t total = in.days();
        std::int64_t elapsed = 0;
        if (today >= in.last) {
            elapsed = total;
        } else if (today >= in.first) {
            elapsed = (today - in.first).days() + 1;
        }
        expected[s.get_int(0)] += round_half_away(static_cast<Wide>(s.get_int(1)) * elapsed, total);
    }
    std::vector<BudgetRow> out;
    for (auto& f : list_funds(conn)) {
        if ((filter.brand && f.brand != *filter.brand) ||
            (filter.account && f.account != *filter.account) ||
            (filter.channel && f.channel != *filter.channel) ||
            (filter.region && f.region != *filter.region)) {
            continue;
        }
        BudgetRow r;
        r.figures = figures[f.id];
        r.expected = expected[f.id];
        const std::int64_t budget = r.figures.budget();
        r.warning = budget > 0 && static_cast<Wide>(r.figures.actual) * 1'000'000 >=
                                      static_cast<Wide>(budget) * f.warning_pct;
        r.fund = std::move(f);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace uplift
