#include "report_post_event.h"

#include <fmt/format.h>

#include <sstream>

#include "analytics/post_event_sheet.h"
#include "command.h"
#include "report_output.h"
#include "report_pdf.h"
#include "reports/report_table.h"

namespace uplift::cli {

int post_event_report(CommandContext& c, const std::string& format) {
    const std::string& code = c.positional(1, "PROMO_ID");
    const std::string part = c.args.get("--part").value_or("weeks");
    if (part != "weeks" && part != "waterfall") {
        throw UsageError(fmt::format("--part: '{}' is not weeks or waterfall", part));
    }
    db::Connection conn = c.open_db();
    c.actor(conn);
    const PostEventSheet sheet = post_event_sheet(conn, code, c.today());
    const ReportTable table = post_event_table(sheet, part == "waterfall");
    if (format == "pdf") {
        emit_report_table(c, format, table, {});
        return 0;
    }
    if (format == "table") {
        std::ostringstream text;
        print_table(text, table.header, table.rows);
        for (const auto& n : table.notes) {
            text << "\n" << n << "\n";
        }
        emit_report(c, text.str());
        return 0;
    }
    emit_report_table(c, format, table,
                      {{"report", "post-event"}, {"promo_id", code}, {"part", part}});
    return 0;
}

}  // namespace uplift::cli
