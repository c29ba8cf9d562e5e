#pragma once
// How a dashboard tile compares with the same figure a year earlier (docs/formulas.md
// "Dashboard"): a percentage moves in points, money relatively in %, a count by its difference.
// Each compares the figures as printed, so the change is what the reader can check by hand.
#include <cstdint>
#include <optional>
#include <string>

#include "money/exact.h"

namespace uplift {

// Which way is good news: a cost-like figure (spend rate, open claims) is better lower.
enum class KpiSense { HigherIsBetter, LowerIsBetter, Neutral };

struct KpiChange {
    bool has_prior = false;   // false: the file has no figure a year earlier
    std::string prior;        // the figure a year earlier, as printed
    std::string text;         // "+1.5 pts", "-12.0 %", "+2"; "no prior year"
    int direction = 0;        // +1 rose, -1 fell, 0 unchanged (or no prior year)
    bool favourable = false;  // the direction is good news under the tile's sense
};

// 100 × part / whole rounded half away from zero to `decimals` (1 or 2) and scaled by 10^decimals
// ("11.9 %" is 119); empty when whole is 0.
std::optional<std::int64_t> kpi_percent(const Exact& part, const Exact& whole, int decimals);
std::optional<std::int64_t> kpi_percent(std::int64_t part, std::int64_t whole, int decimals);
// "11.9 %"; "–" when empty.
std::string kpi_percent_text(std::optional<std::int64_t> scaled, int decimals);

KpiChange kpi_change_points(std::optional<std::int64_t> now, std::optional<std::int64_t> prior,
                            int decimals, KpiSense sense);
// Money in cents: 100 × (now − prior) / |prior| with one decimal; a prior of 0 shows the
// difference instead.
KpiChange kpi_change_money(std::int64_t now, std::optional<std::int64_t> prior, KpiSense sense);
KpiChange kpi_change_count(std::int64_t now, std::optional<std::int64_t> prior, KpiSense sense);

}  // namespace uplift
