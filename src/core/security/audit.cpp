#include "security/audit.h"

#include "db/statement.h"

namespace uplift {

void write_audit(db::Connection& conn, const ActionContext& ctx, const AuditEntry& e) {
    db::Statement s(conn,
                    "INSERT INTO audit_log(at, user_name, action, entity, entity_key, old_value, "
                    "new_value, reason, batch_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind_all(ctx.now, ctx.user_name, e.action, e.entity, e.entity_key, e.old_value,
               e.new_value, e.reason, e.batch_id);
    s.exec();
}

std::vector<AuditRow> audit_history(db::Connection& conn, const std::string& entity,
                                    const std::string& entity_key, int limit) {
    db::Statement s(conn,
                    "SELECT id, at, user_name, action, entity, entity_key, old_value, new_value, "
                    "reason FROM audit_log WHERE (?1 = '' OR entity = ?1) AND (?2 = '' OR "
                    "entity_key = ?2) ORDER BY id DESC LIMIT ?3");
    s.bind_all(entity, entity_key, limit);
    std::vector<AuditRow> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_text(1), s.get_text(2), s.get_text(3), s.get_text(4),
                       s.get_text(5), s.get_opt_text(6), s.get_opt_text(7), s.get_text(8)});
    }
    return out;
}

}  // namespace uplift
