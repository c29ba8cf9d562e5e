#pragma once
// Saved pivot layouts (db/0008_saved_reports.sql). A layout belongs to the user who saved it:
// every user saves, lists, opens and deletes their own; Admin lists all and may open or delete
// anyone's. Saving under a name the user already has replaces that layout. Writes are audited
// (entity "pivot_layout", key "owner/name").
#include <string>
#include <vector>

#include "reports/pivot_layout.h"
#include "security/action_context.h"

namespace uplift {

struct SavedPivot {
    std::string name;
    std::string owner;  // the user's name
    std::string layout_text;
    std::string created_at;
    std::string updated_at;
};

// Checks the layout against the catalogue and the name (1 to 100 characters, no control
// characters; spaces around it are dropped), then saves it. Returns true when it replaced one.
bool save_pivot_layout(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                       const PivotLayout& layout);

// The actor's own layouts by name; Admin's list holds everyone's, by owner and name.
std::vector<SavedPivot> list_pivot_layouts(db::Connection& conn, const ActionContext& ctx);

// The layout saved as `name` by `owner` (empty: the actor). UserError when there is none,
// PermissionDenied for another user's unless the actor is Admin.
PivotLayout load_pivot_layout(db::Connection& conn, const ActionContext& ctx,
                              const std::string& name, const std::string& owner = {});
void delete_pivot_layout(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                         const std::string& owner = {});

}  // namespace uplift
