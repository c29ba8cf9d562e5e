#include "promotion_details.h"

#include <QLocale>

#include "app_session.h"
#include "exact_format.h"
#include "promotion_catalog.h"
#include "promotion_status_style.h"
#include "promotions/post_event.h"
#include "tactic_text.h"
#include "text_conversions.h"
#include "workflows/promotion_workflows.h"

namespace uplift::app {

namespace {

QString shortDate(const QDate& d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}

}  // namespace

PromotionDetails::PromotionDetails(AppSession& session, const PromotionCatalog& catalog)
    : session_(session), catalog_(catalog) {}

void PromotionDetails::clear() {
    overlaps_.clear();
    tooltips_.clear();
}

void PromotionDetails::forget(const QString& code) {
    // Overlaps are mutual: a changed promotion may change its neighbours' marks too.
    overlaps_.clear();
    tooltips_.remove(code);
}

const std::vector<PromotionOverlap>& PromotionDetails::overlapsOf(int entry) {
    const CatalogEntry& e = catalog_.at(entry);
    auto it = overlaps_.find(e.code);
    if (it == overlaps_.end()) {
        std::vector<PromotionOverlap> found;
        try {
            found = find_overlaps(session_.connection(), e.promotion);
        } catch (const std::exception&) {
            // A mark is a hint; the editor reports read errors.
        }
        it = overlaps_.insert(e.code, std::move(found));
    }
    return it.value();
}

bool PromotionDetails::hasOverlap(int entry) {
    return !overlapsOf(entry).empty();
}

QString PromotionDetails::tooltip(int entry) {
    const CatalogEntry& e = catalog_.at(entry);
    if (const auto it = tooltips_.constFind(e.code); it != tooltips_.constEnd()) {
        return it.value();
    }
    const Promotion& p = e.promotion;
    QStringList html;
    html << QStringLiteral("<b>%1</b>").arg(e.code.toHtmlEscaped());
    if (!e.name.isEmpty() && e.name != e.code) {
        html.back() += QStringLiteral(" — %1").arg(e.name.toHtmlEscaped());
    }
    html << QStringLiteral("%1 · %2").arg(
        PromotionStatusStyle::name(e.shown),
        e.account + QLatin1Char(' ') + e.accountName.toHtmlEscaped());
    if (!e.campaign.isEmpty()) {
        html << tr("Campaign: %1").arg(e.campaign.toHtmlEscaped());
    }
    html << tr("In store %1 – %2, ship from %3")
                .arg(shortDate(e.start), shortDate(e.end), shortDate(e.shipStart));
    QStringList skus;
    for (const PromotionLine& l : p.lines) {
        skus << qs(l.sku);
    }
    html << tr("Lines: %1").arg(skus.join(QStringLiteral(", ")).toHtmlEscaped());
    for (const Tactic& t : p.tactics) {
        html << QStringLiteral("• %1").arg(TacticText::summary(t).toHtmlEscaped());
    }
    try {
        db::Connection& conn = session_.connection();
        const PlannedPnl pnl = simulate_promotion(conn, p);
        html << tr("Planned spend: %1").arg(formatExactMoney(pnl.spend));
        const QString planned = formatRatioPct(pnl.incremental_profit, pnl.spend);
        QString roi = planned.isEmpty() ? QString() : tr("planned ROI %1").arg(planned);
        if (!p.lines.empty() && p.instore.first <= session_.actor().today) {
            const auto post = post_event_analysis(conn, {p}, session_.actor().today);
            if (!post.empty() && post.front().total.actual_units != 0) {
                const RoiFigures& a = post.front().total;
                const QString actual = formatRatioPct(a.incremental_profit, a.spend);
                roi = tr("post-event ROI %1 (actual spend %2)")
                          .arg(actual.isEmpty() ? tr("–") : actual, formatExactMoney(a.spend));
            }
        }
        if (!roi.isEmpty()) {
            html << tr("ROI: %1").arg(roi);
        }
    } catch (const std::exception& ex) {
        html << tr("Figures unavailable: %1").arg(qs(ex.what()).toHtmlEscaped());
    }
    for (const PromotionOverlap& o : overlapsOf(entry)) {
        html << QStringLiteral("<span style='color:#9a5b00'>⚠ %1</span>")
                    .arg(tr("Overlaps %1 on %2 (%3 – %4)")
                             .arg(qs(o.other_code), qs(o.sku),
                                  shortDate(toQDate(o.other_instore.first)),
                                  shortDate(toQDate(o.other_instore.last)))
                             .toHtmlEscaped());
    }
    html << QStringLiteral("<i>%1</i>").arg(tr("Double-click to open"));
    const QString text = html.join(QStringLiteral("<br>"));
    tooltips_.insert(e.code, text);
    return text;
}

}  // namespace uplift::app
