#pragma once
// An open Uplift file: one SQLite connection with the project's pragmas applied.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace uplift::db {

// Marks a SQLite file as an Uplift file ("UPLF").
inline constexpr std::int32_t kApplicationId = 0x55504C46;

enum class OpenMode { ReadWrite, Create, ReadOnly };

class Connection {
  public:
    // Opens (or creates) the file and applies foreign_keys, WAL, synchronous=NORMAL and
    // busy_timeout. A file that is not an Uplift file (foreign application_id) is refused.
    static Connection open(const std::filesystem::path& path, OpenMode mode);
    static Connection open_memory();

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    sqlite3* handle() const { return db_; }
    const std::filesystem::path& path() const { return path_; }
    bool read_only() const { return read_only_; }

    // Runs SQL that may hold several statements (migrations, pragmas). Never with user values.
    void exec_script(std::string_view sql);
    std::int64_t last_insert_id() const;
    int changes() const;

    std::int32_t user_version();
    void set_user_version(std::int32_t v);
    std::int32_t application_id();

    // Throws DatabaseError with the connection's message when rc is an error.
    void check(int rc, std::string_view what) const;

    // Set while a Transaction with Nesting::Compose is open (see db/transaction.h).
    bool composing() const { return composing_; }
    void set_composing(bool on) { composing_ = on; }

  private:
    Connection(sqlite3* db, std::filesystem::path path, bool read_only);
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
    bool read_only_ = false;
    bool composing_ = false;
};

}  // namespace uplift::db
