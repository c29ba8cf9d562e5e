#include "targets/target_edit.h"

#include <fmt/format.h>

#include <map>

#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "money/money.h"
#include "security/audit.h"

namespace uplift {

namespace {

std::string amount_json(const std::optional<TargetAmount>& a) {
    return a ? fmt::format("{{\"units\":{},\"value\":\"{}\"}}", a->units, format_minor(a->value))
             : std::string("none");
}

// "2025-03 A/Fizz": how messages and the audit name a key.
std::string key_name(db::Connection& conn, const TargetKey& key) {
    db::Statement s(conn,
                    "SELECT (SELECT code FROM accounts WHERE id = ?1), "
                    "(SELECT name FROM brands WHERE id = ?2)");
    s.bind_all(key.account_id, key.brand_id);
    s.step();
    if (s.is_null(0)) {
        throw UserError(fmt::format("{}: no account with id {}", key.period, key.account_id));
    }
    if (s.is_null(1)) {
        throw UserError(fmt::format("{}: no brand with id {}", key.period, key.brand_id));
    }
    return fmt::format("{} {}/{}", key.period, s.get_text(0), s.get_text(1));
}

std::optional<TargetAmount> current_amount(db::Connection& conn, const TargetKey& key) {
    db::Statement s(conn,
                    "SELECT units, value FROM targets WHERE period = ? AND account_id = ? AND "
                    "brand_id = ?");
    s.bind_all(key.period, key.account_id, key.brand_id);
    if (!s.step()) {
        return std::nullopt;
    }
    return TargetAmount{s.get_int(0), s.get_int(1)};
}

std::vector<TargetEdit> read_keys(db::Connection& conn, const char* table,
                                  const std::string& period) {
    db::Statement s(conn, fmt::format("SELECT account_id, brand_id, units, value FROM {} WHERE "
                                      "period = ? ORDER BY account_id, brand_id",
                                      table));
    s.bind(1, period);
    std::vector<TargetEdit> out;
    while (s.step()) {
        out.push_back(
            {{period, s.get_int(0), s.get_int(1)}, TargetAmount{s.get_int(2), s.get_int(3)}});
    }
    return out;
}

}  // namespace

bool remove_target(db::Connection& conn, const TargetKey& key) {
    db::Statement del(conn,
                      "DELETE FROM targets WHERE period = ? AND account_id = ? AND brand_id = ?");
    del.bind_all(key.period, key.account_id, key.brand_id);
    del.exec();
    return conn.changes() > 0;
}

std::int64_t set_targets(db::Connection& conn, const ActionContext& ctx,
                         std::span<const TargetEdit> edits) {
    db::Transaction tx(conn);
    std::int64_t changed = 0;
    for (const TargetEdit& e : edits) {
        TargetKey key = e.key;
        const std::string name = [&] {
            try {
                key.period = normalise_target_period(e.key.period);
                return key_name(conn, key);
            } catch (const UserError& err) {
                throw UserError(fmt::format("{}: {}", e.key.period, err.what()));
            }
        }();
        try {
            require_target_right(conn, ctx, key.account_id, "set the targets");
            const std::optional<TargetAmount> before = current_amount(conn, key);
            if (before == e.amount) {
                continue;
            }
            if (e.amount) {
                write_target(conn, ctx, key, e.amount->units, e.amount->value, "set");
            } else {
                remove_target(conn, key);
            }
            write_audit(
                conn, ctx,
                {e.amount ? "set" : "remove", "target", name,
                 before ? std::optional<std::string>(amount_json(before)) : std::nullopt,
                 e.amount ? std::optional<std::string>(amount_json(e.amount)) : std::nullopt, "",
                 std::nullopt});
            ++changed;
        } catch (const PermissionDenied& err) {
            throw PermissionDenied(fmt::format("{}: {}", name, err.what()));
        } catch (const UserError& err) {
            throw UserError(fmt::format("{}: {}", name, err.what()));
        }
    }
    tx.commit();
    return changed;
}

PeriodTargets snapshot_period_targets(db::Connection& conn, const std::string& period) {
    PeriodTargets p;
    p.period = normalise_target_period(period);
    p.targets = read_keys(conn, "targets", p.period);
    p.topdown = read_keys(conn, "target_topdown", p.period);
    db::Statement s(conn,
                    "SELECT level, key, units, value, set_by, set_at FROM target_totals "
                    "WHERE period = ? ORDER BY level, key");
    s.bind(1, p.period);
    while (s.step()) {
        p.totals.push_back({s.get_text(0),
                            s.get_text(1),
                            {s.get_int(2), s.get_int(3)},
                            s.get_text(4),
                            s.get_text(5)});
    }
    return p;
}

void restore_period_targets(db::Connection& conn, const ActionContext& ctx,
                            const PeriodTargets& snapshot) {
    require_right(conn, ctx, "targets.disaggregate",
                  fmt::format("restore the targets of {}", snapshot.period));
    db::Transaction tx(conn);
    const std::string& period = snapshot.period;
    std::map<std::pair<std::int64_t, std::int64_t>, TargetAmount> wanted;
    for (const TargetEdit& t : snapshot.targets) {
        wanted[{t.key.account_id, t.key.brand_id}] = t.amount.value_or(TargetAmount{});
    }
    for (const TargetEdit& now : read_keys(conn, "targets", period)) {
        if (!wanted.contains({now.key.account_id, now.key.brand_id})) {
            remove_target(conn, now.key);
        }
    }
    for (const auto& [ids, amount] : wanted) {
        write_target(conn, ctx, {period, ids.first, ids.second}, amount.units, amount.value,
                     "rollback", std::nullopt, "undo of a disaggregation");
    }
    for (const char* sql : {"DELETE FROM target_topdown WHERE period = ?",
                            "DELETE FROM target_totals WHERE period = ?"}) {
        db::Statement del(conn, sql);
        del.bind(1, period);
        del.exec();
    }
    db::Statement topdown(conn,
                          "INSERT INTO target_topdown(period, account_id, brand_id, units, value) "
                          "VALUES(?, ?, ?, ?, ?)");
    for (const TargetEdit& t : snapshot.topdown) {
        const TargetAmount a = t.amount.value_or(TargetAmount{});
        topdown.bind_all(period, t.key.account_id, t.key.brand_id, a.units, a.value);
        topdown.exec();
        topdown.reset();
    }
    db::Statement total(conn,
                        "INSERT INTO target_totals(period, level, key, units, value, set_by, "
                        "set_at) VALUES(?, ?, ?, ?, ?, ?, ?)");
    for (const TargetTotalRecord& t : snapshot.totals) {
        total.bind_all(period, t.level, t.key, t.amount.units, t.amount.value, t.set_by, t.set_at);
        total.exec();
        total.reset();
    }
    write_audit(conn, ctx,
                {"restore", "target", period, std::nullopt,
                 fmt::format("{{\"targets\":{}}}", snapshot.targets.size()),
                 "undo of a disaggregation", std::nullopt});
    tx.commit();
}

}  // namespace uplift
