#include "forecast_accuracy_job.h"

#include <QCoreApplication>

#include <set>

#include "db/uplift_file.h"
#include "masterdata/accounts.h"
#include "targets/target_store.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

// Σ over periods of the core's per-period sums: WAPE and bias of the whole chart are ratios of
// these, as the core defines them over all targets in scope.
TargetFigures periodTotals(const std::vector<TargetFigures>& rows) {
    TargetFigures t;
    for (const TargetFigures& f : rows) {
        t.target_units += f.target_units;
        t.target_value += f.target_value;
        t.plan_units += f.plan_units;
        t.plan_value += f.plan_value;
        t.actual_units += f.actual_units;
        t.actual_value += f.actual_value;
        t.abs_error += f.abs_error;
        t.error += f.error;
        t.stockout_promotions += f.stockout_promotions;
    }
    return t;
}

}  // namespace

AccuracyResult runAccuracyQuery(const AccuracyQuery& query) {
    AccuracyResult out;
    try {
        db::Connection conn = db::open_file(query.database);
        out.rows = target_report(conn, query.filter, query.grouping);
        out.byPeriod = query.grouping == TargetGrouping::Period
                           ? out.rows
                           : target_report(conn, query.filter, TargetGrouping::Period);
        out.total = periodTotals(out.byPeriod);
        out.risks = stockout_risks(conn);
        std::set<std::string> periods;
        for (const Target& t : list_targets(conn)) {
            periods.insert(t.period);
        }
        out.periods.assign(periods.begin(), periods.end());
        std::set<std::string> reps;
        for (const Account& a : list_accounts(conn)) {
            if (!a.rep.empty()) {
                reps.insert(a.rep);
            }
        }
        out.reps.assign(reps.begin(), reps.end());
    } catch (const std::exception& e) {
        out.error = qs(e.what());
    } catch (...) {
        out.error =
            QCoreApplication::translate("uplift::app::ForecastAccuracyView", "unexpected error");
    }
    return out;
}

}  // namespace uplift::app
