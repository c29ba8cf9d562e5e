#include "sync/row_copy.h"

#include <fmt/format.h>

#include <string>

#include "errors.h"

namespace uplift::sync_detail {

std::int64_t copy_rows(db::Connection& from, db::Connection& to, std::string_view table,
                       std::string_view select_sql,
                       const std::function<void(db::Statement&)>& bind) {
    db::Statement src(from, select_sql);
    if (bind) {
        bind(src);
    }
    std::string columns;
    std::string marks;
    for (int i = 0; i < src.column_count(); ++i) {
        columns += fmt::format("{}\"{}\"", i == 0 ? "" : ", ", src.column_name(i));
        marks += i == 0 ? "?" : ", ?";
    }
    // Table and column names come from our own schema and queries, never from users.
    db::Statement dst(to, fmt::format("INSERT INTO \"{}\"({}) VALUES({})", table, columns, marks));
    std::int64_t n = 0;
    while (src.step()) {
        for (int i = 0; i < src.column_count(); ++i) {
            const int rc =
                sqlite3_bind_value(dst.handle(), i + 1, sqlite3_column_value(src.handle(), i));
            to.check(rc, fmt::format("copy {}", table));
        }
        dst.exec();
        ++n;
    }
    return n;
}

}  // namespace uplift::sync_detail
