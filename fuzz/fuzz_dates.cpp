// libFuzzer target: date and period parsing never crash; accepted dates print back the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "calendar/calendar.h"
#include "errors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto d = uplift::try_parse_date(text)) {
        if (uplift::to_iso(*d) != text) {
            std::abort();
        }
        const auto monday = uplift::week_monday(*d);
        if (monday > *d || (*d - monday).days() > 6) {
            std::abort();
        }
        const auto w = uplift::iso_week(*d);
        if (w.week < 1 || w.week > 53) {
            std::abort();
        }
    }
    try {
        const auto p = uplift::parse_target_period(text);
        if (p.last < p.first) {
            std::abort();
        }
    } catch (const uplift::UserError&) {
    }
    return 0;
}
