#include "report_output.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "atomic_file.h"
#include "command.h"
#include "errors.h"
#include "io/csv_writer.h"
#include "report_pdf.h"

namespace uplift::cli {

void write_csv_table(std::ostream& out, const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows, const CsvDialect& dialect) {
    write_csv_start(out, dialect);
    write_csv_row(out, header, dialect);
    for (const auto& r : rows) {
        write_csv_row(out, r, dialect);
    }
}

CsvDialect report_dialect(const CommandContext& c) {
    const std::string name = c.args.get("--csv-dialect").value_or("plain");
    const auto d = report_csv_dialect(name);
    if (!d) {
        throw UsageError(fmt::format("--csv-dialect: '{}' is not plain, excel or excel-ru", name));
    }
    return *d;
}

namespace {

// A figure as a JSON number; a word in a figure column (a reason, a status) stays text.
nlohmann::json number_or_text(const std::string& cell) {
    if (is_plain_number(cell)) {
        return std::stod(cell);
    }
    return cell;
}

}  // namespace

nlohmann::json json_rows(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows,
                         const std::vector<bool>& is_text) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& r : rows) {
        nlohmann::json o;
        for (std::size_t i = 0; i < header.size(); ++i) {
            o[header[i]] = is_text[i]     ? nlohmann::json(r[i])
                           : r[i].empty() ? nlohmann::json()
                                          : number_or_text(r[i]);
        }
        arr.push_back(std::move(o));
    }
    return arr;
}

namespace {
std::vector<bool> leading_text(std::size_t columns, std::size_t text_columns) {
    std::vector<bool> out(columns, false);
    for (std::size_t i = 0; i < columns && i < text_columns; ++i) {
        out[i] = true;
    }
    return out;
}
}  // namespace

nlohmann::json json_rows(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows,
                         std::size_t text_columns) {
    return json_rows(header, rows, leading_text(header.size(), text_columns));
}

void emit_report(CommandContext& c, const std::string& text) {
    if (const auto file = c.args.get("-o")) {
        report_export::write_file_atomically(*file, text);
    } else {
        c.out << text;
    }
}

void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) {
        width[i] = header[i].size();
        for (const auto& r : rows) {
            width[i] = std::max(width[i], r[i].size());
        }
    }
    // Figures line up on the right; a column of words (accounts, reasons, statuses) reads
    // left to right like the first one.
    std::vector<bool> numeric(header.size(), false);
    for (std::size_t i = 1; i < header.size(); ++i) {
        numeric[i] = std::all_of(rows.begin(), rows.end(), [&](const auto& r) {
            return r[i].empty() || is_plain_number(r[i]);
        });
    }
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string text;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            text += i == 0       ? fmt::format("{:<{}}", cells[i], width[i])
                    : numeric[i] ? fmt::format("  {:>{}}", cells[i], width[i])
                                 : fmt::format("  {:<{}}", cells[i], width[i]);
        }
        text.erase(text.find_last_not_of(' ') + 1);
        out << text << "\n";
    };
    line(header);
    for (const auto& r : rows) {
        line(r);
    }
}

void emit_table_report(CommandContext& c, const std::string& format, nlohmann::json head,
                       const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows,
                       std::size_t text_columns) {
    emit_table_report(c, format, std::move(head), header, rows,
                      leading_text(header.size(), text_columns));
}

void emit_table_report(CommandContext& c, const std::string& format, nlohmann::json head,
                       const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows,
                       const std::vector<bool>& is_text) {
    if (format == "pdf") {
        emit_pdf_report(c, pdf_report_title(head), header, rows, is_text);
        return;
    }
    std::ostringstream text;
    if (format == "csv") {
        write_csv_table(text, header, rows, report_dialect(c));
    } else if (format == "json") {
        head["rows"] = json_rows(header, rows, is_text);
        text << head.dump(2) << "\n";
    } else {
        print_table(text, header, rows);
    }
    emit_report(c, text.str());
}

void emit_report_table(CommandContext& c, const std::string& format, const ReportTable& table,
                       nlohmann::json head) {
    if (format == "pdf") {
        // The rows then the subtotals and totals, which only the PDF and the app show.
        std::vector<std::vector<std::string>> rows = table.rows;
        rows.insert(rows.end(), table.totals.begin(), table.totals.end());
        emit_pdf_report(c, table.title, table.header, rows, table.is_text, table.notes, table.chart,
                        table.totals.size());
        return;
    }
    emit_table_report(c, format, std::move(head), table.header, table.rows, table.is_text);
}

}  // namespace uplift::cli
