#include "reports/kpi_window.h"

#include <fmt/format.h>

namespace uplift {

Date kpi_year_earlier(Date d) {
    return d - boost::gregorian::years(1);
}

std::vector<Period> kpi_last_months(Date today, int n) {
    std::vector<Period> out;
    const Date this_month(today.year(), today.month(), 1);
    for (int i = n - 1; i >= 0; --i) {
        const Date first = this_month - boost::gregorian::months(i);
        Period m = month_period(first.year(), first.month());
        if (m.last > today) {
            m.last = today;
        }
        out.push_back(m);
    }
    return out;
}

std::string kpi_month_label(Date d) {
    return fmt::format("{:04}-{:02}", static_cast<int>(d.year()), static_cast<int>(d.month()));
}

Period kpi_twelve_months(Date today) {
    return {kpi_last_months(today).front().first, today};
}

Period kpi_year_to_date(Date today) {
    return {Date(today.year(), 1, 1), today};
}

Period kpi_prior_period(const Period& p) {
    return {kpi_year_earlier(p.first), kpi_year_earlier(p.last)};
}

}  // namespace uplift
