#pragma once
// printf() and format() for ad-hoc queries. SQLite's own (3.40) repeats a %c once per unit of
// its precision even after the result passed the length limit: printf('%.*c', 2000000000,
// 'x') runs for seconds inside one step, where neither the progress handler nor an interrupt
// can stop it. These check every width and precision first, then let SQLite's printf on a
// private in-memory connection do the formatting, so results are exactly SQLite's.
#include <sqlite3.h>

#include <map>

namespace uplift {

// Widths and precisions above this are refused (the console's value limit is about as much).
inline constexpr long long kAdhocPrintfMaxWidth = 100'000;

class AdhocPrintf {
  public:
    AdhocPrintf();
    AdhocPrintf(const AdhocPrintf&) = delete;
    AdhocPrintf& operator=(const AdhocPrintf&) = delete;
    ~AdhocPrintf();

    // Registers printf and format on `db` (which must close before this is destroyed).
    void install(sqlite3* db);

    // "SELECT printf(?, ...)" with `argc` parameters on the private connection.
    sqlite3_stmt* statement(int argc);

  private:
    sqlite3* formatter_ = nullptr;
    std::map<int, sqlite3_stmt*> statements_;
};

}  // namespace uplift
