#pragma once
// A small argument parser for uplift-cli: global options anywhere on the line, then a
// subcommand with its own options and positionals. Misuse throws UsageError (exit code 2).
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace uplift::cli {

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;  // "--scale"
    bool takes_value;  // false: a flag
    std::string help;  // "S  size factor (default 0.05)"
};

struct ParsedArgs {
    std::vector<std::string> positionals;
    std::map<std::string, std::string> values;  // option -> value ("" for flags); the last
    std::map<std::string, std::vector<std::string>> repeated;  // option -> every value given
    bool has(const std::string& opt) const { return values.contains(opt); }
    std::optional<std::string> get(const std::string& opt) const;
    // Every value of an option that may be given more than once ("--lock A --lock B").
    std::vector<std::string> get_all(const std::string& opt) const;
};

// Parses `args` (after the subcommand) against `specs`. "--opt=value" and "--opt value" both
// work; unknown options and missing values throw UsageError.
ParsedArgs parse_options(const std::vector<std::string>& args,
                         const std::vector<OptionSpec>& specs);

}  // namespace uplift::cli
