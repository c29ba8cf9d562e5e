#include "report_export_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QStringList>

namespace uplift::app {

std::optional<ReportExportTarget> chooseReportExport(QWidget* parent, const QString& title,
                                                     const QString& suggestedName) {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("uplift::app::ReportExportDialog", text);
    };
    const QString csv = tr("CSV (*.csv)");
    const QString excel = tr("CSV for Excel (*.csv)");
    const QString excelRu = tr("CSV for Russian Excel (*.csv)");
    const QString pdf = tr("PDF (*.pdf)");
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, suggestedName,
        QStringList{csv, excel, excelRu, pdf}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty()) {
        return std::nullopt;
    }
    ReportExportTarget target{path, ReportFileFormat::Csv};
    if (chosen == pdf || path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        target.format = ReportFileFormat::Pdf;
    } else if (chosen == excel) {
        target.format = ReportFileFormat::CsvExcel;
    } else if (chosen == excelRu) {
        target.format = ReportFileFormat::CsvExcelRussian;
    }
    return target;
}

}  // namespace uplift::app
