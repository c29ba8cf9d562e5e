#include "reports/kpis.h"

#include <fmt/format.h>

#include "db/connection.h"
#include "db/statement.h"
#include "promotions/promotion_store.h"
#include "reports/kpi_roles.h"
#include "reports/kpi_window.h"

namespace uplift {

std::string kpi_count_text(std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::vector<KpiPoint> kpi_sparkline(Date today,
                                    const std::function<std::optional<double>(const Period&)>& f) {
    std::vector<KpiPoint> out;
    for (const Period& m : kpi_last_months(today)) {
        out.push_back({kpi_month_label(m.first), f(m)});
    }
    return out;
}

bool kpi_file_has_data_by(db::Connection& conn, Date d) {
    db::Statement weeks(conn, "SELECT min(week) FROM actuals_summary");
    if (weeks.step() && weeks.get_opt_int(0) && *weeks.get_opt_int(0) <= day_number(d)) {
        return true;
    }
    db::Statement ledger(conn, "SELECT count(*) FROM fund_ledger WHERE booked_on <= ?");
    ledger.bind(1, to_iso(d));
    return ledger.step() && ledger.get_int(0) > 0;
}

Dashboard role_dashboard(db::Connection& conn, const ActionContext& ctx) {
    const bool admin = ctx.is_admin();
    const auto has = [&](Role r) { return admin || ctx.has_role(r); };
    Dashboard out;
    if (has(Role::Finance)) {
        add_finance_dashboard(conn, ctx, out);
    }
    std::vector<Promotion> promotions;
    if (has(Role::SalesManager) || has(Role::KeyAccountManager) || has(Role::BrandManager)) {
        promotions = load_promotions(conn);
    }
    if (has(Role::SalesManager)) {
        add_sales_dashboard(conn, ctx, promotions, out);
    }
    if (has(Role::KeyAccountManager)) {
        add_account_dashboard(conn, ctx, promotions, out);
    }
    if (has(Role::BrandManager)) {
        add_brand_dashboard(conn, ctx, promotions, out);
    }
    return out;
}

std::vector<Kpi> role_kpis(db::Connection& conn, const ActionContext& ctx) {
    return role_dashboard(conn, ctx).tiles;
}

}  // namespace uplift
