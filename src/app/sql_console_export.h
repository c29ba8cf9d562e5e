#pragma once
// The SQL console's exports: the query run again with every row (not only the rows the grid
// shows), streamed to CSV in one of the report dialects or gathered into a table for the
// report PDF document. Both may run on a worker thread; files appear whole or not at all.
#include <QString>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>

#include "report_runner.h"
#include "reports/report_table.h"

namespace uplift::app {

// Streams the header and every row of `sql` on `database` to `path` as CSV in `format` (not
// Pdf). Throws the core's UserError (refused, time limit, cannot write) or Cancelled.
void writeSqlCsv(const std::filesystem::path& database, const std::string& sql, const QString& path,
                 ReportFileFormat format, std::chrono::milliseconds limit,
                 const std::atomic<bool>* cancel = nullptr);

// Every row of `sql` as a report table (title "SQL query", figures on the right), for the PDF.
ReportTable sqlReportTable(const std::filesystem::path& database, const std::string& sql,
                           std::chrono::milliseconds limit,
                           const std::atomic<bool>* cancel = nullptr);

// The query on one line, for the PDF's header.
QString sqlOneLine(const QString& sql);

}  // namespace uplift::app
