#pragma once
// One load of the forecast-accuracy view, run on a worker thread with its own connection to the
// file (one connection per thread): the report rows by the chosen grouping, the same filter by
// period for the chart, the stock-out risks and the choices of the filter boxes. Plain data in,
// plain data out, so the job never touches a widget.
#include <QString>

#include <filesystem>
#include <string>
#include <vector>

#include "targets/sales_plan.h"

namespace uplift::app {

struct AccuracyQuery {
    std::filesystem::path database;
    TargetReportFilter filter;
    TargetGrouping grouping = TargetGrouping::Account;
};

struct AccuracyResult {
    std::vector<TargetFigures> rows;         // by the query's grouping
    std::vector<TargetFigures> byPeriod;     // the chart's rows (same filter)
    TargetFigures total;                     // sums of byPeriod, for the chart's title
    std::vector<StockOutRisk> risks;         // every approved promotion at risk
    std::vector<std::string> periods, reps;  // the filter boxes' choices
    QString error;                           // the core's message when the load failed
};

// Runs on the calling thread; every exception becomes `error`.
AccuracyResult runAccuracyQuery(const AccuracyQuery& query);

}  // namespace uplift::app
