#include "report_pdf.h"

#include <fmt/format.h>
#include <QDateTime>

#include <filesystem>

#include "atomic_file.h"
#include "command.h"
#include "errors.h"

namespace uplift::cli {

std::string pdf_report_title(const nlohmann::json& head) {
    const std::string name = head.value("report", head.value("list", std::string()));
    if (name == "roi") {
        return "Promotion ROI";
    }
    if (name == "budget-vs-actual") {
        return "Budget vs actual";
    }
    if (name == "brand-channel") {
        return "Sell-in by brand and channel";
    }
    if (name == "discounts") {
        return "Discount requests";
    }
    if (name == "unjustified-discounts") {
        return "Unjustified discounts";
    }
    if (name == "fund-activity") {
        return "Fund activity: " + head.value("fund", std::string());
    }
    if (name == "targets") {
        return "Targets, plan and actual sell-in";
    }
    return name;
}

void emit_pdf_report(CommandContext& c, const std::string& title,
                     const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows,
                     const std::vector<bool>& is_text, const std::vector<std::string>& notes,
                     const std::optional<PdfChart>& chart, std::size_t total_rows) {
    const auto file = c.args.get("-o");
    if (!file) {
        throw UsageError("--format pdf needs -o FILE");
    }
    PdfReportInfo info;
    info.title = title;
    info.chart = chart;
    info.total_rows = total_rows;
    // The command's own options as given (--by, --from, ...); a fund's name is in the title.
    for (const auto& [option, value] : c.args.values) {
        if (option != "--format" && option != "-o") {
            info.filters.push_back(value.empty() ? option : option + " " + value);
        }
    }
    std::string user;
    {
        db::Connection conn = c.open_db();
        user = c.actor(conn).user_name;
    }
    const std::string db_name = std::filesystem::path(c.db_path()).filename().string();
    const QDateTime now = QDateTime::currentDateTime();
    info.generated = fmt::format(
        "Generated {} by {} from {}; business date {}; {} row{}",
        now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")).toStdString(), user, db_name,
        to_iso(c.today()), rows.size() - total_rows, rows.size() - total_rows == 1 ? "" : "s");
    info.footer = fmt::format("Uplift · {} · {}", title, db_name);
    report_export::write_file_atomically(*file, render_pdf(info, header, rows, is_text, notes));
}

}  // namespace uplift::cli
