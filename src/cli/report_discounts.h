#pragma once
// `report discounts` and `report unjustified-discounts`, called by `report` (cmd_report.cpp).
#include <string>

namespace uplift::cli {

class CommandContext;

int discounts_report(CommandContext& c, const std::string& format);
int unjustified_report(CommandContext& c, const std::string& format);

}  // namespace uplift::cli
