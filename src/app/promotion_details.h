#pragma once
// Details of single promotions that cost a core call each — overlaps on a sku (find_overlaps),
// the planned P&L (simulate_promotion) and the post-event ROI — read only when the calendar
// paints or hovers that promotion, and kept until the promotion or the file changes.
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

#include "promotions/lifecycle.h"

namespace uplift::app {

class AppSession;
class PromotionCatalog;

class PromotionDetails {
    Q_DECLARE_TR_FUNCTIONS(PromotionDetails)
  public:
    PromotionDetails(AppSession& session, const PromotionCatalog& catalog);

    // Whether the promotion (catalog row) overlaps another on a sku.
    bool hasOverlap(int entry);
    // Rich-text tooltip: dates, tactics, planned spend, ROI (post-event where actuals exist).
    QString tooltip(int entry);

    void clear();
    void forget(const QString& code);

  private:
    const std::vector<PromotionOverlap>& overlapsOf(int entry);

    AppSession& session_;
    const PromotionCatalog& catalog_;
    QHash<QString, std::vector<PromotionOverlap>> overlaps_;
    QHash<QString, QString> tooltips_;
};

}  // namespace uplift::app
