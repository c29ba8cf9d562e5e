#pragma once
// Units by week around a promotion, for the editor's chart: the baseline, the plan (baseline
// outside the in-store weeks, the forecast spread evenly inside) and the actuals so far.
#include <QDate>

#include <optional>
#include <vector>

#include "db/connection.h"
#include "promotions/planning.h"
#include "promotions/promotion.h"

namespace uplift::app {

struct WeekUnitsPoint {
    QDate monday;
    bool inStore = false;
    double baseline = 0;  // display only: the exact figures stay in the P&L panel
    double planned = 0;
    std::optional<qint64> actual;  // whole weeks before today
};

std::vector<WeekUnitsPoint> weeklyUnits(db::Connection& conn, const Promotion& p,
                                        const PlannedPnl& pnl, Date today, int weeksBefore = 8,
                                        int weeksAfter = 4);

}  // namespace uplift::app
