#include "report_pdf_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPrinter>

#include "app_session.h"
#include "atomic_file.h"
#include "pdf_document.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

report_export::PdfReportInfo documentInfo(const AppSession& session, const ReportTable& table,
                                          const QStringList& filters) {
    report_export::PdfReportInfo info;
    info.title = table.title;
    info.chart = table.chart;
    for (const QString& f : filters) {
        info.filters.push_back(utf8(f));
    }
    const QString file = QFileInfo(session.filePath()).fileName();
    const int rows = static_cast<int>(table.rows.size());
    const QString generated = QCoreApplication::translate(
        "uplift::app::ReportPdfExport", "Generated %1 by %2 from %3; business date %4; %n row(s)",
        "", rows);
    info.generated = utf8(generated.arg(
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")),
        qs(session.action().user_name), file, session.today().toString(Qt::ISODate)));
    info.footer = utf8(QStringLiteral("Uplift · %1 · %2").arg(qs(table.title), file));
    info.total_rows = table.totals.size();
    return info;
}

// The rows then the subtotals and totals, as the document shows them.
std::vector<std::vector<std::string>> documentRows(const ReportTable& table) {
    std::vector<std::vector<std::string>> rows = table.rows;
    rows.insert(rows.end(), table.totals.begin(), table.totals.end());
    return rows;
}

}  // namespace

void writeReportPdf(const AppSession& session, const QString& path, const ReportTable& table,
                    const QStringList& filters) {
    report_export::write_file_atomically(
        utf8(path), report_export::render_pdf(documentInfo(session, table, filters), table.header,
                                              documentRows(table), table.is_text, table.notes));
}

bool writeReportFile(const AppSession& session, const QString& path, ReportFileFormat format,
                     const ReportTable& table, const QStringList& filters, QString* error) {
    try {
        if (format == ReportFileFormat::Pdf) {
            writeReportPdf(session, path, table, filters);
        } else {
            report_export::write_file_atomically(utf8(path), reportCsv(table, format));
        }
    } catch (const std::exception& e) {
        *error = qs(e.what());
        return false;
    }
    return true;
}

void printReport(const AppSession& session, QPrinter& printer, const ReportTable& table,
                 const QStringList& filters) {
    printer.setDocName(qs(table.title));
    printer.setPageOrientation(QPageLayout::Landscape);
    report_export::paint_report(printer, documentInfo(session, table, filters), table.header,
                                documentRows(table), table.is_text, table.notes);
}

}  // namespace uplift::app
