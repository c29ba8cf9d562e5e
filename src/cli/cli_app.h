#pragma once
// uplift-cli as a function, so tests can run commands in-process with captured output.
#include <iosfwd>
#include <string>
#include <vector>

namespace uplift::cli {

struct Environment {
    std::string db;     // $UPLIFT_DB
    std::string today;  // $UPLIFT_TODAY
};

// Runs one command line (without the program name). Returns the exit code:
// 0 success, 1 user error or refusal, 2 misuse, 3 merge stopped by conflicts.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const Environment& env);

}  // namespace uplift::cli
