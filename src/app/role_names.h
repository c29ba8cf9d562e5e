#pragma once
// Translated names of the core's roles and import kinds (the core's own names are English).
#include <QCoreApplication>
#include <QString>

#include <set>

#include "io/import_kind.h"
#include "security/roles.h"

namespace uplift::app {

class RoleNames {
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
  public:
    static QString title(Role role);
    static QString titles(const std::set<Role>& roles);  // "Brand manager, Finance"
    static QString importKind(ImportKind kind);          // "Actuals (weekly sales)"
};

}  // namespace uplift::app
