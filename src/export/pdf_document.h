#pragma once
// A table report as an A4 landscape PDF (QPdfWriter): the report's title, the options given,
// when and by whom it was made, an optional line chart, the table with its header repeated on
// every page, figures on the right, notes after the table and "Page N of M" in the footer. The
// CLI and the app both export through it, so a report's PDF is the same from either. Needs a
// Qt GUI application; without one (the CLI) it starts one on the offscreen platform, once.
#include <optional>
#include <string>
#include <vector>

#include "reports/report_table.h"

class QPagedPaintDevice;

namespace uplift::report_export {

// A line chart drawn above the table, as vector graphics.
using PdfChart = ReportChart;

// What the PDF says around the table.
struct PdfReportInfo {
    std::string title;                 // "Unjustified discounts"
    std::vector<std::string> filters;  // {"--by month", "--from 2025-01-01"}
    std::string generated;             // "Generated 2025-06-11 14:03:07 CEST by admin ..."
    std::string footer;                // left of "Page N of M"
    std::optional<PdfChart> chart;     // above the table on the first page
    std::size_t total_rows = 0;        // the last rows are subtotals and totals: bold, ruled
};

// The PDF file's bytes: `rows` under `header`; columns with is_text false whose cells are all
// figures line up on the right; `notes` are paragraphs after the table.
// Draws the same document on any paged device (a printer): the page size and margins are the
// device's. Throws UserError when the device cannot be painted on.
void paint_report(QPagedPaintDevice& device, const PdfReportInfo& info,
                  const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& is_text, const std::vector<std::string>& notes);

std::string render_pdf(const PdfReportInfo& info, const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows,
                       const std::vector<bool>& is_text, const std::vector<std::string>& notes);

}  // namespace uplift::report_export
