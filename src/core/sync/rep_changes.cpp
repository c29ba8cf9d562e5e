#include "sync/rep_changes.h"

#include <fmt/format.h>

#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"

namespace uplift::sync_detail {

namespace {

// The untouched export-time copy, as a table declared like `targets` (same columns and primary
// key, which is what the session extension compares) in the connection's temp schema.
constexpr const char* kExportCopy =
    "CREATE TEMP TABLE targets (period TEXT NOT NULL, account_id INTEGER NOT NULL, "
    "brand_id INTEGER NOT NULL, units INTEGER NOT NULL, value INTEGER NOT NULL, "
    "PRIMARY KEY (period, account_id, brand_id)) STRICT;"
    "INSERT INTO temp.targets SELECT period, account_id, brand_id, units, value "
    "FROM main.rep_export_targets;";

constexpr int kColumns = 5;  // period, account_id, brand_id, units, value

void check_integrity(db::Connection& conn, const std::filesystem::path& path) {
    db::Statement s(conn, "PRAGMA integrity_check");
    std::string problems;
    while (s.step()) {
        const std::string line = s.get_text(0);
        if (line != "ok") {
            problems += (problems.empty() ? "" : "; ") + line;
        }
    }
    if (!problems.empty()) {
        throw UserError(
            fmt::format("{}: the rep file is damaged (integrity check: {}); nothing "
                        "was merged",
                        path.string(), problems.substr(0, 300)));
    }
}

[[noreturn]] void bad_value(const std::filesystem::path& path, const char* field) {
    throw UserError(
        fmt::format("{}: a target in the rep file has a malformed {}; nothing was "
                    "merged",
                    path.string(), field));
}

std::int64_t int_of(const std::optional<SqlValue>& v, const std::filesystem::path& path,
                    const char* field) {
    if (!v || !std::holds_alternative<std::int64_t>(*v)) {
        bad_value(path, field);
    }
    return std::get<std::int64_t>(*v);
}

// A column's value after the change: the new value, or for an UPDATE's unchanged column the
// one the rep row holds (`current`).
std::optional<SqlValue> after(const RowChange& c, int i, const std::optional<SqlValue>& current) {
    return c.new_values[static_cast<std::size_t>(i)] ? c.new_values[static_cast<std::size_t>(i)]
                                                     : current;
}
std::optional<SqlValue> before(const RowChange& c, int i, const std::optional<SqlValue>& current) {
    return c.old_values[static_cast<std::size_t>(i)] ? c.old_values[static_cast<std::size_t>(i)]
                                                     : current;
}

RepTargetChange decode(db::Connection& conn, const RowChange& c,
                       const std::filesystem::path& path) {
    if (c.table != "targets" || c.old_values.size() != kColumns) {
        throw UserError(fmt::format("{}: unexpected change to table '{}'; nothing was merged",
                                    path.string(), c.table));
    }
    const auto& key = c.op == ChangeOp::Insert ? c.new_values : c.old_values;
    RepTargetChange out;
    out.op = c.op;
    if (!key[0] || !std::holds_alternative<std::string>(*key[0])) {
        bad_value(path, "period");
    }
    out.key.period = std::get<std::string>(*key[0]);
    out.key.account_id = int_of(key[1], path, "account_id");
    out.key.brand_id = int_of(key[2], path, "brand_id");
    // An UPDATE leaves unchanged columns undefined: they hold the rep row's value.
    std::optional<SqlValue> units;
    std::optional<SqlValue> value;
    if (c.op == ChangeOp::Update) {
        db::Statement s(conn,
                        "SELECT units, value FROM main.targets WHERE period = ? AND "
                        "account_id = ? AND brand_id = ?");
        s.bind_all(out.key.period, out.key.account_id, out.key.brand_id);
        if (s.step()) {
            units = s.get_int(0);
            value = s.get_int(1);
        }
    }
    if (c.op != ChangeOp::Insert) {
        out.at_export = TargetValues{int_of(before(c, 3, units), path, "units"),
                                     int_of(before(c, 4, value), path, "value")};
    }
    if (c.op != ChangeOp::Delete) {
        out.rep = TargetValues{int_of(after(c, 3, units), path, "units"),
                               int_of(after(c, 4, value), path, "value")};
    }
    return out;
}

// A read-only connection to a file in WAL mode creates its -wal and -shm files but may not
// remove them when it closes. Removes them again when they were not there before and the log
// is empty, so a merge leaves the rep file's folder as it found it.
class SideFiles {
  public:
    explicit SideFiles(const std::filesystem::path& path)
        : wal_(path.string() + "-wal"), shm_(path.string() + "-shm") {
        existed_ = std::filesystem::exists(wal_) || std::filesystem::exists(shm_);
    }
    SideFiles(const SideFiles&) = delete;
    SideFiles& operator=(const SideFiles&) = delete;
    ~SideFiles() {
        std::error_code ec;
        if (existed_ || std::filesystem::file_size(wal_, ec) != 0 || ec) {
            return;
        }
        std::filesystem::remove(wal_, ec);
        std::filesystem::remove(shm_, ec);
    }

  private:
    std::filesystem::path wal_;
    std::filesystem::path shm_;
    bool existed_ = false;
};

}  // namespace

RepFileChanges read_rep_changes(const std::filesystem::path& path) {
    const SideFiles side_files(path);  // destroyed after the connection below is closed
    try {
        db::Connection conn = db::open_file_read_only(path);
        check_integrity(conn, path);
        const auto info = rep_file_info(conn);
        if (!info) {
            throw UserError(
                fmt::format("{}: not a rep file (it names no export); nothing was "
                            "merged",
                            path.string()));
        }
        RepFileChanges out;
        out.info = *info;
        conn.exec_script(kExportCopy);
        for (const RowChange& c : diff_table(conn, "temp", "targets")) {
            out.changes.push_back(decode(conn, c, path));
        }
        return out;
    } catch (const DatabaseError& e) {
        throw UserError(fmt::format("{}: cannot read the rep file ({}); nothing was merged",
                                    path.string(), e.what()));
    }
}

}  // namespace uplift::sync_detail
