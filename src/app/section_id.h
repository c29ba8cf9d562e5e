#pragma once
// The sections the main window can show. Only sections that exist are listed: a screen that is
// not built yet has no entry (no placeholders).
namespace uplift::app {

enum class Section { Products, Accounts, Prices, Imports, Users };

}  // namespace uplift::app
