#include "targets/target_store.h"

#include <fmt/format.h>

#include <cctype>

#include "calendar/calendar.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "money/money.h"
#include "security/audit.h"

namespace uplift {

std::string normalise_target_period(std::string_view text) {
    std::string t(text);
    if (t.size() == 7 && t[5] == 'q') {
        t[5] = 'Q';
    }
    (void)parse_target_period(t);  // throws naming the text
    return t;
}

TargetKey target_key(db::Connection& conn, const std::string& period, const std::string& account,
                     const std::string& brand) {
    TargetKey k;
    k.period = normalise_target_period(period);
    db::Statement a(conn, "SELECT id FROM accounts WHERE code = ?");
    a.bind(1, account);
    if (!a.step()) {
        throw UserError(fmt::format("unknown account '{}'", account));
    }
    k.account_id = a.get_int(0);
    db::Statement b(conn, "SELECT id FROM brands WHERE name = ?");
    b.bind(1, brand);
    if (!b.step()) {
        throw UserError(fmt::format("unknown brand '{}'", brand));
    }
    k.brand_id = b.get_int(0);
    return k;
}

void require_target_right(db::Connection& conn, const ActionContext& ctx, std::int64_t account_id,
                          std::string_view action) {
    if (has_right(conn, ctx, "targets.edit")) {
        return;
    }
    db::Statement s(conn, "SELECT code, rep_id FROM accounts WHERE id = ?");
    s.bind(1, account_id);
    const bool found = s.step();
    const std::string code = found ? s.get_text(0) : std::to_string(account_id);
    if (found && has_right(conn, ctx, "targets.edit_own") && !s.is_null(1) &&
        s.get_int(1) == ctx.user_id) {
        // SPEC §1: a rep edits their partners' targets in their rep file only.
        db::Statement rep_file(conn,
                               "SELECT 1 FROM settings WHERE key = 'rep_export_id' AND "
                               "value <> ''");
        if (rep_file.step()) {
            return;
        }
        throw PermissionDenied(fmt::format(
            "user '{}' may not {} of account {} here: a rep edits their partners' targets in "
            "their rep file (rep export)",
            ctx.user_name, action, code));
    }
    throw PermissionDenied(
        fmt::format("user '{}' may not {} of account {}", ctx.user_name, action, code));
}

bool write_target(db::Connection& conn, const ActionContext& ctx, const TargetKey& key,
                  std::int64_t units, std::int64_t value, std::string_view source,
                  std::optional<std::int64_t> batch_id, std::string_view note) {
    if (units < 0 || value < 0) {
        throw UserError(
            fmt::format("a target cannot be negative ({} units, {})", units, format_minor(value)));
    }
    db::Statement cur(conn,
                      "SELECT units, value FROM targets WHERE period = ? AND account_id = ? AND "
                      "brand_id = ?");
    cur.bind_all(key.period, key.account_id, key.brand_id);
    if (cur.step() && cur.get_int(0) == units && cur.get_int(1) == value) {
        return false;
    }
    cur.reset();
    db::Statement up(conn,
                     "INSERT INTO targets(period, account_id, brand_id, units, value) "
                     "VALUES(?, ?, ?, ?, ?) ON CONFLICT(period, account_id, brand_id) DO UPDATE "
                     "SET units = excluded.units, value = excluded.value");
    up.bind_all(key.period, key.account_id, key.brand_id, units, value);
    up.exec();
    db::Statement h(conn,
                    "INSERT INTO target_history(period, account_id, brand_id, units, value, "
                    "source, batch_id, user_name, at, note) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    h.bind_all(key.period, key.account_id, key.brand_id, units, value, source, batch_id,
               ctx.user_name, ctx.now, note);
    h.exec();
    return true;
}

std::optional<Target> find_target(db::Connection& conn, const TargetKey& key) {
    db::Statement s(conn,
                    "SELECT t.period, a.code, b.name, t.units, t.value FROM targets t "
                    "JOIN accounts a ON a.id = t.account_id JOIN brands b ON b.id = t.brand_id "
                    "WHERE t.period = ? AND t.account_id = ? AND t.brand_id = ?");
    s.bind_all(key.period, key.account_id, key.brand_id);
    if (!s.step()) {
        return std::nullopt;
    }
    return Target{s.get_text(0), s.get_text(1), s.get_text(2), s.get_int(3), s.get_int(4)};
}

void set_target(db::Connection& conn, const ActionContext& ctx, const std::string& period,
                const std::string& account, const std::string& brand, std::int64_t units,
                std::int64_t value) {
    db::Transaction tx(conn);
    const TargetKey key = target_key(conn, period, account, brand);
    require_target_right(conn, ctx, key.account_id, "set the targets");
    const auto before = find_target(conn, key);
    if (!write_target(conn, ctx, key, units, value, "set")) {
        return;  // nothing changed: nothing to audit
    }
    const auto text = [](std::int64_t u, std::int64_t v) {
        return fmt::format("{{\"units\":{},\"value\":\"{}\"}}", u, format_minor(v));
    };
    write_audit(
        conn, ctx,
        {"set", "target", fmt::format("{}/{}/{}", key.period, account, brand),
         before ? std::optional<std::string>(text(before->units, before->value)) : std::nullopt,
         text(units, value), "", std::nullopt});
    tx.commit();
}

std::vector<Target> list_targets(db::Connection& conn, const TargetFilter& filter) {
    std::string sql =
        "SELECT t.period, a.code, b.name, t.units, t.value FROM targets t "
        "JOIN accounts a ON a.id = t.account_id JOIN brands b ON b.id = t.brand_id "
        "LEFT JOIN users u ON u.id = a.rep_id WHERE (?1 IS NULL OR t.period = ?1) "
        "AND (?2 IS NULL OR u.name = ?2) ORDER BY t.period, a.code, b.name";
    db::Statement s(conn, sql);
    std::optional<std::string> period;
    if (filter.period) {
        period = normalise_target_period(*filter.period);
    }
    s.bind(1, period);
    s.bind(2, filter.rep);
    std::vector<Target> out;
    while (s.step()) {
        out.push_back({s.get_text(0), s.get_text(1), s.get_text(2), s.get_int(3), s.get_int(4)});
    }
    return out;
}

void rollback_target_batch(db::Connection& conn, const ActionContext& ctx, std::int64_t batch_id) {
    // Each key the batch wrote, with the history id of that write.
    db::Statement keys(conn,
                       "SELECT h.id, h.period, h.account_id, h.brand_id, a.code FROM "
                       "target_history h JOIN accounts a ON a.id = h.account_id "
                       "WHERE h.batch_id = ? ORDER BY h.id");
    keys.bind(1, batch_id);
    struct Written {
        std::int64_t history_id;
        TargetKey key;
        std::string account;
    };
    std::vector<Written> written;
    while (keys.step()) {
        written.push_back({keys.get_int(0),
                           {keys.get_text(1), keys.get_int(2), keys.get_int(3)},
                           keys.get_text(4)});
    }
    for (const Written& w : written) {
        db::Statement later(conn,
                            "SELECT source FROM target_history WHERE period = ? AND account_id = ? "
                            "AND brand_id = ? AND id > ? ORDER BY id LIMIT 1");
        later.bind_all(w.key.period, w.key.account_id, w.key.brand_id, w.history_id);
        if (later.step()) {
            throw UserError(
                fmt::format("cannot roll back batch {}: the target {} of account {} "
                            "was changed since ({})",
                            batch_id, w.key.period, w.account, later.get_text(0)));
        }
        db::Statement prior(conn,
                            "SELECT units, value FROM target_history WHERE period = ? AND "
                            "account_id = ? AND brand_id = ? AND id < ? ORDER BY id DESC LIMIT 1");
        prior.bind_all(w.key.period, w.key.account_id, w.key.brand_id, w.history_id);
        if (prior.step()) {
            write_target(conn, ctx, w.key, prior.get_int(0), prior.get_int(1), "rollback",
                         std::nullopt, fmt::format("rollback of batch {}", batch_id));
        } else {
            db::Statement del(conn,
                              "DELETE FROM targets WHERE period = ? AND account_id = ? AND "
                              "brand_id = ?");
            del.bind_all(w.key.period, w.key.account_id, w.key.brand_id);
            del.exec();
        }
    }
}

}  // namespace uplift
