#include "args.h"

#include <fmt/format.h>

namespace uplift::cli {

std::optional<std::string> ParsedArgs::get(const std::string& opt) const {
    const auto it = values.find(opt);
    if (it == values.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::vector<std::string> ParsedArgs::get_all(const std::string& opt) const {
    const auto it = repeated.find(opt);
    return it == repeated.end() ? std::vector<std::string>{} : it->second;
}

ParsedArgs parse_options(const std::vector<std::string>& args,
                         const std::vector<OptionSpec>& specs) {
    ParsedArgs out;
    bool only_positionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_positionals || a.size() < 2 || a[0] != '-' || a == "-") {
            out.positionals.push_back(a);
            continue;
        }
        if (a == "--") {
            only_positionals = true;
            continue;
        }
        std::string name = a;
        std::optional<std::string> inline_value;
        if (const auto eq = a.find('='); eq != std::string::npos && a.starts_with("--")) {
            name = a.substr(0, eq);
            inline_value = a.substr(eq + 1);
        }
        const OptionSpec* spec = nullptr;
        for (const auto& s : specs) {
            if (s.name == name) {
                spec = &s;
            }
        }
        if (spec == nullptr) {
            throw UsageError(fmt::format("unknown option '{}'", name));
        }
        if (!spec->takes_value) {
            if (inline_value) {
                throw UsageError(fmt::format("option '{}' takes no value", name));
            }
            out.values[name] = "";
            continue;
        }
        if (inline_value) {
            out.values[name] = *inline_value;
        } else if (i + 1 < args.size()) {
            out.values[name] = args[++i];
        } else {
            throw UsageError(fmt::format("option '{}' needs a value", name));
        }
        out.repeated[name].push_back(out.values[name]);
    }
    return out;
}

}  // namespace uplift::cli
