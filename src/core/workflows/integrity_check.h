#pragma once
// `uplift-cli check`: SQLite's own checks plus Uplift's invariants.
#include <string>
#include <vector>

namespace uplift {
namespace db {
class Connection;
}

// Every problem found, as one sentence each; empty when the file is sound.
std::vector<std::string> check_integrity(db::Connection& conn);

}  // namespace uplift
