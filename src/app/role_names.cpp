#include "role_names.h"

#include <QStringList>

namespace uplift::app {

QString RoleNames::title(Role role) {
    switch (role) {
        case Role::Admin:
            return tr("Administrator");
        case Role::BrandManager:
            return tr("Brand manager");
        case Role::KeyAccountManager:
            return tr("Key-account manager");
        case Role::SalesManager:
            return tr("Sales manager");
        case Role::SalesRep:
            return tr("Sales rep");
        case Role::Finance:
            return tr("Finance");
    }
    return {};
}

QString RoleNames::titles(const std::set<Role>& roles) {
    QStringList out;
    for (const Role r : roles) {
        out << title(r);
    }
    return out.join(QStringLiteral(", "));
}

QString RoleNames::importKind(ImportKind kind) {
    switch (kind) {
        case ImportKind::Products:
            return tr("Products");
        case ImportKind::Accounts:
            return tr("Accounts");
        case ImportKind::Prices:
            return tr("Price lists");
        case ImportKind::Actuals:
            return tr("Actuals (weekly sales)");
        case ImportKind::Promotions:
            return tr("Promotions");
        case ImportKind::Claims:
            return tr("Claims and deductions");
        case ImportKind::Targets:
            return tr("Sales targets");
        case ImportKind::Inventory:
            return tr("Inventory");
        case ImportKind::Returns:
            return tr("Returns and write-offs");
    }
    return {};
}

}  // namespace uplift::app
