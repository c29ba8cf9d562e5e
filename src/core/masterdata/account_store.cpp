#include "masterdata/account_store.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string_view>

#include "db/connection.h"
#include "db/statement.h"
#include "errors.h"

namespace uplift {

AccountRecord load_account_record(db::Connection& conn, std::int64_t id) {
    db::Statement s(conn,
                    "SELECT id, code, name, channel_id, region_id, parent_id, rep_id "
                    "FROM accounts WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) {
        throw UserError(fmt::format("account #{} does not exist", id));
    }
    return {s.get_int(0), s.get_text(1), s.get_text(2), s.get_int(3),
            s.get_int(4), s.get_opt_int(5), s.get_opt_int(6)};
}

std::optional<std::int64_t> find_account_id(db::Connection& conn, const std::string& code) {
    db::Statement s(conn, "SELECT id FROM accounts WHERE code = ?");
    s.bind(1, code);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.get_int(0);
}

std::int64_t insert_account_record(db::Connection& conn, const AccountRecord& r) {
    db::Statement s(conn,
                    "INSERT INTO accounts(code, name, channel_id, region_id, parent_id, rep_id) "
                    "VALUES(?, ?, ?, ?, ?, ?)");
    s.bind_all(r.code, r.name, r.channel_id, r.region_id, r.parent_id, r.rep_id);
    s.exec();
    return conn.last_insert_id();
}

void store_account_record(db::Connection& conn, const AccountRecord& r) {
    db::Statement s(conn,
                    "UPDATE accounts SET name = ?, channel_id = ?, region_id = ?, parent_id = ?, "
                    "rep_id = ? WHERE id = ?");
    s.bind_all(r.name, r.channel_id, r.region_id, r.parent_id, r.rep_id, r.id);
    s.exec();
}

std::string account_record_json(const AccountRecord& r) {
    nlohmann::json j{{"id", r.id},
                     {"code", r.code},
                     {"name", r.name},
                     {"channel_id", r.channel_id},
                     {"region_id", r.region_id},
                     {"parent_id", nullptr},
                     {"rep_id", nullptr}};
    if (r.parent_id) {
        j["parent_id"] = *r.parent_id;
    }
    if (r.rep_id) {
        j["rep_id"] = *r.rep_id;
    }
    return j.dump();
}

AccountRecord account_record_from_json(const std::string& json) {
    const auto j = nlohmann::json::parse(json);
    AccountRecord r{j.at("id").get<std::int64_t>(),         j.at("code").get<std::string>(),
                    j.at("name").get<std::string>(),        j.at("channel_id").get<std::int64_t>(),
                    j.at("region_id").get<std::int64_t>(), std::nullopt,
                    std::nullopt};
    if (!j.at("parent_id").is_null()) {
        r.parent_id = j.at("parent_id").get<std::int64_t>();
    }
    if (!j.at("rep_id").is_null()) {
        r.rep_id = j.at("rep_id").get<std::int64_t>();
    }
    return r;
}

std::int64_t ensure_lookup(db::Connection& conn, const char* table, const std::string& name,
                           bool* created) {
    const std::string_view t(table);
    if (t != "channels" && t != "regions") {
        throw DatabaseError("ensure_lookup: unknown table");
    }
    db::Statement s(conn, fmt::format("SELECT id FROM {} WHERE name = ?", t));
    s.bind(1, name);
    if (s.step()) {
        return s.get_int(0);
    }
    db::Statement ins(conn, fmt::format("INSERT INTO {}(name) VALUES(?)", t));
    ins.bind(1, name);
    ins.exec();
    if (created != nullptr) {
        *created = true;
    }
    return conn.last_insert_id();
}

bool parent_would_cycle(db::Connection& conn, std::int64_t account_id, std::int64_t parent_id) {
    db::Statement up(conn, "SELECT parent_id FROM accounts WHERE id = ?");
    std::set<std::int64_t> seen;
    std::optional<std::int64_t> cur = parent_id;
    while (cur) {
        if (*cur == account_id || !seen.insert(*cur).second) {
            return true;
        }
        up.reset();
        up.bind(1, *cur);
        cur = up.step() ? up.get_opt_int(0) : std::nullopt;
    }
    return false;
}

}  // namespace uplift
