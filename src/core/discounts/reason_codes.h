#pragma once
// One catalogue of reason codes for discounts, returns and write-offs (SPEC §5). Seeded with
// LISTING, DISPLAY, FEATURE, TPR, VOLUME, COMPETITIVE, DAMAGED, EXPIRED, PRICING_ERROR, OTHER;
// Admin may add more.
#include <string>
#include <string_view>
#include <vector>

#include "security/action_context.h"

namespace uplift {

struct ReasonCode {
    std::string code;
    std::string description;
    bool active = true;
};

std::vector<ReasonCode> list_reason_codes(db::Connection& conn);  // ordered by code

// The code as stored (trimmed, upper case) when it names an active reason code; otherwise
// UserError naming `what` and listing the codes.
std::string require_reason_code(db::Connection& conn, std::string_view code,
                                std::string_view what = "reason code");

// Adds a code (upper case letters, digits and _, at most 32; the input is trimmed and upper
// cased) and returns it as stored. Own transaction, audited; needs masterdata.edit.
std::string add_reason_code(db::Connection& conn, const ActionContext& ctx, std::string_view code,
                            const std::string& description);

}  // namespace uplift
