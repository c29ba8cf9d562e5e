#pragma once
// Row-level storage of accounts, channels and regions, shared by the editor and the importer.
// No rights checks and no transactions here: callers hold both.
#include <cstdint>
#include <optional>
#include <string>

namespace uplift {
namespace db {
class Connection;
}

struct AccountRecord {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::int64_t channel_id = 0;
    std::int64_t region_id = 0;
    std::optional<std::int64_t> parent_id;
    std::optional<std::int64_t> rep_id;
    bool operator==(const AccountRecord&) const = default;
};

AccountRecord load_account_record(db::Connection& conn, std::int64_t id);
std::optional<std::int64_t> find_account_id(db::Connection& conn, const std::string& code);
std::int64_t insert_account_record(db::Connection& conn, const AccountRecord& r);
void store_account_record(db::Connection& conn, const AccountRecord& r);
std::string account_record_json(const AccountRecord& r);
AccountRecord account_record_from_json(const std::string& json);

// Looks a name up in channels or regions; creates it when new (`*created` set to true).
std::int64_t ensure_lookup(db::Connection& conn, const char* table, const std::string& name,
                           bool* created);

// True when making `parent_id` the parent of `account_id` would close a loop.
bool parent_would_cycle(db::Connection& conn, std::int64_t account_id, std::int64_t parent_id);

}  // namespace uplift
