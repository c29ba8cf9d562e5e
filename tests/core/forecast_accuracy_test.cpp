// Forecast-accuracy alerts (SPEC §6): WAPE or |bias| strictly above the limits, exactly, and
// none without actual sales.
#include <catch2/catch.hpp>

#include "targets/forecast_accuracy.h"

using namespace uplift;

namespace {

TargetFigures figures(std::int64_t actual, std::int64_t abs_error, std::int64_t error) {
    TargetFigures f;
    f.actual_units = actual;
    f.abs_error = Exact::whole(abs_error);
    f.error = Exact::whole(error);
    return f;
}

}  // namespace

TEST_CASE("accuracy alerts flag WAPE above 30 % and |bias| above 20 %, exactly", "[targets]") {
    // The worked example: actual 40, plan 140: WAPE and bias 250 %.
    const AccuracyAlert worked = accuracy_alert(figures(40, 100, 100));
    CHECK(worked.wape);
    CHECK(worked.bias);
    // Exactly on the limits is not above them.
    CHECK_FALSE(accuracy_alert(figures(100, 30, 20)).any());
    // One unit in 10,000 above the limit is.
    CHECK(accuracy_alert(figures(10000, 3001, 0)).wape);
    CHECK_FALSE(accuracy_alert(figures(10000, 3001, 0)).bias);
    // Under-forecasting counts as much as over-forecasting.
    const AccuracyAlert under = accuracy_alert(figures(100, 25, -25));
    CHECK_FALSE(under.wape);
    CHECK(under.bias);
    // A third of a unit of exact error still compares exactly.
    TargetFigures f = figures(3, 0, 0);
    f.error.num = kExactDen * 2 / 3;  // 0.67 of 3 units: 22.2 %
    CHECK(accuracy_alert(f).bias);
    CHECK_FALSE(accuracy_alert(figures(0, 50, 50)).any());
    CHECK(accuracy_alert(figures(100, 15, 15), AccuracyLimits{10, 10}).any());
}
