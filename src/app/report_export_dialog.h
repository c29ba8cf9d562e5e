#pragma once
// The one Save dialog every report-like table exports through (the Reports section, the pivot,
// the SQL console, the rows behind a figure): CSV plain, for Excel, for Russian Excel, or PDF.
#include <QString>

#include <optional>

#include "report_runner.h"

class QWidget;

namespace uplift::app {

struct ReportExportTarget {
    QString path;
    ReportFileFormat format = ReportFileFormat::Csv;
};

// Asks where and as what to save; nothing when the user cancels. A path ending in .pdf is a
// PDF whichever filter was chosen.
std::optional<ReportExportTarget> chooseReportExport(QWidget* parent, const QString& title,
                                                     const QString& suggestedName);

}  // namespace uplift::app
