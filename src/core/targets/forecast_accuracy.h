#pragma once
// When a row of the target report forecasts badly enough to call out (SPEC §6 forecast
// accuracy): WAPE or |bias| strictly above a limit, compared exactly on the core's figures so
// a row shown as "20.00 %" is never flagged for rounding.
#include <cstdint>

#include "targets/sales_plan.h"

namespace uplift {

struct AccuracyLimits {
    std::int64_t wape_pct = 30;  // WAPE above this is flagged
    std::int64_t bias_pct = 20;  // |bias| above this is flagged (over- and under-forecast)
};

struct AccuracyAlert {
    bool wape = false;
    bool bias = false;
    bool any() const { return wape || bias; }
};

// No alert without actual sales: WAPE and bias are undefined then.
AccuracyAlert accuracy_alert(const TargetFigures& f, const AccuracyLimits& limits = {});

}  // namespace uplift
