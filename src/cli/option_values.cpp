#include "option_values.h"

#include <fmt/format.h>

#include <sstream>

#include "command.h"

namespace uplift::cli {

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        if (!item.empty()) {
            out.push_back(item);
        }
    }
    return out;
}

std::optional<Date> date_option(const CommandContext& c, const char* name) {
    const auto v = c.args.get(name);
    if (!v) {
        return std::nullopt;
    }
    if (auto d = try_parse_date(*v)) {
        return d;
    }
    throw UsageError(fmt::format("{}: '{}' is not a date (YYYY-MM-DD)", name, *v));
}

Date required_date(const CommandContext& c, const char* name) {
    if (!c.args.has(name)) {
        throw UsageError(fmt::format("{} is required", name));
    }
    return *date_option(c, name);
}

}  // namespace uplift::cli
