#include "report_post_event.h"

#include <fmt/format.h>

#include <sstream>

#include "analytics/post_event_sheet.h"
#include "command.h"
#include "report_output.h"
#include "report_pdf.h"

namespace uplift::cli {

namespace {

std::string units_text(const Exact& e) {
    return format_hundredths(e, false);
}
std::string money_text(const Exact& e) {
    return format_hundredths(e, true);
}

// The promotion and its totals, then the waterfall, as lines under the weekly table.
std::vector<std::string> sheet_notes(const PostEventSheet& s) {
    const PromotionRoi& p = s.promotion;
    const RoiFigures& f = p.total;
    std::vector<std::string> notes{fmt::format(
        "Promotion {} at {} ({}), in store {} to {}, {}: baseline {} units, actual {}, "
        "incremental {}; spend {}, incremental profit {}, ROI {}.",
        p.code, p.account, p.channel, to_iso(p.instore.first), to_iso(p.instore.last),
        status_name(p.status), units_text(f.baseline_units), f.actual_units,
        units_text(f.incremental_units), money_text(f.spend), money_text(f.incremental_profit),
        f.spend.is_zero() ? std::string("none (no spend)")
                          : format_ratio_pct(f.incremental_profit, f.spend) + " %")};
    std::string steps = "From the lift to the profit:";
    for (const auto& w : s.waterfall) {
        steps += fmt::format(
            " {} {}{};", w.total ? "=" : (w.amount.num < 0 ? "−" : "+"), w.label,
            fmt::format(" {}",
                        money_text(w.total || w.amount.num >= 0 ? w.amount : Exact{} - w.amount)));
    }
    steps.back() = '.';
    notes.push_back(steps);
    notes.emplace_back(
        "Weeks marked in_store count in W; the baseline is the §7 average of the 13 weeks "
        "before the start week that were not promoted.");
    return notes;
}

}  // namespace

int post_event_report(CommandContext& c, const std::string& format) {
    const std::string& code = c.positional(1, "PROMO_ID");
    const std::string part = c.args.get("--part").value_or("weeks");
    if (part != "weeks" && part != "waterfall") {
        throw UsageError(fmt::format("--part: '{}' is not weeks or waterfall", part));
    }
    db::Connection conn = c.open_db();
    c.actor(conn);
    const PostEventSheet sheet = post_event_sheet(conn, code, c.today());
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    if (part == "weeks") {
        header = {"week", "in_store", "baseline_units", "actual_units", "incremental_units"};
        for (const auto& w : sheet.weeks) {
            rows.push_back({to_iso(w.monday), w.in_store ? "yes" : "no",
                            units_text(w.baseline_units), std::to_string(w.actual_units),
                            units_text(w.incremental_units())});
        }
    } else {
        header = {"step", "amount"};
        for (const auto& w : sheet.waterfall) {
            rows.push_back({w.label, money_text(w.amount)});
        }
    }
    const std::vector<std::string> notes = sheet_notes(sheet);
    if (format == "pdf") {
        std::vector<bool> is_text(header.size(), false);
        is_text[0] = true;
        if (part == "weeks") {
            is_text[1] = true;
        }
        // Units by week against the baseline, as in the promotion editor.
        PdfChart chart;
        chart.title = "Units by week: baseline and actual";
        PdfChart::Series baseline{"Baseline", {}, true};
        PdfChart::Series actual{"Actual", {}, false};
        for (const auto& w : sheet.weeks) {
            const IsoWeek iso = iso_week(w.monday);
            chart.labels.push_back(fmt::format("W{:02}{}", iso.week, w.in_store ? "*" : ""));
            baseline.values.push_back(ratio(w.baseline_units, Exact::whole(1)));
            actual.values.push_back(static_cast<double>(w.actual_units));
        }
        chart.series = {baseline, actual};
        emit_pdf_report(c, fmt::format("Post-event sheet: {}", code), header, rows, is_text, notes,
                        part == "weeks" ? std::optional<PdfChart>(chart) : std::nullopt);
        return 0;
    }
    if (format == "table") {
        std::ostringstream text;
        print_table(text, header, rows);
        for (const auto& n : notes) {
            text << "\n" << n << "\n";
        }
        emit_report(c, text.str());
        return 0;
    }
    emit_table_report(c, format, {{"report", "post-event"}, {"promo_id", code}, {"part", part}},
                      header, rows, part == "weeks" ? 2 : 1);
    return 0;
}

}  // namespace uplift::cli
