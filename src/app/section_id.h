#pragma once
// The sections the main window can show. Only sections that exist are listed: a screen that is
// not built yet has no entry (no placeholders).
namespace uplift::app {

// Values are remembered in the settings: new sections go at the end.
enum class Section {
    Products,
    Accounts,
    Prices,
    Imports,
    Users,
    Promotions,
    Funds,
    Targets,
    Discounts,
    Reports,
    Dashboard
};

}  // namespace uplift::app
