#pragma once
// `report post-event PROMO_ID`, called by `report` (cmd_report.cpp).
#include <string>

namespace uplift::cli {

class CommandContext;

int post_event_report(CommandContext& c, const std::string& format);

}  // namespace uplift::cli
