#include "promotion_filter.h"

#include "promotion_catalog.h"

namespace uplift::app {

bool PromotionFilter::accepts(const CatalogEntry& e) const {
    if (!statuses.empty() && !statuses.contains(e.shown)) {
        return false;
    }
    if (!account.isEmpty() && e.account != account) {
        return false;
    }
    if (!brand.isEmpty() && !e.brands.contains(brand)) {
        return false;
    }
    if (from.isValid() && e.end < from) {
        return false;
    }
    if (to.isValid() && e.start > to) {
        return false;
    }
    if (!text.isEmpty()) {
        return e.code.contains(text, Qt::CaseInsensitive) ||
               e.name.contains(text, Qt::CaseInsensitive) ||
               e.campaign.contains(text, Qt::CaseInsensitive) ||
               e.account.contains(text, Qt::CaseInsensitive) ||
               e.accountName.contains(text, Qt::CaseInsensitive);
    }
    return true;
}

PromotionFilterProxy::PromotionFilterProxy(const PromotionCatalog& catalog, QObject* parent)
    : QSortFilterProxyModel(parent), catalog_(catalog) {}

void PromotionFilterProxy::setFilter(const PromotionFilter& filter) {
    // The list's own filter box does the text; this proxy narrows by the rest.
    PromotionFilter next = filter;
    next.text.clear();
    if (next == filter_) {
        return;
    }
    filter_ = next;
    invalidateRowsFilter();
}

bool PromotionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || sourceRow >= catalog_.size()) {
        return false;
    }
    return filter_.accepts(catalog_.at(sourceRow));
}

}  // namespace uplift::app
