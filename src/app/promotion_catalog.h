#pragma once
// Every promotion of the file, read once from the core (load_promotions) together with the
// account and product names the screens show, so the list, its filters and the calendar work
// in memory: no query per row. One promotion is re-read after an edit.
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

#include "promotions/promotion.h"

namespace uplift::app {

class AppSession;

struct CatalogEntry {
    Promotion promotion;  // as the core loaded it
    QString code;
    QString name;
    QString campaign;
    QString account;  // code
    QString accountName;
    QString channel;
    QStringList brands;      // of its lines, distinct, sorted
    QStringList categories;  // likewise
    QDate start, end;        // in store, inclusive
    QDate shipStart, shipEnd;
    PromotionStatus shown = PromotionStatus::Draft;  // displayed on the session's today
    qint64 depth = 0;  // the deepest % term (Percent units); 0 when no % tactic
};

struct AccountInfo {
    QString code;
    QString name;
    QString channel;
};

class PromotionCatalog {
  public:
    // Reads everything; throws the core's exceptions.
    void load(AppSession& session);
    // Re-reads one promotion (after an edit); returns its row, or -1 when it is gone.
    int reload(AppSession& session, const QString& code);

    const std::vector<CatalogEntry>& entries() const { return entries_; }
    const CatalogEntry& at(int row) const { return entries_[static_cast<std::size_t>(row)]; }
    int size() const { return static_cast<int>(entries_.size()); }
    int rowOf(const QString& code) const { return rows_.value(code, -1); }

    // Every account of the file (also those without promotions), ordered by channel and code.
    const std::vector<AccountInfo>& accounts() const { return accounts_; }
    QStringList brandNames() const { return brandNames_; }
    QString categoryOfBrand(const QString& brand) const { return categoryOfBrand_.value(brand); }

  private:
    CatalogEntry describe(Promotion p, Date today) const;

    std::vector<CatalogEntry> entries_;
    QHash<QString, int> rows_;
    std::vector<AccountInfo> accounts_;
    QHash<qint64, int> accountIndex_;  // account id -> accounts_ index
    QHash<qint64, QString> brandOfProduct_;
    QHash<qint64, QString> categoryOfProduct_;
    QHash<QString, QString> categoryOfBrand_;
    QStringList brandNames_;
};

}  // namespace uplift::app
