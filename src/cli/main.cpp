// uplift-cli: the command line over uplift_core. All the work is in run_cli.
#include <cstdlib>
#include <iostream>

#include "cli_app.h"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    uplift::cli::Environment env;
    if (const char* db = std::getenv("UPLIFT_DB")) {
        env.db = db;
    }
    if (const char* today = std::getenv("UPLIFT_TODAY")) {
        env.today = today;
    }
    const int code = uplift::cli::run_cli(args, std::cout, std::cerr, env);
    std::cout.flush();
    return code;
}
