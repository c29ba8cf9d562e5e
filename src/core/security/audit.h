#pragma once
// The append-only audit log. Written inside the same transaction as the change it records,
// so a rolled-back action leaves no audit row.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "security/action_context.h"

namespace uplift {

struct AuditEntry {
    std::string action;      // "create", "update", "import", "rollback", ...
    std::string entity;      // "product", "account", "batch", ...
    std::string entity_key;  // natural key: sku, account code, batch id
    std::optional<std::string> old_value;  // JSON object of changed fields, or a short text
    std::optional<std::string> new_value;
    std::string reason;
    std::optional<std::int64_t> batch_id;
};

void write_audit(db::Connection& conn, const ActionContext& ctx, const AuditEntry& e);

struct AuditRow {
    std::int64_t id;
    std::string at, user_name, action, entity, entity_key;
    std::optional<std::string> old_value, new_value;
    std::string reason;
};
// Newest first; entity/key filter when given.
std::vector<AuditRow> audit_history(db::Connection& conn, const std::string& entity = {},
                                    const std::string& entity_key = {}, int limit = 500);

}  // namespace uplift
