#include "analytics/adhoc_printf.h"

#include <string>

#include "errors.h"

namespace uplift {

namespace {

// The integer value of argument `i` for a '*' width or precision (0 when missing).
long long adhoc_star_argument(int& next, int argc, sqlite3_value** argv) {
    if (next >= argc) {
        return 0;
    }
    const long long v = sqlite3_value_int64(argv[next++]);
    return v < 0 ? -v : v;
}

// Digits at `p` as a number, saturating above the limit.
long long adhoc_digits(const char*& p) {
    long long n = 0;
    while (*p >= '0' && *p <= '9') {
        n = n > kAdhocPrintfMaxWidth ? n : n * 10 + (*p - '0');
        ++p;
    }
    return n;
}

// True when every width and precision in the format (digits or '*' arguments) is within
// the limit; follows SQLite's printf grammar: %[flags][width][.precision]conversion.
bool adhoc_printf_sizes_ok(const char* format, int argc, sqlite3_value** argv) {
    int next = 1;  // argument 0 is the format
    for (const char* p = format; *p != '\0'; ++p) {
        if (*p != '%') {
            continue;
        }
        ++p;
        while (*p == '-' || *p == '+' || *p == ' ' || *p == '#' || *p == '!' || *p == '0' ||
               *p == ',') {
            ++p;
        }
        long long width = 0;
        if (*p == '*') {
            width = adhoc_star_argument(next, argc, argv);
            ++p;
        } else {
            width = adhoc_digits(p);
        }
        long long precision = 0;
        if (*p == '.') {
            ++p;
            if (*p == '*') {
                precision = adhoc_star_argument(next, argc, argv);
                ++p;
            } else {
                precision = adhoc_digits(p);
            }
        }
        while (*p == 'l') {
            ++p;
        }
        if (width > kAdhocPrintfMaxWidth || precision > kAdhocPrintfMaxWidth) {
            return false;
        }
        if (*p == '\0') {
            break;
        }
        if (*p != '%') {
            ++next;  // the conversion's value
        }
    }
    return true;
}

void adhoc_printf_function(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* format = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (format == nullptr) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (!adhoc_printf_sizes_ok(format, argc, argv)) {
        sqlite3_result_error(ctx, "printf: a width or precision above 100000 is not allowed", -1);
        return;
    }
    auto* self = static_cast<AdhocPrintf*>(sqlite3_user_data(ctx));
    sqlite3_stmt* s = self->statement(argc);
    if (s == nullptr) {
        sqlite3_result_error(ctx, "printf: too many arguments", -1);
        return;
    }
    for (int i = 0; i < argc; ++i) {
        sqlite3_bind_value(s, i + 1, argv[i]);
    }
    if (sqlite3_step(s) == SQLITE_ROW) {
        sqlite3_result_value(ctx, sqlite3_column_value(s, 0));
    } else {
        sqlite3_result_error(ctx, sqlite3_errmsg(sqlite3_db_handle(s)), -1);
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
}

}  // namespace

AdhocPrintf::AdhocPrintf() {
    if (sqlite3_open_v2(":memory:", &formatter_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(formatter_);
        throw DatabaseError("cannot open the formatter for printf");
    }
    sqlite3_limit(formatter_, SQLITE_LIMIT_LENGTH, 200'000);
}

AdhocPrintf::~AdhocPrintf() {
    for (auto& [argc, s] : statements_) {
        sqlite3_finalize(s);
    }
    sqlite3_close(formatter_);
}

sqlite3_stmt* AdhocPrintf::statement(int argc) {
    if (const auto it = statements_.find(argc); it != statements_.end()) {
        return it->second;
    }
    std::string sql = "SELECT printf(?";
    for (int i = 1; i < argc; ++i) {
        sql += ", ?";
    }
    sql += ")";
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(formatter_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return nullptr;
    }
    statements_[argc] = s;
    return s;
}

void AdhocPrintf::install(sqlite3* db) {
    for (const char* name : {"printf", "format"}) {
        sqlite3_create_function_v2(db, name, -1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, this,
                                   adhoc_printf_function, nullptr, nullptr, nullptr);
    }
}

}  // namespace uplift
