#include "analytics/adhoc_query_guard.h"

#include <fmt/format.h>

#include <array>
#include <cstring>

#include "analytics/sql_tokens.h"
#include "errors.h"

namespace uplift {

namespace {

bool adhoc_reserved_name(const SqlToken& t) {
    return t.is_name() && ascii_lower(t.text).starts_with("v_");
}

// "name AS (", "name AS [NOT] MATERIALIZED (" or "name (": where WITH and WINDOW define names.
bool adhoc_defines_name(const std::vector<SqlToken>& tokens, std::size_t i) {
    std::size_t j = i + 1;
    if (j < tokens.size() && tokens[j].is_punct('(')) {
        return true;
    }
    if (j >= tokens.size() || !tokens[j].is_keyword("as")) {
        return false;
    }
    ++j;
    if (j < tokens.size() && tokens[j].is_keyword("not")) {
        ++j;
    }
    if (j < tokens.size() && tokens[j].is_keyword("materialized")) {
        ++j;
    }
    return j < tokens.size() && tokens[j].is_punct('(');
}

// Functions that reach outside the query: files, extensions, raw pointers (fts3_tokenizer's
// two-argument form installs one), and the r-tree and full-text helpers that decode blobs.
bool adhoc_denied_function(const char* name) {
    if (name == nullptr) {
        return true;
    }
    const std::string n = ascii_lower(name);
    static constexpr std::array<const char*, 6> denied{
        "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "fts5"};
    for (const char* d : denied) {
        if (n == d) {
            return true;
        }
    }
    return n.starts_with("rtree") || n.starts_with("fts") || n.starts_with("sqlite_dbpage");
}

const char* adhoc_write_word(int action) {
    switch (action) {
        case SQLITE_INSERT:
            return "INSERT into";
        case SQLITE_UPDATE:
            return "UPDATE of";
        case SQLITE_DELETE:
            return "DELETE from";
        case SQLITE_ALTER_TABLE:
            return "ALTER of";
        case SQLITE_REINDEX:
            return "REINDEX of";
        case SQLITE_ANALYZE:
            return "ANALYZE of";
        case SQLITE_DROP_INDEX:
        case SQLITE_DROP_TABLE:
        case SQLITE_DROP_TEMP_INDEX:
        case SQLITE_DROP_TEMP_TABLE:
        case SQLITE_DROP_TEMP_TRIGGER:
        case SQLITE_DROP_TEMP_VIEW:
        case SQLITE_DROP_TRIGGER:
        case SQLITE_DROP_VIEW:
        case SQLITE_DROP_VTABLE:
            return "DROP of";
        default:
            return "CREATE of";
    }
}

int adhoc_authorize(void* user, int action, const char* a3, const char* a4, const char* /*db*/,
                    const char* inner) {
    auto& guard = *static_cast<AdhocGuard*>(user);
    const auto deny = [&](std::string why) {
        if (guard.refusal.empty()) {
            guard.refusal = std::move(why);
        }
        return SQLITE_DENY;
    };
    const std::string table = a3 != nullptr ? a3 : "";
    switch (action) {
        case SQLITE_SELECT:
        case SQLITE_RECURSIVE:
            return SQLITE_OK;
        case SQLITE_FUNCTION:
            // SQLite passes the function's name in the fourth argument (the third is NULL).
            if (adhoc_denied_function(a4)) {
                return deny(fmt::format("the function {} is not allowed", a4 ? a4 : "?"));
            }
            return SQLITE_OK;
        case SQLITE_READ: {
            // A column of a reporting view, or a table read inside one. `inner` is the view's
            // name (or a WITH table's: check_adhoc_text refuses WITH names v_...).
            if (guard.views.contains(table)) {
                return SQLITE_OK;
            }
            if (inner != nullptr && guard.views.contains(inner)) {
                guard.read_through_views.insert(table);
                return SQLITE_OK;
            }
            // No column read (count(*), a cross join): of a WITH table or subquery, or of a
            // table a view of the statement reads (SQLite reports a flattened view's count(*)
            // so). A stored table's row count alone is not given away.
            if (a4 != nullptr && a4[0] == '\0' &&
                (!guard.tables.contains(ascii_lower(table)) ||
                 guard.read_through_views.contains(table))) {
                return SQLITE_OK;
            }
            return deny(fmt::format(
                "only SELECT over the reporting views (v_*) is allowed, not a read of {}; see "
                "docs/reporting-views.md",
                table));
        }
        case SQLITE_PRAGMA:
            return deny(fmt::format("PRAGMA {} is not allowed", table));
        case SQLITE_ATTACH:
            return deny("ATTACH (and VACUUM INTO) is not allowed");
        case SQLITE_DETACH:
            return deny("DETACH is not allowed");
        case SQLITE_TRANSACTION:
        case SQLITE_SAVEPOINT:
            return deny("transactions are not allowed");
        case SQLITE_UPDATE:
            // SQLite declares a table-valued function or virtual table (pragma_*, dbstat,
            // json_each) by writing its schema row; the query asked for a virtual table.
            if (table == "sqlite_master" || table == "sqlite_temp_master") {
                return deny(
                    "only SELECT over the reporting views (v_*) is allowed, not a virtual "
                    "table or table-valued function; see docs/reporting-views.md");
            }
            return deny(fmt::format("only reading is allowed, not an UPDATE of {}", table));
        default:
            return deny(fmt::format("only reading is allowed, not a {} {}",
                                    adhoc_write_word(action), table));
    }
}

}  // namespace

void check_adhoc_text(std::string_view sql) {
    if (sql.find('\0') != std::string_view::npos) {
        throw UserError("query refused: the text holds a NUL character");
    }
    const std::vector<SqlToken> tokens = sql_tokens(sql);
    if (tokens.empty()) {
        throw UserError("query refused: the text holds no statement");
    }
    const SqlToken& first = tokens.front();
    if (!first.is_keyword("select") && !first.is_keyword("with") && !first.is_keyword("values")) {
        throw UserError(fmt::format(
            "query refused: only SELECT is allowed, not {}",
            first.kind == SqlToken::Kind::Word ? first.text : "text beginning with " + first.text));
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (adhoc_reserved_name(tokens[i]) && adhoc_defines_name(tokens, i)) {
            throw UserError(fmt::format(
                "query refused: a WITH table (or window) may not be named {}: names beginning "
                "with v_ are the reporting views'; choose another name",
                tokens[i].text));
        }
    }
}

void install_adhoc_guard(sqlite3* db, AdhocGuard& guard) {
    sqlite3_set_authorizer(db, adhoc_authorize, &guard);
}

}  // namespace uplift
