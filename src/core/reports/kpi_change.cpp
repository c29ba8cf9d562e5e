#include "reports/kpi_change.h"

#include <fmt/format.h>

#include "money/money.h"
#include "money/rounding.h"

namespace uplift {

namespace {

std::int64_t kpi_pow10(int decimals) {
    return decimals == 1 ? 10 : 100;
}

// A scaled number with its decimals and an explicit sign when asked: "+1.5", "-0.25".
std::string kpi_scaled_text(std::int64_t scaled, int decimals, bool plus) {
    const std::int64_t p = kpi_pow10(decimals);
    const std::int64_t a = scaled < 0 ? -scaled : scaled;
    const char* sign = scaled < 0 ? "-" : (plus && scaled > 0 ? "+" : "");
    return fmt::format("{}{}.{:0{}}", sign, a / p, a % p, decimals);
}

KpiChange kpi_no_prior() {
    KpiChange c;
    c.text = "no prior year";
    return c;
}

void kpi_set_direction(KpiChange& c, Wide difference, KpiSense sense) {
    c.direction = difference > 0 ? 1 : (difference < 0 ? -1 : 0);
    c.favourable = (sense == KpiSense::HigherIsBetter && c.direction > 0) ||
                   (sense == KpiSense::LowerIsBetter && c.direction < 0);
}

}  // namespace

std::optional<std::int64_t> kpi_percent(const Exact& part, const Exact& whole, int decimals) {
    if (whole.num == 0) {
        return std::nullopt;
    }
    return round_half_away(part.num * 100 * kpi_pow10(decimals), whole.num);
}

std::optional<std::int64_t> kpi_percent(std::int64_t part, std::int64_t whole, int decimals) {
    if (whole == 0) {
        return std::nullopt;
    }
    return round_half_away(static_cast<Wide>(part) * 100 * kpi_pow10(decimals), whole);
}

std::string kpi_percent_text(std::optional<std::int64_t> scaled, int decimals) {
    return scaled ? kpi_scaled_text(*scaled, decimals, false) + " %" : "\u2013";
}

KpiChange kpi_change_points(std::optional<std::int64_t> now, std::optional<std::int64_t> prior,
                            int decimals, KpiSense sense) {
    if (!prior) {
        return kpi_no_prior();
    }
    KpiChange c;
    c.has_prior = true;
    c.prior = kpi_percent_text(prior, decimals);
    if (!now) {
        c.text = "\u2013";
        return c;
    }
    const std::int64_t d = *now - *prior;
    c.text = kpi_scaled_text(d, decimals, true) + " pts";
    kpi_set_direction(c, d, sense);
    return c;
}

KpiChange kpi_change_money(std::int64_t now, std::optional<std::int64_t> prior, KpiSense sense) {
    if (!prior) {
        return kpi_no_prior();
    }
    KpiChange c;
    c.has_prior = true;
    c.prior = format_minor(*prior);
    const std::int64_t d = now - *prior;
    if (*prior == 0) {
        c.text = (d > 0 ? "+" : "") + format_minor(d);
    } else {
        const std::int64_t base = *prior < 0 ? -*prior : *prior;
        c.text =
            kpi_scaled_text(round_half_away(static_cast<Wide>(d) * 1000, base), 1, true) + " %";
    }
    kpi_set_direction(c, d, sense);
    return c;
}

KpiChange kpi_change_count(std::int64_t now, std::optional<std::int64_t> prior, KpiSense sense) {
    if (!prior) {
        return kpi_no_prior();
    }
    KpiChange c;
    c.has_prior = true;
    c.prior = std::to_string(*prior);
    const std::int64_t d = now - *prior;
    c.text = (d > 0 ? "+" : "") + std::to_string(d);
    kpi_set_direction(c, d, sense);
    return c;
}

}  // namespace uplift
