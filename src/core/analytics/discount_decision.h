#pragma once
// The one-view decision panel of a discount request (SPEC §5, SCREENS "Discounts"): everything
// needed to decide in seconds, read with a handful of indexed queries (well under 200 ms on
// the scale-1 demo file).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "discounts/discount_request.h"
#include "money/exact.h"

namespace uplift {

struct DecisionPanel {
    DiscountRequest request;

    // The 13 ISO weeks before the week of the request's first day, summed over its skus
    // (sell-in rows; sell-out where an account × sku has no sell-in).
    struct TrendWeek {
        Date monday;
        std::int64_t units = 0;
        std::int64_t gross_cents = 0;
    };
    std::vector<TrendWeek> trend;
    std::optional<double> trend_change_pct;  // last 4 weeks vs the 4 before them

    struct SkuEconomics {
        std::string sku;
        std::string name;
        std::int64_t list_price = 0;  // cents, effective on the first day
        std::int64_t unit_cost = 0;
        Exact discount_per_unit;   // depth × list price
        Exact margin_before;       // per unit: list price − unit cost
        Exact margin_after;        // per unit, after the asked discount
        Exact baseline_units;      // per week (§7 rule)
        Exact expected_units;      // for the whole period (as valued)
        Exact margin_after_total;  // margin_after × expected units
        std::optional<double> break_even_lift_pct;  // nullopt: no lift can pay for the depth
    };
    std::vector<SkuEconomics> skus;
    Exact margin_after_total;
    Exact discount_total;  // depth × list price × expected units, all skus
    std::optional<double> break_even_lift_pct;  // for the whole request (weighted)

    struct ActivePromotion {
        std::string promo_id;
        std::string name;
        std::string status;
        Period instore;
        std::string depth;  // "20 % discount_pct" ...
        std::vector<std::string> skus;  // of the request's skus
    };
    std::vector<ActivePromotion> promotions;  // overlapping the period, not cancelled/rejected

    struct ActiveCondition {
        std::string name;
        std::string depth;
        Period period;
        bool exclusive = false;
        std::string scope;
    };
    std::vector<ActiveCondition> conditions;  // applying to the account × a sku in the period

    struct FundAvailability {
        std::string fund;
        std::int64_t available_cents = 0;
        std::optional<double> utilisation_pct;
    };
    std::vector<FundAvailability> funds;  // of the account, its parents and the skus' brands

    struct PastDiscount {
        std::string what;  // "REQ-12" or a promotion id
        Period period;
        std::string depth;
        std::string status;
        Exact spend;
        Exact incremental_profit;
        std::optional<double> roi_pct;
    };
    std::vector<PastDiscount> history;  // the account's earlier requests and promotions

    enum class Verdict { Approve, Review, Reject };
    Verdict verdict = Verdict::Review;
    std::vector<std::string> reasons;  // "deeper than break-even", "overlaps promotion P123", ...
};

std::string verdict_name(DecisionPanel::Verdict v);  // "approve", "review", "reject"

// Throws UserError for an unknown request.
DecisionPanel build_decision_panel(db::Connection& conn, std::int64_t request_id, Date today);

}  // namespace uplift
