// Weekly sell-in: for every account and listed sku, 156 weeks of units shaped by the account's
// size and trend, the sku's rate, its category's season and brand trend, the price cuts of the
// account's promotions that ran (lifted by any display, with the pantry-loading dip after them)
// and noise. Money is exact: units x cents.
#include <algorithm>
#include <array>
#include <vector>

#include "actuals/actuals_summary.h"
#include "calendar/calendar.h"
#include "db/connection.h"
#include "db/statement.h"
#include "demo/demo_data.h"
#include "demo/demo_plan.h"
#include "demo/demo_random.h"
#include "errors.h"
#include "money/percent.h"
#include "money/rounding.h"

namespace uplift::demo {

namespace {

enum : std::uint64_t { kTagBrandTrend = 31, kTagWeekly = 33, kTagInvoiceSlips = 36 };

// The week after a cut shoppers still live on what they stocked up.
constexpr double kDipFactor = 0.85;
constexpr double kElasticity = 2.0;  // volume ~ (price paid / list price)^-2
constexpr int kLaunchRampWeeks = 8;
constexpr double kNoise = 0.2;                  // standard deviation of the weekly noise factor
constexpr double kSqrt3 = 1.7320508075688772;   // scales a sum of 4 uniforms to unit variance
constexpr std::uint64_t kStockoutPer1024 = 10;  // ~1 % of weeks ship nothing

using WeekCurve = std::array<double, kDemoWeeks>;

// Invoices honour the conditions and approved promotions, and now and then more (SPEC §5's
// unjustified discounts): a cut invoiced two points deeper than approved, the cut carried into
// the week after the promotion, a price keyed 5 % too low. Drawn from their own stream, so the
// volumes stay those of a file without slips.
constexpr double kDeeperCut = 0.03;     // of the weeks of an approved cut
constexpr double kCutCarriedOn = 0.15;  // of the weeks right after a cut
constexpr double kKeyingSlip = 0.002;   // of the other weeks

// A week of one listed sku: its volume factor from promotions, the cut in percent, whether the
// promotion was approved (so the cut is entitled), and the cut of the week before.
struct PromoWeek {
    double factor = 1;
    int depth = 0;
    bool entitled = false;
    int previous_depth = 0;
};

bool approved_in_uplift(PromotionStatus s) {
    return s == PromotionStatus::Approved || s == PromotionStatus::Settled ||
           s == PromotionStatus::Closed;
}

// The invoiced discount of one row in cents: conditions (the largest exclusive one replacing
// the others) plus the cut, exact and rounded once, plus any slip.
std::int64_t invoiced_discount(const DemoPlan& plan, const std::vector<const ConditionPlan*>& mine,
                               const AccountPlan& acc, const ProductPlan& p, int w,
                               std::int64_t units, std::int64_t gross, const PromoWeek& promo,
                               Rng& slips) {
    Wide cumulative = 0;
    Wide exclusive = -1;
    for (const ConditionPlan* c : mine) {
        const ConditionMatch m = condition_on_row(plan, *c, acc, p, w, units, gross);
        if (m.applies && m.exclusive) {
            exclusive = std::max(exclusive, m.micro_cents);
        } else if (m.applies) {
            cumulative += m.micro_cents;
        }
    }
    Wide micro = exclusive >= 0 ? exclusive : cumulative;
    const double slip = slips.uniform();
    int cut = promo.depth;
    if (promo.depth > 0 && promo.entitled && slip < kDeeperCut) {
        cut += 2;
    } else if (promo.depth == 0 && promo.previous_depth > 0 && slip < kCutCarriedOn) {
        cut = promo.previous_depth;
    } else if (promo.depth == 0 && slip < kKeyingSlip) {
        cut = 5;
    }
    micro += static_cast<Wide>(cut) * Percent::kScale * gross;
    return round_half_away(micro, Percent::kWhole);
}
using PromoCalendar = std::array<PromoWeek, kDemoWeeks>;

// The category's monthly index interpolated at the week's Thursday (the day that places an
// ISO week in its year), so the curve has no steps at month ends.
double seasonality(const CategoryInfo& cat, std::int64_t monday) {
    const Date thursday = from_day_number(monday + 3);
    const double year_days =
        boost::gregorian::gregorian_calendar::is_leap_year(thursday.year()) ? 366.0 : 365.0;
    const double pos = (thursday.day_of_year() - 0.5) / year_days * 12.0 - 0.5;
    int m0 = pos < 0 ? -1 : static_cast<int>(pos);
    const double frac = pos - m0;
    m0 = (m0 + 12) % 12;
    const int m1 = (m0 + 1) % 12;
    return cat.seasonality[static_cast<std::size_t>(m0)] * (1 - frac) +
           cat.seasonality[static_cast<std::size_t>(m1)] * frac;
}

// Season times the brand's growth or decline, per brand and week.
std::vector<WeekCurve> brand_curves(const DemoPlan& plan,
                                    const std::array<std::int64_t, kDemoWeeks>& mondays) {
    std::vector<WeekCurve> out(kBrands);
    for (int b = 0; b < kBrands; ++b) {
        Rng rng = Rng::stream(plan.seed, kTagBrandTrend, static_cast<std::uint64_t>(b));
        const double growth = rng.uniform(-0.05, 0.09);
        const CategoryInfo& cat = categories()[b / kBrandsPerCategory];
        for (int w = 0; w < kDemoWeeks; ++w) {
            out[static_cast<std::size_t>(b)][w] =
                seasonality(cat, mondays[w]) * (1 + growth * w / 52.0);
        }
    }
    return out;
}

// Whole units around the mean: multiplicative noise (a sum of four 16-bit uniforms is close
// to normal and needs no libm, so every platform draws the same), then random rounding so
// slow sellers still sell now and then, and ~1 % of weeks ship nothing (out of stock).
std::int64_t draw_units(double mean, Rng& rng) {
    const std::uint64_t r = rng.next();
    const auto sum = (r & 0xFFFF) + ((r >> 16) & 0xFFFF) + ((r >> 32) & 0xFFFF) + (r >> 48);
    const double z = (static_cast<double>(sum) / 65536.0 - 2.0) * kSqrt3;
    const double volume = mean * (1 + kNoise * z);  // > 0: |z| <= 2 sqrt(3)
    const std::uint64_t r2 = rng.next();
    if ((r2 & 1023) < kStockoutPer1024) {
        return 0;
    }
    auto units = static_cast<std::int64_t>(volume);
    if (static_cast<double>(r2 >> 11) * 0x1.0p-53 < volume - static_cast<double>(units)) {
        ++units;
    }
    return units;
}

}  // namespace

std::int64_t count_actual_rows(const DemoPlan& plan) {
    std::int64_t rows = 0;
    for (const AccountPlan& acc : plan.accounts) {
        for (const int i : acc.assortment) {
            rows += kDemoWeeks - plan.products[static_cast<std::size_t>(i)].launch_week;
        }
    }
    return rows;
}

std::int64_t write_actuals(db::Connection& conn, const DemoPlan& plan, std::int64_t batch_id,
                           const std::function<void(std::int64_t, std::int64_t)>& progress,
                           const std::atomic<bool>* cancel) {
    const std::int64_t total = count_actual_rows(plan);
    std::array<std::int64_t, kDemoWeeks> mondays{};
    for (int w = 0; w < kDemoWeeks; ++w) {
        mondays[w] = day_number(kDemoFirstMonday) + 7 * std::int64_t{w};
    }
    const std::vector<WeekCurve> curves = brand_curves(plan, mondays);
    std::array<double, 101> lift{};
    for (int d = 0; d <= 100; ++d) {
        const double paid = d < 100 ? 1 - d / 100.0 : 0.01;
        lift[static_cast<std::size_t>(d)] = 1 / (paid * paid);  // paid^-kElasticity
    }
    static_assert(kElasticity == 2.0, "lift table assumes an elasticity of 2");

    // One statement for all rows; the batch never changes and the account and sku only
    // change between runs of weeks, so each row binds just its four own values.
    db::Statement ins(
        conn,
        "INSERT INTO actuals(account_id, product_id, week, kind, units, gross_amount, "
        "discount_amount, batch_id) VALUES(?, ?, ?, 0, ?, ?, ?, ?)");
    ins.bind(7, batch_id);
    SummaryDeltas summary(conn);

    // The promotion weeks of each listed sku of the account (by position in its assortment).
    std::vector<PromoCalendar> promotions;
    std::vector<int> slot_of(plan.products.size(), -1);
    std::vector<int> own_price_from(plan.products.size(), kDemoWeeks);
    std::vector<std::int64_t> own_price(plan.products.size(), 0);
    WeekCurve account_curve{};
    std::int64_t done = 0;
    std::int64_t next_report = 1 << 16;
    if (progress) {
        progress(0, total);
    }
    for (std::size_t a = 0; a < plan.accounts.size(); ++a) {
        const AccountPlan& acc = plan.accounts[a];
        promotions.assign(acc.assortment.size(), PromoCalendar{});
        for (std::size_t k = 0; k < acc.assortment.size(); ++k) {
            slot_of[static_cast<std::size_t>(acc.assortment[k])] = static_cast<int>(k);
        }
        for (const PromoPlan& pp : acc.promotions) {
            if (!pp.happened()) {
                continue;
            }
            const double factor = lift[static_cast<std::size_t>(pp.depth_pct)] *
                                  static_cast<double>(pp.lift_ppm) / 1'000'000.0;
            for (const int i : pp.lines) {
                PromoCalendar& cal =
                    promotions[static_cast<std::size_t>(slot_of[static_cast<std::size_t>(i)])];
                const int last = std::min(pp.first_week + pp.weeks, kDemoWeeks);
                for (int w = pp.first_week; w < last; ++w) {
                    cal[static_cast<std::size_t>(w)] = {factor, pp.depth_pct,
                                                        approved_in_uplift(pp.status), 0};
                }
                if (last < kDemoWeeks) {
                    cal[static_cast<std::size_t>(last)].factor = kDipFactor;
                    cal[static_cast<std::size_t>(last)].previous_depth = pp.depth_pct;
                }
            }
        }
        for (const AccountPrice& ap : acc.prices) {
            own_price_from[static_cast<std::size_t>(ap.product)] = ap.from_week;
            own_price[static_cast<std::size_t>(ap.product)] = ap.price;
        }
        for (int w = 0; w < kDemoWeeks; ++w) {
            account_curve[w] = acc.size * (1 + acc.yearly_trend * w / 52.0);
        }
        Rng rng = Rng::stream(plan.seed, kTagWeekly, a);
        Rng slips = Rng::stream(plan.seed, kTagInvoiceSlips, a);
        std::vector<const ConditionPlan*> mine;
        for (const ConditionPlan& c : plan.conditions) {
            if ((c.channel < 0 || c.channel == acc.channel) &&
                (c.chain < 0 || c.chain == acc.chain)) {
                mine.push_back(&c);
            }
        }
        ins.bind(1, acc.id);
        for (std::size_t k = 0; k < acc.assortment.size(); ++k) {
            const int i = acc.assortment[k];
            if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
                throw Cancelled();
            }
            const ProductPlan& p = plan.products[static_cast<std::size_t>(i)];
            const WeekCurve& curve = curves[static_cast<std::size_t>(p.brand)];
            const PromoCalendar& promo = promotions[k];
            const int price_from = own_price_from[static_cast<std::size_t>(i)];
            ins.bind(2, p.id);
            for (int w = p.launch_week; w < kDemoWeeks; ++w) {
                double mean = p.weekly_rate * account_curve[w] * curve[w];
                if (p.launch_week > 0 && w - p.launch_week < kLaunchRampWeeks) {
                    mean *= (w - p.launch_week + 1) / static_cast<double>(kLaunchRampWeeks);
                }
                mean *= promo[w].factor;
                const std::int64_t units = draw_units(mean, rng);
                const std::int64_t price = w >= price_from ? own_price[static_cast<std::size_t>(i)]
                                           : w >= p.increase_week ? p.price_after
                                                                  : p.price_before;
                const std::int64_t gross = units * price;
                const std::int64_t discount =
                    invoiced_discount(plan, mine, acc, p, w, units, gross, promo[w], slips);
                ins.bind(3, mondays[w]).bind(4, units).bind(5, gross).bind(6, discount);
                ins.exec();
                summary.add(acc.id, p.id, mondays[w], 0, units, gross, discount, 1);
            }
            done += kDemoWeeks - p.launch_week;
            if (progress && done >= next_report) {
                progress(done, total);
                next_report = done + (1 << 16);
            }
        }
        for (const AccountPrice& ap : acc.prices) {
            own_price_from[static_cast<std::size_t>(ap.product)] = kDemoWeeks;
        }
        for (const int i : acc.assortment) {
            slot_of[static_cast<std::size_t>(i)] = -1;
        }
    }
    summary.flush(conn);
    if (progress) {
        progress(done, total);
    }
    return done;
}

}  // namespace uplift::demo
