#include "sync/table_diff.h"

#include <fmt/format.h>

#include <memory>

#include "db/connection.h"
#include "errors.h"

namespace uplift::sync_detail {

namespace {

struct SessionDelete {
    void operator()(sqlite3_session* s) const { sqlite3session_delete(s); }
};
struct BufferFree {
    void operator()(void* p) const { sqlite3_free(p); }
};
struct IterFinalize {
    void operator()(sqlite3_changeset_iter* it) const { sqlite3changeset_finalize(it); }
};

SqlValue to_value(sqlite3_value* v) {
    switch (sqlite3_value_type(v)) {
        case SQLITE_INTEGER:
            return static_cast<std::int64_t>(sqlite3_value_int64(v));
        case SQLITE_FLOAT:
            return sqlite3_value_double(v);
        case SQLITE_TEXT:
            return std::string(reinterpret_cast<const char*>(sqlite3_value_text(v)),
                               static_cast<std::size_t>(sqlite3_value_bytes(v)));
        case SQLITE_BLOB: {
            const auto* p = static_cast<const unsigned char*>(sqlite3_value_blob(v));
            return SqlBlob{{p, p + sqlite3_value_bytes(v)}};
        }
        default:
            return std::monostate{};
    }
}

void fail(int rc, const std::string& what, const char* detail = nullptr) {
    if (rc != SQLITE_OK) {
        throw DatabaseError(
            fmt::format("{}: {}", what, detail != nullptr ? detail : sqlite3_errstr(rc)));
    }
}

}  // namespace

std::vector<RowChange> diff_table(db::Connection& conn, const std::string& from_schema,
                                  const std::string& table) {
    sqlite3_session* raw_session = nullptr;
    fail(sqlite3session_create(conn.handle(), "main", &raw_session), "session");
    const std::unique_ptr<sqlite3_session, SessionDelete> session(raw_session);
    fail(sqlite3session_attach(session.get(), table.c_str()), "session " + table);
    char* err = nullptr;
    const int rc = sqlite3session_diff(session.get(), from_schema.c_str(), table.c_str(), &err);
    const std::string detail = err != nullptr ? err : "";
    sqlite3_free(err);
    fail(rc, "diff of " + table, detail.empty() ? nullptr : detail.c_str());

    int size = 0;
    void* raw_buffer = nullptr;
    fail(sqlite3session_changeset(session.get(), &size, &raw_buffer), "changeset of " + table);
    const std::unique_ptr<void, BufferFree> buffer(raw_buffer);

    std::vector<RowChange> out;
    if (size == 0) {
        return out;
    }
    sqlite3_changeset_iter* raw_iter = nullptr;
    fail(sqlite3changeset_start(&raw_iter, size, buffer.get()), "changeset");
    const std::unique_ptr<sqlite3_changeset_iter, IterFinalize> iter(raw_iter);
    int step = SQLITE_ROW;
    while ((step = sqlite3changeset_next(iter.get())) == SQLITE_ROW) {
        const char* name = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        fail(sqlite3changeset_op(iter.get(), &name, &columns, &op, &indirect), "changeset");
        RowChange c;
        c.table = name;
        c.op = op == SQLITE_INSERT   ? ChangeOp::Insert
               : op == SQLITE_UPDATE ? ChangeOp::Update
                                     : ChangeOp::Delete;
        unsigned char* pk = nullptr;
        int pk_columns = 0;
        fail(sqlite3changeset_pk(iter.get(), &pk, &pk_columns), "changeset");
        for (int i = 0; i < columns; ++i) {
            c.primary_key.push_back(pk[i] != 0);
            sqlite3_value* v = nullptr;
            if (c.op != ChangeOp::Insert) {
                fail(sqlite3changeset_old(iter.get(), i, &v), "changeset");
            }
            c.old_values.push_back(v != nullptr ? std::optional(to_value(v)) : std::nullopt);
            v = nullptr;
            if (c.op != ChangeOp::Delete) {
                fail(sqlite3changeset_new(iter.get(), i, &v), "changeset");
            }
            c.new_values.push_back(v != nullptr ? std::optional(to_value(v)) : std::nullopt);
        }
        out.push_back(std::move(c));
    }
    fail(step == SQLITE_DONE ? SQLITE_OK : step, "changeset");
    return out;
}

}  // namespace uplift::sync_detail
