#pragma once
// What changed in a table since a reference copy of it, through the SQLite session extension:
// sqlite3session_diff yields a changeset (not a patchset, so old values are there to detect
// conflicts), decoded here into plain rows.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace uplift {
namespace db {
class Connection;
}

namespace sync_detail {

struct SqlBlob {
    std::vector<unsigned char> bytes;
    bool operator==(const SqlBlob&) const = default;
};
// std::monostate is SQL NULL.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string, SqlBlob>;

enum class ChangeOp { Insert, Update, Delete };

struct RowChange {
    std::string table;
    ChangeOp op = ChangeOp::Insert;
    std::vector<bool> primary_key;  // per column: part of the primary key
    // Per column; nullopt where a changeset leaves the value undefined: an UPDATE's unchanged
    // columns, the old values of an INSERT, the new values of a DELETE.
    std::vector<std::optional<SqlValue>> old_values;
    std::vector<std::optional<SqlValue>> new_values;
};

// The changes that turn `table` of the schema `from_schema` into `table` of "main" on `conn`
// (old values are from_schema's), in changeset order. Both tables need the same columns and
// primary key. Throws DatabaseError with SQLite's message.
std::vector<RowChange> diff_table(db::Connection& conn, const std::string& from_schema,
                                  const std::string& table);

}  // namespace sync_detail
}  // namespace uplift
