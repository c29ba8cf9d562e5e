#include "targets/forecast_accuracy.h"

namespace uplift {

namespace {

// 100 × part / whole > limit, in integers: part × 100 > limit × whole.
bool above_pct(Wide part, std::int64_t actual_units, std::int64_t limit_pct) {
    const Wide whole = Exact::whole(actual_units).num;
    return part * 100 > static_cast<Wide>(limit_pct) * whole;
}

}  // namespace

AccuracyAlert accuracy_alert(const TargetFigures& f, const AccuracyLimits& limits) {
    AccuracyAlert a;
    if (f.actual_units <= 0) {
        return a;
    }
    a.wape = above_pct(f.abs_error.num, f.actual_units, limits.wape_pct);
    const Wide error = f.error.num < 0 ? -f.error.num : f.error.num;
    a.bias = above_pct(error, f.actual_units, limits.bias_pct);
    return a;
}

}  // namespace uplift
