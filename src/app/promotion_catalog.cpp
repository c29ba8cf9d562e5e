#include "promotion_catalog.h"

#include <algorithm>

#include "app_session.h"
#include "masterdata/accounts.h"
#include "masterdata/products.h"
#include "promotions/promotion_store.h"
#include "text_conversions.h"

namespace uplift::app {

void PromotionCatalog::load(AppSession& session) {
    db::Connection& conn = session.connection();
    std::vector<Account> accounts = list_accounts(conn);
    std::stable_sort(accounts.begin(), accounts.end(), [](const Account& a, const Account& b) {
        return a.channel != b.channel ? a.channel < b.channel : a.code < b.code;
    });
    accounts_.clear();
    accountIndex_.clear();
    for (const Account& a : accounts) {
        accountIndex_.insert(a.id, static_cast<int>(accounts_.size()));
        accounts_.push_back({qs(a.code), qs(a.name), qs(a.channel)});
    }
    brandOfProduct_.clear();
    categoryOfProduct_.clear();
    categoryOfBrand_.clear();
    for (const Product& p : list_products(conn)) {
        brandOfProduct_.insert(p.id, qs(p.brand));
        categoryOfProduct_.insert(p.id, qs(p.category));
        categoryOfBrand_.insert(qs(p.brand), qs(p.category));
    }
    brandNames_ = categoryOfBrand_.keys();
    brandNames_.sort(Qt::CaseInsensitive);

    std::vector<Promotion> promotions = load_promotions(conn);
    const Date today = session.actor().today;
    entries_.clear();
    entries_.reserve(promotions.size());
    rows_.clear();
    rows_.reserve(static_cast<qsizetype>(promotions.size()));
    for (Promotion& p : promotions) {
        rows_.insert(qs(p.code), static_cast<int>(entries_.size()));
        entries_.push_back(describe(std::move(p), today));
    }
}

int PromotionCatalog::reload(AppSession& session, const QString& code) {
    const int row = rowOf(code);
    auto p = load_promotion(session.connection(), utf8(code));
    if (!p) {
        return -1;
    }
    if (row < 0) {
        rows_.insert(code, static_cast<int>(entries_.size()));
        entries_.push_back(describe(std::move(*p), session.actor().today));
        return size() - 1;
    }
    entries_[static_cast<std::size_t>(row)] = describe(std::move(*p), session.actor().today);
    return row;
}

CatalogEntry PromotionCatalog::describe(Promotion p, Date today) const {
    CatalogEntry e;
    e.code = qs(p.code);
    e.name = qs(p.name);
    e.campaign = qs(p.campaign);
    e.account = qs(p.account);
    const int a = accountIndex_.value(p.account_id, -1);
    if (a >= 0) {
        e.accountName = accounts_[static_cast<std::size_t>(a)].name;
        e.channel = accounts_[static_cast<std::size_t>(a)].channel;
    }
    for (const PromotionLine& l : p.lines) {
        const QString brand = brandOfProduct_.value(l.product_id);
        if (!brand.isEmpty() && !e.brands.contains(brand)) {
            e.brands.append(brand);
        }
        const QString category = categoryOfProduct_.value(l.product_id);
        if (!category.isEmpty() && !e.categories.contains(category)) {
            e.categories.append(category);
        }
    }
    e.brands.sort(Qt::CaseInsensitive);
    e.categories.sort(Qt::CaseInsensitive);
    e.start = toQDate(p.instore.first);
    e.end = toQDate(p.instore.last);
    e.shipStart = toQDate(p.ship.first);
    e.shipEnd = toQDate(p.ship.last);
    e.shown = displayed_status(p.status, p.instore, today);
    for (const Tactic& t : p.tactics) {
        if (is_percent_kind(t.kind)) {
            for (const TacticTerm& term : t.terms) {
                e.depth = std::max<qint64>(e.depth, term.value);
            }
        }
    }
    e.promotion = std::move(p);
    return e;
}

}  // namespace uplift::app
