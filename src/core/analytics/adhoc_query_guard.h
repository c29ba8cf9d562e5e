#pragma once
// What keeps an ad-hoc query (uplift-cli query, the app's SQL console) a read of the
// reporting views and nothing else: a check of the text before SQLite sees it, and an
// authorizer that SQLite asks about every table, column, function and action while it
// prepares the statement. Each refusal says what was refused ("query refused: ...").
#include <sqlite3.h>

#include <set>
#include <string>
#include <string_view>

namespace uplift {

// Refuses (UserError "query refused: ...") text that is empty, holds a NUL, does not begin
// with SELECT, WITH or VALUES, or names a WITH table or window v_...: SQLite tells the
// authorizer a common table expression's name where it tells a view's, so a WITH v_products
// AS (SELECT * FROM products) would pass for the view.
void check_adhoc_text(std::string_view sql);

// The authorizer's state for one statement.
struct AdhocGuard {
    std::set<std::string> views;   // the file's reporting views (v_*), as stored
    std::set<std::string> tables;  // its stored tables and SQLite's own, lower case
    // Tables a reporting view of this statement read: SQLite reports a flattened view's
    // count(*) as a read of its table without a column.
    std::set<std::string> read_through_views;
    std::string refusal;  // why the first denied request was denied
};

// Installs the authorizer on `db`; `guard` must outlive every statement prepared on it.
void install_adhoc_guard(sqlite3* db, AdhocGuard& guard);

}  // namespace uplift
