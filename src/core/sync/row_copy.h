#pragma once
// Copying rows from one Uplift file into another with the same schema, by column name, values
// as they are (types kept). Used to fill a rep file from its main file.
#include <cstdint>
#include <functional>
#include <string_view>

#include "db/statement.h"

namespace uplift::sync_detail {

// Inserts every row `select_sql` returns on `from` into `table` of `to`; the query's column
// names (aliases allowed: "NULL AS kam_id") name the target columns. `bind` binds the query's
// parameters. Returns the number of rows copied.
std::int64_t copy_rows(db::Connection& from, db::Connection& to, std::string_view table,
                       std::string_view select_sql,
                       const std::function<void(db::Statement&)>& bind = {});

}  // namespace uplift::sync_detail
