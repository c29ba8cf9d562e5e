#include "reports/pivot_saved.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr std::size_t kPivotNameMax = 100;

std::string trimmed_pivot_name(const std::string& name) {
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string::npos) {
        throw UserError("a saved pivot needs a name");
    }
    std::string out = name.substr(first, name.find_last_not_of(" \t") - first + 1);
    if (out.size() > kPivotNameMax) {
        throw UserError(
            fmt::format("a saved pivot's name has at most {} characters", kPivotNameMax));
    }
    if (std::any_of(out.begin(), out.end(),
                    [](char ch) { return static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f; })) {
        throw UserError("a saved pivot's name cannot hold control characters");
    }
    return out;
}

// The owner's id: the actor's, or (Admin only) another user's, named.
std::int64_t pivot_owner_id(db::Connection& conn, const ActionContext& ctx,
                            const std::string& owner, const char* action) {
    if (owner.empty() || owner == ctx.user_name) {
        return ctx.user_id;
    }
    if (!ctx.is_admin()) {
        throw PermissionDenied(
            fmt::format("{} cannot {} {}'s saved pivots", ctx.user_name, action, owner));
    }
    db::Statement s(conn, "SELECT id FROM users WHERE name = ?");
    s.bind(1, owner);
    if (!s.step()) {
        throw UserError(fmt::format("unknown user '{}'", owner));
    }
    return s.get_int(0);
}

struct StoredPivot {
    std::int64_t id;
    std::string layout_text;
};

std::optional<StoredPivot> find_stored_pivot(db::Connection& conn, std::int64_t owner_id,
                                             const std::string& name) {
    db::Statement s(conn, "SELECT id, layout FROM saved_pivots WHERE owner_id = ? AND name = ?");
    s.bind_all(owner_id, name);
    if (!s.step()) {
        return std::nullopt;
    }
    return StoredPivot{s.get_int(0), s.get_text(1)};
}

std::string pivot_audit_key(const ActionContext& ctx, const std::string& owner,
                            const std::string& name) {
    return (owner.empty() ? ctx.user_name : owner) + "/" + name;
}

[[noreturn]] void no_saved_pivot(const std::string& name, const std::string& owner) {
    throw UserError(owner.empty() ? fmt::format("no saved pivot '{}'", name)
                                  : fmt::format("{} has no saved pivot '{}'", owner, name));
}

}  // namespace

bool save_pivot_layout(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                       const PivotLayout& layout) {
    const std::string clean = trimmed_pivot_name(name);
    validate_pivot_layout(layout);
    const std::string text = pivot_layout_to_text(layout);
    db::Transaction tx(conn);
    const std::optional<StoredPivot> old = find_stored_pivot(conn, ctx.user_id, clean);
    if (old) {
        db::Statement up(conn, "UPDATE saved_pivots SET layout = ?, updated_at = ? WHERE id = ?");
        up.bind_all(text, ctx.now, old->id);
        up.exec();
    } else {
        db::Statement ins(conn,
                          "INSERT INTO saved_pivots(owner_id, name, layout, created_at, "
                          "updated_at) VALUES(?, ?, ?, ?, ?)");
        ins.bind_all(ctx.user_id, clean, text, ctx.now, ctx.now);
        ins.exec();
    }
    write_audit(conn, ctx,
                {old ? "update" : "create", "pivot_layout", pivot_audit_key(ctx, {}, clean),
                 old ? std::optional<std::string>(old->layout_text) : std::nullopt, text, "",
                 std::nullopt});
    tx.commit();
    return old.has_value();
}

std::vector<SavedPivot> list_pivot_layouts(db::Connection& conn, const ActionContext& ctx) {
    db::Statement s(conn,
                    "SELECT p.name, u.name, p.layout, p.created_at, p.updated_at "
                    "FROM saved_pivots p JOIN users u ON u.id = p.owner_id "
                    "WHERE ?1 OR p.owner_id = ?2 ORDER BY u.name, p.name");
    s.bind_all(static_cast<std::int64_t>(ctx.is_admin() ? 1 : 0), ctx.user_id);
    std::vector<SavedPivot> out;
    while (s.step()) {
        out.push_back({s.get_text(0), s.get_text(1), s.get_text(2), s.get_text(3), s.get_text(4)});
    }
    return out;
}

PivotLayout load_pivot_layout(db::Connection& conn, const ActionContext& ctx,
                              const std::string& name, const std::string& owner) {
    const std::int64_t owner_id = pivot_owner_id(conn, ctx, owner, "open");
    const std::optional<StoredPivot> found = find_stored_pivot(conn, owner_id, name);
    if (!found) {
        no_saved_pivot(name, owner);
    }
    return pivot_layout_from_text(found->layout_text);
}

void delete_pivot_layout(db::Connection& conn, const ActionContext& ctx, const std::string& name,
                         const std::string& owner) {
    const std::int64_t owner_id = pivot_owner_id(conn, ctx, owner, "delete");
    db::Transaction tx(conn);
    const std::optional<StoredPivot> found = find_stored_pivot(conn, owner_id, name);
    if (!found) {
        no_saved_pivot(name, owner);
    }
    db::Statement del(conn, "DELETE FROM saved_pivots WHERE id = ?");
    del.bind(1, found->id);
    del.exec();
    write_audit(conn, ctx,
                {"delete", "pivot_layout", pivot_audit_key(ctx, owner, name), found->layout_text,
                 std::nullopt, "", std::nullopt});
    tx.commit();
}

}  // namespace uplift
