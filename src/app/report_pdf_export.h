#pragma once
// The app's PDF export and printing of a report table: the document `uplift-cli report NAME
// --format pdf` writes (src/export), with the session's user, file and business date in its
// header lines. Printing draws the same document on the printer's pages.
#include <QString>
#include <QStringList>

#include "reports/report_table.h"

class QPrinter;

namespace uplift::app {

class AppSession;

// Writes the table whole or not at all; throws the core's UserError when it cannot.
void writeReportPdf(const AppSession& session, const QString& path, const ReportTable& table,
                    const QStringList& filters);

// Prints the document on `printer` (set up by a print dialog, or to a file in tests); throws
// UserError when the printer cannot be drawn on.
void printReport(const AppSession& session, QPrinter& printer, const ReportTable& table,
                 const QStringList& filters);

}  // namespace uplift::app
