// The reference for the actuals import benchmark: the least a program must do to get an
// actuals file into SQLite and make it queryable by (account, sku, week). One prepared INSERT
// in one transaction (WAL, synchronous=NORMAL, as Uplift opens its files) into a plain table
// with the file's columns, then CREATE INDEX. No validation, no batch, no summaries, no
// quoting: it assumes the well-formed comma-separated file the demo writes.
//
//   minimal_loader ACTUALS.csv OUT.sqlite
//
// Prints "load_s=<seconds> index_s=<seconds> rows=<n>" on stdout.
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "minimal_loader: %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

void exec(sqlite3* db, const char* sql) {
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

// "12.34" -> 1234; the demo's amounts always carry two decimals.
std::int64_t cents(const char* s, const char* end) {
    std::int64_t v = 0;
    bool negative = false;
    if (s < end && *s == '-') {
        negative = true;
        ++s;
    }
    int decimals = -1;
    for (; s < end; ++s) {
        if (*s == '.') {
            decimals = 0;
            continue;
        }
        v = v * 10 + (*s - '0');
        if (decimals >= 0) {
            ++decimals;
        }
    }
    for (; decimals < 2; ++decimals) {
        v *= 10;
    }
    return negative ? -v : v;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: minimal_loader ACTUALS.csv OUT.sqlite\n");
        return 2;
    }
    std::FILE* in = std::fopen(argv[1], "rb");
    if (in == nullptr) {
        std::perror(argv[1]);
        return 1;
    }
    sqlite3* db = nullptr;
    check(sqlite3_open(argv[2], &db), db, "open");
    exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    exec(db,
         "CREATE TABLE actuals_plain(week TEXT NOT NULL, account TEXT NOT NULL, sku TEXT NOT "
         "NULL, units INTEGER NOT NULL, gross_amount INTEGER NOT NULL, discount_amount INTEGER)");

    const auto t0 = std::chrono::steady_clock::now();
    exec(db, "BEGIN");
    sqlite3_stmt* ins = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO actuals_plain VALUES(?, ?, ?, ?, ?, ?)", -1, &ins,
                             nullptr),
          db, "prepare");
    std::vector<char> line(1 << 16);
    std::int64_t rows = 0;
    bool header = true;
    while (std::fgets(line.data(), static_cast<int>(line.size()), in) != nullptr) {
        if (header) {
            header = false;
            continue;
        }
        // Split week,account,sku,units,gross_amount,discount_amount in place.
        const char* f[6] = {};
        const char* e[6] = {};
        char* p = line.data();
        int n = 0;
        f[0] = p;
        for (; *p != '\0' && *p != '\n' && *p != '\r'; ++p) {
            if (*p == ',' && n < 5) {
                e[n] = p;
                f[++n] = p + 1;
            }
        }
        e[n] = p;
        if (n < 4) {
            continue;
        }
        sqlite3_bind_text(ins, 1, f[0], static_cast<int>(e[0] - f[0]), SQLITE_STATIC);
        sqlite3_bind_text(ins, 2, f[1], static_cast<int>(e[1] - f[1]), SQLITE_STATIC);
        sqlite3_bind_text(ins, 3, f[2], static_cast<int>(e[2] - f[2]), SQLITE_STATIC);
        sqlite3_bind_int64(ins, 4, std::strtoll(f[3], nullptr, 10));
        sqlite3_bind_int64(ins, 5, cents(f[4], e[4]));
        if (n >= 5 && e[5] > f[5]) {
            sqlite3_bind_int64(ins, 6, cents(f[5], e[5]));
        } else {
            sqlite3_bind_null(ins, 6);
        }
        check(sqlite3_step(ins), db, "insert");
        sqlite3_reset(ins);
        ++rows;
    }
    sqlite3_finalize(ins);
    exec(db, "COMMIT");
    const double load_s = seconds_since(t0);

    const auto t1 = std::chrono::steady_clock::now();
    exec(db, "CREATE INDEX actuals_plain_key ON actuals_plain(account, sku, week)");
    const double index_s = seconds_since(t1);
    std::fclose(in);
    sqlite3_close(db);
    std::printf("load_s=%.3f index_s=%.3f rows=%lld\n", load_s, index_s,
                static_cast<long long>(rows));
    return 0;
}
