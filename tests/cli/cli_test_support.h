#pragma once
// Helpers shared by the CLI tests: temporary directories, running commands in-process, and a
// text picture of a database's whole content to prove a refused command changed nothing.
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cli_app.h"
#include "db/connection.h"
#include "db/statement.h"

namespace uplift::cli_test {

namespace fs = std::filesystem;

// A fresh directory under the system temp directory, removed with everything in it.
class TempDir {
  public:
    explicit TempDir(std::string_view tag) {
        static std::atomic<int> counter{0};
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = fs::temp_directory_path() /
                fmt::format("uplift-{}-{}-{}-{}", tag, ::getpid(), counter++, stamp);
        fs::create_directories(path_);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }
    fs::path operator/(std::string_view name) const { return path_ / name; }

  private:
    fs::path path_;
};

inline std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + p.string());
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const fs::path& p, std::string_view bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + p.string());
    }
}

// The directory of the corpus files committed with the tests.
inline fs::path corpus_dir() {
    return fs::path(UPLIFT_TEST_DATA_DIR) / "corpus";
}

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

// Runs one uplift-cli command line in-process with captured streams.
inline CliRun run_in_process(const std::vector<std::string>& args,
                             const cli::Environment& env = {}) {
    std::ostringstream out;
    std::ostringstream err;
    CliRun r;
    r.code = cli::run_cli(args, out, err, env);
    r.out = out.str();
    r.err = err.str();
    return r;
}

// Every table's rows (type-tagged, sorted), the schema, user_version and application_id, as
// text: two databases with the same content give the same text. Tables in `skip` are left out.
inline std::string db_snapshot(const fs::path& file, const std::set<std::string>& skip = {}) {
    db::Connection conn = db::Connection::open(file, db::OpenMode::ReadWrite);
    std::string out = fmt::format("user_version {}\napplication_id {}\n", conn.user_version(),
                                  conn.application_id());
    std::vector<std::string> tables;
    {
        db::Statement s(conn,
                        "SELECT type, name, ifnull(sql, '') FROM sqlite_schema "
                        "ORDER BY type, name");
        while (s.step()) {
            out += fmt::format("schema {} {}: {}\n", s.get_text(0), s.get_text(1), s.get_text(2));
            if (s.get_text(0) == "table" && !skip.contains(s.get_text(1))) {
                tables.push_back(s.get_text(1));
            }
        }
    }
    for (const auto& t : tables) {
        db::Statement s(conn, fmt::format("SELECT * FROM \"{}\"", t));
        std::vector<std::string> rows;
        while (s.step()) {
            std::string row;
            for (int i = 0; i < s.column_count(); ++i) {
                row += i == 0 ? "" : " | ";
                switch (s.column_type(i)) {
                    case SQLITE_NULL:
                        row += "NULL";
                        break;
                    case SQLITE_INTEGER:
                        row += fmt::format("i:{}", s.get_int(i));
                        break;
                    case SQLITE_FLOAT:
                        row += fmt::format("f:{:.17g}", s.get_double(i));
                        break;
                    case SQLITE_BLOB:
                        row += fmt::format("b:{}", s.get_text(i).size());
                        [[fallthrough]];
                    default:
                        row += fmt::format("t:'{}'", s.get_text(i));
                        break;
                }
            }
            rows.push_back(std::move(row));
        }
        std::sort(rows.begin(), rows.end());
        out += fmt::format("table {} ({} rows)\n", t, rows.size());
        for (const auto& r : rows) {
            out += "  " + r + "\n";
        }
    }
    return out;
}

// An Uplift file in its own directory whose commands run in-process on one business day:
// `ok` expects success, `refused` a refusal (exit code, message) that left the file unchanged.
class CliFile {
  public:
    CliFile(std::string_view tag, std::string today)
        : dir(tag), db((dir / "file.uplift").string()), today_(std::move(today)) {}

    TempDir dir;
    const std::string db;

    CliRun run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db, "--today", today_});
        return run_in_process(args);
    }
    std::string ok(const std::vector<std::string>& args) const {
        const CliRun r = run(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
        return r.out;
    }
    void refused(const std::vector<std::string>& args, const std::string& phrase,
                 int code = 1) const {
        const std::string before = db_snapshot(db);
        const CliRun r = run(args);
        CHECK(r.code == code);
        CHECK_THAT(r.err, Catch::Contains(phrase));
        CHECK(db_snapshot(db) == before);
    }

  private:
    std::string today_;
};

// The first line where two snapshots differ, for a readable failure message.
inline std::string first_difference(const std::string& a, const std::string& b) {
    std::istringstream sa(a);
    std::istringstream sb(b);
    std::string la;
    std::string lb;
    int n = 0;
    while (true) {
        const bool ga = static_cast<bool>(std::getline(sa, la));
        const bool gb = static_cast<bool>(std::getline(sb, lb));
        ++n;
        if (!ga && !gb) {
            return "no difference";
        }
        if (!ga || !gb || la != lb) {
            return fmt::format("snapshot line {}:\n  before: {}\n  after:  {}", n,
                               ga ? la : "<end>", gb ? lb : "<end>");
        }
    }
}

// The first text value of a one-row query, or "<no row>" / "NULL".
inline std::string query_text(const fs::path& file, std::string_view sql) {
    db::Connection conn = db::Connection::open(file, db::OpenMode::ReadWrite);
    db::Statement s(conn, sql);
    if (!s.step()) {
        return "<no row>";
    }
    return s.is_null(0) ? "NULL" : s.get_text(0);
}

}  // namespace uplift::cli_test
