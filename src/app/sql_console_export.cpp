#include "sql_console_export.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sstream>

#include "analytics/adhoc_query.h"
#include "atomic_file.h"
#include "io/csv_writer.h"
#include "sql_result_model.h"
#include "text_conversions.h"

namespace uplift::app {

void writeSqlCsv(const std::filesystem::path& database, const std::string& sql, const QString& path,
                 ReportFileFormat format, std::chrono::milliseconds limit,
                 const std::atomic<bool>* cancel) {
    const char* dialectName = format == ReportFileFormat::CsvExcel          ? "excel"
                              : format == ReportFileFormat::CsvExcelRussian ? "excel-ru"
                                                                            : "plain";
    const CsvDialect dialect = report_csv_dialect(dialectName).value_or(CsvDialect{});
    report_export::AtomicFileWriter file(utf8(path));
    std::ostringstream buffer;
    write_csv_start(buffer, dialect);
    // Rows go to the file in blocks: memory stays flat however many rows there are.
    const auto flush = [&](std::size_t atLeast) {
        if (buffer.tellp() >= static_cast<std::streamoff>(atLeast)) {
            file.write(buffer.str());
            buffer.str({});
        }
    };
    run_readonly_query(
        database, sql,
        [&](const std::vector<std::string>& h) { write_csv_row(buffer, h, dialect); },
        [&](const std::vector<std::string>& r) {
            write_csv_row(buffer, r, dialect);
            flush(64 * 1024);
        },
        limit, cancel);
    flush(0);
    file.commit();
}

ReportTable sqlReportTable(const std::filesystem::path& database, const std::string& sql,
                           std::chrono::milliseconds limit, const std::atomic<bool>* cancel) {
    ReportTable table;
    table.name = "sql";
    table.title = utf8(QCoreApplication::translate("uplift::app::SqlConsole", "SQL query"));
    run_readonly_query(
        database, sql, [&](const std::vector<std::string>& h) { table.header = h; },
        [&](const std::vector<std::string>& r) { table.rows.push_back(r); }, limit, cancel);
    const std::vector<bool> figures = sqlFigureColumns(table.header, table.rows);
    for (const bool f : figures) {
        table.is_text.push_back(!f);
    }
    return table;
}

QString sqlOneLine(const QString& sql) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

}  // namespace uplift::app
