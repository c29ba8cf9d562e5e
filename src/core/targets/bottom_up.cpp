#include "targets/bottom_up.h"

#include <fmt/format.h>

#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "money/money.h"
#include "security/audit.h"

namespace uplift {

std::optional<GapDecision> parse_gap_decision(std::string_view text) {
    if (text == "accept") {
        return GapDecision::Accept;
    }
    if (text == "reject") {
        return GapDecision::Reject;
    }
    if (text == "edit") {
        return GapDecision::Edit;
    }
    return std::nullopt;
}

std::vector<TargetGap> target_gaps(db::Connection& conn, const TargetFilter& filter) {
    db::Statement s(
        conn,
        "SELECT t.period, a.code, b.name, t.units, t.value, d.units, d.value, ifnull(u.name, ''), "
        "h.user_name, h.source, h.at FROM targets t JOIN target_topdown d ON d.period = t.period "
        "AND d.account_id = t.account_id AND d.brand_id = t.brand_id "
        "JOIN accounts a ON a.id = t.account_id JOIN brands b ON b.id = t.brand_id "
        "LEFT JOIN users u ON u.id = a.rep_id "
        "JOIN target_history h ON h.id = (SELECT max(id) FROM target_history x WHERE "
        "x.period = t.period AND x.account_id = t.account_id AND x.brand_id = t.brand_id) "
        "WHERE (t.units <> d.units OR t.value <> d.value) AND (?1 IS NULL OR t.period = ?1) "
        "AND (?2 IS NULL OR u.name = ?2) ORDER BY t.period, a.code, b.name");
    std::optional<std::string> period;
    if (filter.period) {
        period = normalise_target_period(*filter.period);
    }
    s.bind(1, period);
    s.bind(2, filter.rep);
    std::vector<TargetGap> out;
    while (s.step()) {
        TargetGap g;
        g.current = {s.get_text(0), s.get_text(1), s.get_text(2), s.get_int(3), s.get_int(4)};
        g.topdown_units = s.get_int(5);
        g.topdown_value = s.get_int(6);
        g.rep = s.get_text(7);
        g.changed_by = s.get_text(8);
        g.source = s.get_text(9);
        g.changed_at = s.get_text(10);
        out.push_back(std::move(g));
    }
    return out;
}

void decide_gap(db::Connection& conn, const ActionContext& ctx, const TargetKey& key,
                GapDecision decision, std::optional<std::int64_t> units,
                std::optional<std::int64_t> value) {
    require_right(conn, ctx, "targets.edit", "decide bottom-up target gaps");
    db::Transaction tx(conn);
    db::Statement s(conn,
                    "SELECT t.units, t.value, d.units, d.value, a.code, b.name FROM targets t "
                    "JOIN target_topdown d ON d.period = t.period AND d.account_id = t.account_id "
                    "AND d.brand_id = t.brand_id JOIN accounts a ON a.id = t.account_id "
                    "JOIN brands b ON b.id = t.brand_id WHERE t.period = ? AND t.account_id = ? "
                    "AND t.brand_id = ?");
    s.bind_all(key.period, key.account_id, key.brand_id);
    if (!s.step() || (s.get_int(0) == s.get_int(2) && s.get_int(1) == s.get_int(3))) {
        throw UserError(fmt::format("the target {} has no bottom-up gap to decide", key.period));
    }
    const std::int64_t cur_units = s.get_int(0);
    const std::int64_t cur_value = s.get_int(1);
    const std::int64_t td_units = s.get_int(2);
    const std::int64_t td_value = s.get_int(3);
    const std::string name = fmt::format("{}/{}/{}", key.period, s.get_text(4), s.get_text(5));
    s.reset();
    std::int64_t new_units = cur_units;
    std::int64_t new_value = cur_value;
    std::string source = "accept";
    if (decision == GapDecision::Reject) {
        new_units = td_units;
        new_value = td_value;
        source = "reject";
    } else if (decision == GapDecision::Edit) {
        if (!units || !value) {
            throw UserError("editing a gap needs the units and the value");
        }
        new_units = *units;
        new_value = *value;
        source = "edit";
    }
    if (!write_target(conn, ctx, key, new_units, new_value, source)) {
        // Accepting keeps the value: the decision itself is still history.
        db::Statement h(conn,
                        "INSERT INTO target_history(period, account_id, brand_id, units, value, "
                        "source, user_name, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        h.bind_all(key.period, key.account_id, key.brand_id, new_units, new_value, source,
                   ctx.user_name, ctx.now);
        h.exec();
    }
    // Both versions agree now: the gap is closed.
    db::Statement td(conn,
                     "UPDATE target_topdown SET units = ?, value = ? WHERE period = ? AND "
                     "account_id = ? AND brand_id = ?");
    td.bind_all(new_units, new_value, key.period, key.account_id, key.brand_id);
    td.exec();
    const auto text = [](std::int64_t u, std::int64_t v) {
        return fmt::format("{{\"units\":{},\"value\":\"{}\"}}", u, format_minor(v));
    };
    write_audit(
        conn, ctx,
        {source + " gap", "target", name, text(cur_units, cur_value), text(new_units, new_value),
         fmt::format("top-down was {}", text(td_units, td_value)), std::nullopt});
    tx.commit();
}

}  // namespace uplift
