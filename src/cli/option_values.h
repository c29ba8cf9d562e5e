#pragma once
// Option values several commands read the same way: comma lists and dates.
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"

namespace uplift::cli {

class CommandContext;

// "A,B,,C" -> {"A", "B", "C"}.
std::vector<std::string> split_list(const std::string& text);
// The date of an option, nullopt when absent; UsageError when it is not YYYY-MM-DD.
std::optional<Date> date_option(const CommandContext& c, const char* name);
// The same, UsageError when absent.
Date required_date(const CommandContext& c, const char* name);

}  // namespace uplift::cli
