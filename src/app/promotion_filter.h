#pragma once
// What the Promotions section shows: states, one account, one brand, a period the in-store
// dates must touch, and free text. One definition serves the list (through a proxy model) and
// the calendar, so both always show the same promotions.
#include <QDate>
#include <QSortFilterProxyModel>
#include <QString>

#include <set>

#include "promotions/promotion.h"

namespace uplift::app {

struct CatalogEntry;
class PromotionCatalog;

struct PromotionFilter {
    std::set<PromotionStatus> statuses;  // displayed states; empty: every state
    QString account;                     // code; empty: every account
    QString brand;                       // empty: every brand
    QDate from, to;                      // null: open
    QString text;                        // in code, name, campaign or account; empty: all

    bool accepts(const CatalogEntry& e) const;
    bool operator==(const PromotionFilter&) const = default;
};

// Filters PromotionListModel's rows by a PromotionFilter, in memory.
class PromotionFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    PromotionFilterProxy(const PromotionCatalog& catalog, QObject* parent = nullptr);

    void setFilter(const PromotionFilter& filter);
    const PromotionFilter& filter() const { return filter_; }

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    const PromotionCatalog& catalog_;
    PromotionFilter filter_;
};

}  // namespace uplift::app
