#pragma once
// One role's part of the dashboard each (kpis.h); shared helpers of those parts.
#include <functional>
#include <string>
#include <vector>

#include "discounts/discount_request.h"
#include "reports/kpis.h"

namespace uplift {

struct Promotion;

void add_finance_dashboard(db::Connection& conn, const ActionContext& ctx, Dashboard& out);
void add_sales_dashboard(db::Connection& conn, const ActionContext& ctx,
                         const std::vector<Promotion>& promotions, Dashboard& out);
void add_account_dashboard(db::Connection& conn, const ActionContext& ctx,
                           const std::vector<Promotion>& promotions, Dashboard& out);
void add_brand_dashboard(db::Connection& conn, const ActionContext& ctx,
                         const std::vector<Promotion>& promotions, Dashboard& out);

// The discount requests that `counts` waiting (pending now; on an earlier day, asked by then and
// not decided by then).
void add_requests_waiting_tile(db::Connection& conn, const ActionContext& ctx,
                               const std::function<bool(const DiscountRequest&)>& counts,
                               const char* key, const char* title, Dashboard& out);
// "3 promotions" / "1 promotion".
std::string kpi_count_text(std::size_t n, const char* one, const char* many);
// A sparkline of the last 12 months from a figure per month.
std::vector<KpiPoint> kpi_sparkline(Date today,
                                    const std::function<std::optional<double>(const Period&)>& f);
// True when something of the file is dated on or before `d` (a prior-year figure means
// something): the earliest weekly actuals or fund ledger entry.
bool kpi_file_has_data_by(db::Connection& conn, Date d);

}  // namespace uplift
