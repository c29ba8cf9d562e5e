#pragma once
// The role dashboards (SCREENS.md "Dashboard (per role)"): headline figures per role, each
// computed by the core's reports and printed once (money with 2 decimals from exact figures),
// with its change against the same figure a year earlier, a 12-month sparkline, and the report
// (with its filters) that shows the same figure; plus two or three charts per role whose bars
// open their report filtered to the bar. Formulas: docs/formulas.md "Dashboard".
// Finance: fund utilisation, open claims, unjustified discounts this month, requests waiting
// for finance; chart budget vs actual by top-level fund and unjustified discounts by month.
// Sales manager: target attainment and forecast accuracy of the last ended target month,
// requests and promotions waiting; chart attainment by rep.
// Key-account manager: the own accounts' P&L this year, active promotions, own pending
// requests; chart the P&L by month. Brand manager: ROI, trade spend rate, trade spend and fund
// utilisation of the own brands; charts ROI by brand and the top 5 / bottom 5 promotions.
// Admin sees every role's.
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "reports/kpi_change.h"
#include "security/action_context.h"

namespace uplift {
namespace db {
class Connection;
}

// The report a tile or a chart's bar opens, with the filters `uplift-cli report NAME` takes.
struct KpiLink {
    // "roi", "brand-channel", "budget-vs-actual", "unjustified-discounts", "discounts",
    // "targets", "post-event", "fund-activity"; empty: none.
    std::string report{};
    std::string by{};  // the grouping or bucket word; empty: the report's default
    std::string brand{}, channel{}, account{}, period{}, rep{}, promotion{}, fund{};
    std::optional<Date> from{}, to{};
};

// One month of a sparkline; no value when the figure is undefined (a ratio over nothing).
struct KpiPoint {
    std::string month{};  // "2025-06"
    std::optional<double> value{};
};

struct Kpi {
    std::string key{};     // stable: "fin.utilisation", "sm.requests", ...
    std::string title{};   // "Fund utilisation"
    std::string value{};   // as printed: "42.5 %", "3", "1234.56"
    std::string detail{};  // one line under the value
    KpiLink link{};
    // The figures in `detail`, in order, as printed (a translated detail is built from them).
    std::vector<std::string> figures{};
    KpiSense sense = KpiSense::Neutral;
    KpiChange change{};                 // against the same figure a year earlier
    std::vector<KpiPoint> sparkline{};  // the last 12 months, oldest first; empty: none
};

// A chart of the dashboard: categories (bars) × series, plain numbers for display.
struct DashboardChart {
    std::string key{};    // "bm.roi_by_brand"
    std::string title{};  // "ROI by brand, last 12 months"
    bool horizontal = false;
    bool percent = false;  // values are percentages (else money in currency units)
    std::vector<std::string> categories{};
    struct Series {
        std::string name{};
        std::vector<double> values{};  // one per category
    };
    std::vector<Series> series{};
    std::vector<KpiLink> links{};  // one per category: what clicking its bar opens
};

struct Dashboard {
    std::vector<Kpi> tiles{};
    std::vector<DashboardChart> charts{};
};

// The tiles and charts for the actor's roles, in role order FIN, SM, KAM, BM (Admin: all), as
// of ctx.today. Reads only.
Dashboard role_dashboard(db::Connection& conn, const ActionContext& ctx);
// The tiles only.
std::vector<Kpi> role_kpis(db::Connection& conn, const ActionContext& ctx);

}  // namespace uplift
