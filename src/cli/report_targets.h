#pragma once
// `report targets`, called by `report` (cmd_report.cpp).
#include <string>

namespace uplift::cli {

class CommandContext;

int targets_report(CommandContext& c, const std::string& format);

}  // namespace uplift::cli
