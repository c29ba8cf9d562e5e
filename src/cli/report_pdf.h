#pragma once
// `report NAME --format pdf -o FILE`: the report's table through the shared PDF document
// (src/export/pdf_document.h), written atomically to the file of -o.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "pdf_document.h"

namespace uplift::cli {

class CommandContext;

using report_export::PdfChart;
using report_export::PdfReportInfo;
using report_export::render_pdf;

// The title of a report from the head of its JSON output ({"report": "roi"}, ...).
std::string pdf_report_title(const nlohmann::json& head);

// Writes the table as a PDF to the file of -o (UsageError when there is none), atomically; the
// title, filters, user and time come from the command line.
void emit_pdf_report(CommandContext& c, const std::string& title,
                     const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows,
                     const std::vector<bool>& is_text, const std::vector<std::string>& notes = {},
                     const std::optional<PdfChart>& chart = std::nullopt,
                     std::size_t total_rows = 0);

}  // namespace uplift::cli
