#include "analytics/budget_vs_actual.h"

#include <fmt/format.h>

#include <map>

#include "db/statement.h"
#include "db/uplift_file.h"
#include "money/money.h"
#include "money/rounding.h"

namespace uplift {

std::string utilisation_text(const FundFigures& f) {
    if (f.budget() == 0) {
        return {};
    }
    return format_minor(round_half_away(static_cast<Wide>(f.actual) * 10000, f.budget()));
}

namespace {

std::vector<BudgetRow> rows_as_of(db::Connection& conn, const BudgetFilter& filter, Date today,
                                  std::optional<Date> as_of) {
    std::map<std::int64_t, FundFigures> figures;
    for (auto& [id, f] : all_fund_figures(conn, as_of)) {
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
        r.as_of = as_of;
        r.fund = std::move(f);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::vector<BudgetRow> budget_vs_actual(db::Connection& conn, const BudgetFilter& filter,
                                        Date today) {
    return rows_as_of(conn, filter, today, std::nullopt);
}

std::vector<BudgetRow> budget_vs_actual_on(db::Connection& conn, const BudgetFilter& filter,
                                           Date day) {
    return rows_as_of(conn, filter, day, day);
}

std::vector<std::pair<std::string, std::vector<BudgetRow>>> budget_vs_actual_by(
    db::Connection& conn, const BudgetFilter& filter, Bucket bucket, Date today) {
    std::vector<std::pair<std::string, std::vector<BudgetRow>>> out;
    db::Statement first(conn, "SELECT min(booked_on), max(booked_on) FROM fund_ledger");
    first.step();
    if (first.is_null(0)) {
        return out;
    }
    const FiscalCalendar fiscal = db::file_fiscal_calendar(conn);
    const Date last = std::max(today, parse_date(first.get_text_view(1)));
    // Ledger entries are dated by day, so periods here end on their last calendar day.
    const auto label_of = [&](Date day) {
        switch (bucket) {
            case Bucket::Week:
                return to_iso(week_monday(day));
            case Bucket::Month:
                return fmt::format("{:04}-{:02}", static_cast<int>(day.year()),
                                   static_cast<int>(day.month()));
            case Bucket::Quarter:
                return fmt::format("{:04}-Q{}", static_cast<int>(day.year()),
                                   (static_cast<int>(day.month()) - 1) / 3 + 1);
            case Bucket::Fiscal:
                return fmt::format("FY{}-P{:02}", fiscal.fiscal_year(day),
                                   fiscal.fiscal_period(day));
        }
        return std::string();
    };
    Date d = parse_date(first.get_text_view(0));
    std::string label = label_of(d);
    while (d <= last) {
        const Date next = d + boost::gregorian::days(1);
        const std::string next_label = label_of(next);
        if (next_label != label || next > last) {
            out.emplace_back(label, rows_as_of(conn, filter, d, d));
            label = next_label;
        }
        d = next;
    }
    return out;
}

}  // namespace uplift
