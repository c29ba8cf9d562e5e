// libFuzzer target: parse_decimal must never crash, and what it accepts must be consistent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "money/decimal_parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto mark : {uplift::DecimalMark::Point, uplift::DecimalMark::Comma,
                            uplift::DecimalMark::Auto}) {
        for (const int decimals : {0, 2, 4}) {
            const auto r = uplift::parse_decimal(text, decimals, mark);
            if (r.ok() && text.find_first_of("0123456789") == std::string_view::npos) {
                std::abort();  // accepted a number without digits
            }
            // A whole number reads the same at any precision: v with 0 decimals is v * 10^d.
            if (r.ok() && decimals > 0) {
                const auto whole = uplift::parse_decimal(text, 0, mark);
                std::int64_t scale = 1;
                for (int i = 0; i < decimals; ++i) {
                    scale *= 10;
                }
                if (whole.ok() && whole.scaled * scale != r.scaled) {
                    std::abort();
                }
            }
        }
    }
    return 0;
}
