#pragma once
// The one-view decision panel of a discount request (SPEC §5, SCREENS "Discounts"): everything
// needed to decide in seconds, read with a handful of indexed queries (well under 200 ms on
// the scale-1 demo file). The rules are in docs/formulas.md, "Decision panel".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "discounts/discount_request.h"
#include "funds/ledger.h"
#include "money/exact.h"

namespace uplift {

struct DecisionPanel {
    DiscountRequest request;

    // The 13 ISO weeks before the week of the request's first day, summed over its skus
    // (sell-in rows; sell-out where an account × sku has no sell-in in those weeks: the rows
    // the §7 baseline reads). A week without rows shows 0.
    struct TrendWeek {
        Date monday;
        std::int64_t units = 0;
    };
    std::vector<TrendWeek> trend;
    // 100 × (units of the last 4 weeks − units of the 4 before) / units of the 4 before;
    // nullopt when the 4 before sold nothing.
    std::optional<double> trend_change_pct;

    struct SkuEconomics {
        std::string sku;
        std::string name;
        std::string brand;
        std::int64_t list_price = 0;  // cents, effective on the first day
        std::int64_t unit_cost = 0;
        Exact discount_per_unit;   // depth × list price
        Exact margin_before;       // per unit: list price − unit cost
        Exact margin_after;        // per unit, after the asked discount
        Exact baseline_units;      // per week (§7 rule)
        Exact expected_units;      // for the whole period (as valued)
        Exact discount_total;      // discount_per_unit × expected units
        Exact margin_after_total;  // margin_after × expected units
        // 100 × depth / (margin % − depth): the extra volume over the baseline the discount
        // needs to pay for itself; nullopt when depth ≥ margin % (no lift can).
        std::optional<double> break_even_lift_pct;
        bool below_cost() const { return !break_even_lift_pct.has_value(); }
    };
    std::vector<SkuEconomics> skus;
    Exact margin_after_total;
    Exact discount_total;  // depth × list price × expected units, all skus
    // For the whole request: Σ B·u / Σ B·(m − u) over the skus (B their baselines, u the
    // discount, m the margin per unit); nullopt when no lift can pay for the depth.
    std::optional<double> break_even_lift_pct;

    struct ActivePromotion {
        std::string promo_id;
        std::string name;
        std::string status;  // as displayed on `today`
        Period instore;
        std::string depth;              // "20 % discount_pct, 500.00 fixed_fee"
        std::vector<std::string> skus;  // of the request's skus
    };
    std::vector<ActivePromotion> promotions;  // overlapping the period, not cancelled/rejected

    struct ActiveCondition {
        std::string name;
        std::string depth;
        Period period;
        bool exclusive = false;
        std::string scope;
        // Made for this account (or a parent): a deal of its own, not a standing channel or
        // brand discount everybody gets.
        bool account_deal = false;
    };
    std::vector<ActiveCondition> conditions;  // applying to the account × a sku in the period

    struct FundAvailability {
        std::string fund;
        FundFigures figures;
        std::int64_t available_cents = 0;
        std::string utilisation_pct;  // "12.34"; empty when the fund has no budget
        bool covers_value = false;    // available ≥ the request's value
    };
    std::vector<FundAvailability> funds;  // of the account, its parents and the skus' brands

    struct PastDiscount {
        enum class Kind { Request, Promotion };
        Kind kind = Kind::Promotion;
        std::string what;  // "REQ-12" or a promotion id
        Period period;
        std::string depth;
        std::string status;
        Exact spend;
        Exact incremental_profit;
        std::optional<double> roi_pct;   // nullopt when nothing was spent (or rejected)
        std::optional<double> lift_pct;  // 100 × (actual / baseline units − 1)
    };
    // The account's earlier requests (approved and rejected, newest first), then its last 10
    // promotions that ended before the request starts (newest first).
    std::vector<PastDiscount> history;
    Exact history_spend;  // over the approved requests and the promotions
    Exact history_profit;
    std::optional<double> history_roi_pct;
    std::optional<double> past_promotion_lift_pct;  // Σ actual / Σ baseline units − 1, in %

    enum class Verdict { Approve, Review, Reject };
    Verdict verdict = Verdict::Review;
    std::vector<std::string> reasons;  // "deeper than break-even", "overlaps promotion P123", ...
};

std::string verdict_name(DecisionPanel::Verdict v);  // "approve", "review", "reject"

// Throws UserError for an unknown request.
DecisionPanel build_decision_panel(db::Connection& conn, std::int64_t request_id, Date today);

}  // namespace uplift
