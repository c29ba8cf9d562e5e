#pragma once
// The app's PDF export and printing of a report table: the document `uplift-cli report NAME
// --format pdf` writes (src/export), with the session's user, file and business date in its
// header lines. Printing draws the same document on the printer's pages.
#include <QString>
#include <QStringList>

#include "report_runner.h"
#include "reports/report_table.h"

class QPrinter;

namespace uplift::app {

class AppSession;

// Writes the table whole or not at all; throws the core's UserError when it cannot.
void writeReportPdf(const AppSession& session, const QString& path, const ReportTable& table,
                    const QStringList& filters);

// Writes the table as `format` (the CLI's CSV dialects, or the PDF document above), whole or
// not at all; false with the reason in *error.
bool writeReportFile(const AppSession& session, const QString& path, ReportFileFormat format,
                     const ReportTable& table, const QStringList& filters, QString* error);

// Prints the document on `printer` (set up by a print dialog, or to a file in tests); throws
// UserError when the printer cannot be drawn on.
void printReport(const AppSession& session, QPrinter& printer, const ReportTable& table,
                 const QStringList& filters);

}  // namespace uplift::app
