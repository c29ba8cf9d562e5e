#pragma once
// The app's PDF export of a report table: the document `uplift-cli report NAME --format pdf`
// writes (src/export), with the session's user, file and business date in its header lines.
#include <QString>
#include <QStringList>

#include "reports/report_table.h"

namespace uplift::app {

class AppSession;

// Writes the table whole or not at all; throws the core's UserError when it cannot.
void writeReportPdf(const AppSession& session, const QString& path, const ReportTable& table,
                    const QStringList& filters);

}  // namespace uplift::app
