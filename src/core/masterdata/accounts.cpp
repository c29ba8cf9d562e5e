#include "masterdata/accounts.h"

#include <fmt/format.h>

#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "masterdata/account_store.h"
#include "security/audit.h"
#include "security/users.h"

namespace uplift {

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.code, a.name, ch.name, r.name, ifnull(pa.code, ''), ifnull(u.name, '') "
    "FROM accounts a JOIN channels ch ON ch.id = a.channel_id "
    "JOIN regions r ON r.id = a.region_id "
    "LEFT JOIN accounts pa ON pa.id = a.parent_id LEFT JOIN users u ON u.id = a.rep_id ";

Account read_account(const db::Statement& s) {
    return {s.get_int(0), s.get_text(1), s.get_text(2), s.get_text(3),
            s.get_text(4), s.get_text(5), s.get_text(6)};
}

std::vector<std::string> names(db::Connection& conn, const char* sql) {
    db::Statement s(conn, sql);
    std::vector<std::string> out;
    while (s.step()) {
        out.push_back(s.get_text(0));
    }
    return out;
}

}  // namespace

std::vector<Account> list_accounts(db::Connection& conn) {
    db::Statement s(conn, std::string(kSelect) + "ORDER BY a.code");
    std::vector<Account> out;
    while (s.step()) {
        out.push_back(read_account(s));
    }
    return out;
}

std::optional<Account> find_account(db::Connection& conn, const std::string& code) {
    db::Statement s(conn, std::string(kSelect) + "WHERE a.code = ?");
    s.bind(1, code);
    if (!s.step()) {
        return std::nullopt;
    }
    return read_account(s);
}

std::vector<std::string> list_channels(db::Connection& conn) {
    return names(conn, "SELECT name FROM channels ORDER BY name");
}

std::vector<std::string> list_regions(db::Connection& conn) {
    return names(conn, "SELECT name FROM regions ORDER BY name");
}

std::vector<std::int64_t> account_subtree(db::Connection& conn, std::int64_t account_id) {
    db::Statement s(conn,
                    "WITH RECURSIVE t(id) AS (SELECT ?1 UNION SELECT a.id FROM accounts a "
                    "JOIN t ON a.parent_id = t.id) SELECT id FROM t ORDER BY id");
    s.bind(1, account_id);
    std::vector<std::int64_t> out;
    while (s.step()) {
        out.push_back(s.get_int(0));
    }
    return out;
}

std::int64_t ensure_channel(db::Connection& conn, const std::string& name) {
    return ensure_lookup(conn, "channels", name, nullptr);
}

std::int64_t ensure_region(db::Connection& conn, const std::string& name) {
    return ensure_lookup(conn, "regions", name, nullptr);
}

bool update_account(db::Connection& conn, const ActionContext& ctx, const Account& changed) {
    require_right(conn, ctx, rights::kEditMasterData, "edit master data");
    if (changed.name.empty()) {
        throw UserError(fmt::format("account {}: name must not be empty", changed.code));
    }
    if (changed.channel.empty() || changed.region.empty()) {
        throw UserError(fmt::format("account {}: channel and region must not be empty",
                                    changed.code));
    }
    db::Transaction tx(conn);
    const AccountRecord before = load_account_record(conn, changed.id);
    if (before.code != changed.code) {
        throw UserError(fmt::format("the code of account {} cannot be changed", before.code));
    }
    AccountRecord after = before;
    after.name = changed.name;
    after.channel_id = ensure_channel(conn, changed.channel);
    after.region_id = ensure_region(conn, changed.region);
    after.parent_id.reset();
    if (!changed.parent_code.empty()) {
        const auto parent = find_account_id(conn, changed.parent_code);
        if (!parent) {
            throw UserError(fmt::format("account {}: unknown parent account '{}'", changed.code,
                                        changed.parent_code));
        }
        if (parent_would_cycle(conn, changed.id, *parent)) {
            throw UserError(fmt::format("account {}: parent '{}' would make the hierarchy a loop",
                                        changed.code, changed.parent_code));
        }
        after.parent_id = parent;
    }
    after.rep_id.reset();
    if (!changed.rep.empty()) {
        after.rep_id = ensure_rep_user(conn, ctx, changed.rep);
    }
    if (after == before) {
        return false;
    }
    store_account_record(conn, after);
    write_audit(conn, ctx,
                {"update", "account", before.code, account_record_json(before),
                 account_record_json(after), "", std::nullopt});
    tx.commit();
    return true;
}

}  // namespace uplift
