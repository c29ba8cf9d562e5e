#include "promotions/baseline.h"

namespace uplift {

Baseline compute_baseline(const std::vector<WeekUnits>& window) {
    Baseline b;
    Wide clean_sum = 0;
    Wide all_sum = 0;
    int clean_n = 0;
    for (const auto& w : window) {
        all_sum += w.units;
        if (!w.promoted) {
            clean_sum += w.units;
            ++clean_n;
        }
    }
    const int all_n = static_cast<int>(window.size());
    // kExactDen is divisible by every count from 1 to 13, so the average stays exact.
    if (clean_n > 0) {
        b.per_week.num = clean_sum * (kExactDen / clean_n);
        b.weeks_used = clean_n;
        b.source = Baseline::Source::Clean;
    } else if (all_n > 0) {
        b.per_week.num = all_sum * (kExactDen / all_n);
        b.weeks_used = all_n;
        b.source = Baseline::Source::AllPromoted;
    }
    return b;
}

}  // namespace uplift
