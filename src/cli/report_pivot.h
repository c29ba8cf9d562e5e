#pragma once
// `report pivot` (a pivot over a reporting view, saved layouts) and `report pivots` (the saved
// layouts), called by `report` (cmd_report.cpp).
#include <string>

namespace uplift::cli {

class CommandContext;

int pivot_report(CommandContext& c, const std::string& format);
int pivots_report(CommandContext& c, const std::string& format);

}  // namespace uplift::cli
