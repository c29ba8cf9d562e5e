#pragma once
// What the demo generator decided about each product and account, shared by the steps that
// write master data and the step that writes the weekly actuals. Internal to src/core/demo.
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "demo/demo_catalogue.h"
#include "money/rounding.h"
#include "promotions/promotion.h"
#include "security/action_context.h"

namespace uplift::db {
class Connection;
}

namespace uplift::demo {

struct ProductPlan {
    std::int64_t id = 0;
    int category = 0;
    int brand = 0;           // 0..kBrands-1
    double weekly_rate = 0;  // units a week at a size-1 shop, before season, trend, promotions
    std::int64_t price_before = 0;  // central list price (cents) before the increase
    std::int64_t price_after = 0;
    std::int64_t cost_before = 0;
    std::int64_t cost_after = 0;
    std::int64_t increase_day = 0;  // day number from which price_after applies
    int increase_week = 0;          // first week index whose Monday pays price_after
    int launch_week = 0;            // first week with sales (0 for the established range)
};

// A negotiated account-specific list price from a week on (open-ended).
struct AccountPrice {
    int product = 0;  // index into DemoPlan::products
    std::int64_t from_day = 0;
    int from_week = 0;  // first week index whose Monday pays this price
    std::int64_t price = 0;
    std::int64_t cost = 0;
};

// One promotion of an account: a price cut of one brand's skus for 2-4 weeks (that happened,
// will happen, or - cancelled or rejected - never did), perhaps with a paid display or feature.
struct PromoPlan {
    int brand = 0;
    int first_week = 0;          // week index of the first in-store week; >= kDemoWeeks: future
    int weeks = 0;               // in-store weeks, Monday to Sunday
    int depth_pct = 0;           // 10..30 % off list
    std::int64_t fee_cents = 0;  // fixed fee for a display or feature; 0: none
    std::int64_t lift_ppm = 1'000'000;  // the display's volume multiplier (1e6 without one)
    bool feature = false;               // the fee buys a leaflet feature, not a display
    PromotionStatus status = PromotionStatus::Closed;
    double expected_gross = 0;  // cents of the lines' regular weeks in the period (a guess)
    double rank = 0;            // orders the promotions when statuses are handed out
    int number = 0;             // the code's number: PR000001 is the earliest
    std::vector<int> lines;     // indices into DemoPlan::products, most popular first

    // A promotion that ran: its weeks carry the cut in the actuals.
    bool happened() const {
        return status != PromotionStatus::Cancelled && status != PromotionStatus::Rejected;
    }
};

struct AccountPlan {
    std::int64_t id = 0;
    int channel = 0;
    int region = 0;
    double size = 1;              // weekly volume multiplier
    double yearly_trend = 0;      // e.g. 0.03: the shop sells 3 % more each year
    double promo_share = 0;       // share of the 25 brands it runs price cuts on
    int promo_group = 0;          // index of the account whose promotion calendar it follows
    bool key_account = false;     // part of a chain: promotions requested by the KAM
    int chain = -1;               // index into DemoPlan::chains for a chain's accounts
    std::vector<int> assortment;  // indices into DemoPlan::products, ascending (= id order)
    std::vector<AccountPrice> prices;
    std::vector<PromoPlan> promotions;  // by first week
};

// A retail chain: one key account, funded through its head office (the root of its accounts).
struct ChainPlan {
    std::string name;      // e.g. "Metromart"
    std::size_t head = 0;  // index into DemoPlan::accounts of the head office
};

// A central discount condition of the demo, in whole demo weeks (Monday to Sunday).
struct ConditionPlan {
    std::string name;
    std::int64_t pct_units = 0;  // one of these two
    std::int64_t per_unit_cents = 0;
    int first_week = 0;  // may lie beyond the actuals
    int last_week = 0;
    int channel = -1;  // -1: any
    int chain = -1;    // the chain's head office and every account below it
    int brand = -1;
    int category = -1;
    bool exclusive = false;
    std::string reason;
};
struct DemoPlan {
    std::uint64_t seed = 0;
    std::vector<ProductPlan> products;
    std::vector<AccountPlan> accounts;
    std::vector<ChainPlan> chains;
    std::vector<ConditionPlan> conditions;
    std::int64_t price_rows = 0;
    std::int64_t reps = 0;
};

// Week index (0-based) of the first demo week whose Monday is on or after the day number.
int first_week_on_or_after(std::int64_t day);

// The id of the row of `table` (categories, channels, regions) with this name, added if new.
std::int64_t ensure_named(db::Connection& conn, const char* table, std::string_view name);

// Users of the demo (bm1, kam1, sm1, fin1), reused when a name already exists.
struct DemoUsers {
    std::int64_t bm = 0;
    std::int64_t kam = 0;
    std::int64_t sm = 0;
    std::int64_t fin = 0;
};
DemoUsers create_role_users(db::Connection& conn);
// A user with one role; an existing user of that name keeps its id and gains the role.
std::int64_t ensure_user(db::Connection& conn, const char* name, const char* full_name,
                         const char* role);

// Categories, brands (managed by bm), products and the central price list.
void create_catalogue(db::Connection& conn, DemoPlan& plan, std::int64_t brand_manager);
// Channels, regions, the account hierarchy, rep users and account price lists.
void create_accounts(db::Connection& conn, DemoPlan& plan, std::int64_t account_count,
                     std::int64_t key_account_manager);

// Decides every account's promotions (calendar, lines, fees, statuses, code numbers); the
// actuals then show the cuts of those that happened. Needs products and accounts planned.
void plan_promotions(DemoPlan& plan);

// The central discount conditions every invoice honours (decided before the actuals, which
// invoice them); written by write_conditions.
void plan_conditions(DemoPlan& plan);
// The exact discount a condition gives a row, in millionths of a cent (0 when it does not
// apply): the rule of discounts/entitlement.h for the demo's whole-week conditions.
struct ConditionMatch {
    bool applies = false;
    bool exclusive = false;
    Wide micro_cents = 0;
};
ConditionMatch condition_on_row(const DemoPlan& plan, const ConditionPlan& c,
                                const AccountPlan& acc, const ProductPlan& p, int week,
                                std::int64_t units, std::int64_t gross);
struct DiscountCounts {
    std::int64_t conditions = 0;
    std::int64_t requests = 0;
    std::int64_t returns = 0;
};
// The conditions, discount requests in every state (through the request use cases, so routing,
// approvals and audit are real) and returns and write-offs with their reason codes.
DiscountCounts write_discounts(db::Connection& conn, const DemoPlan& plan,
                               const ActionContext& ctx);

// A promotion approved in Uplift (not taken over as history): its steps that move money on
// the funds, as day numbers (0: no such step).
struct FundedPromotion {
    std::int64_t id = 0;
    std::string code;
    std::size_t account = 0;
    std::size_t index = 0;  // into the account's promotions
    std::string approver;   // sm1 or fin1
    std::int64_t approved = 0;
    std::int64_t settled = 0;
    std::int64_t closed = 0;
    std::int64_t cancelled = 0;
};

struct PromotionCounts {
    std::int64_t promotions = 0;
    std::int64_t lines = 0;
    std::int64_t campaigns = 0;
    std::vector<FundedPromotion> funded;  // by code
};

// The fund a promotion's price cut draws on: at a chain the brand's key-account fund; in the
// independent trade its channel's accrual fund in the last year (where there is one), else the
// brand's trade fund. Display and feature fees of the last year are paid from the channel's
// accrual fund at the chains too.
std::string brand_fund_name(int brand);
std::string key_account_fund_name(const DemoPlan& plan, int chain, int brand);
std::string channel_fund_name(int channel);
std::string promotion_fund(const DemoPlan& plan, const AccountPlan& acc, const PromoPlan& p);
std::string fee_fund(const DemoPlan& plan, const AccountPlan& acc, const PromoPlan& p);
// Campaigns, promotions with lines, one scenario with its tactics, and the status history.
PromotionCounts write_promotions(db::Connection& conn, const DemoPlan& plan, const DemoUsers& users,
                                 const std::string& admin_name);

struct FundCounts {
    std::int64_t funds = 0;
    std::int64_t claims = 0;
    std::int64_t open_claims = 0;  // not (fully) settled yet
    std::int64_t transfers = 0;
};
// The fund tree (HQ, brands, key accounts), accrual funds, yearly allocations, the approved
// promotions' commitments, claims and their settlement, releases and transfers: booked day by
// day through the fund use cases, as real use would have booked them. Needs the actuals and
// promotions written.
// Targets of every month of the last actual year and the half year after it (top-down from
// last year + growth, a rep's bottom-up values), and weekly inventory snapshots (demo_targets).
struct TargetCounts {
    std::int64_t periods = 0;
    std::int64_t targets = 0;
    std::int64_t bottom_up = 0;
    std::int64_t inventory_rows = 0;
};
TargetCounts write_targets(db::Connection& conn, const DemoPlan& plan, const ActionContext& ctx);

FundCounts write_funds(db::Connection& conn, const DemoPlan& plan,
                       const std::vector<FundedPromotion>& funded);

// Rows write_actuals will insert: every listed sku of every account from its launch week on.
std::int64_t count_actual_rows(const DemoPlan& plan);
// Weekly sell-in of every (account, listed sku) in key order, all in batch_id; returns rows.
std::int64_t write_actuals(db::Connection& conn, const DemoPlan& plan, std::int64_t batch_id,
                           const std::function<void(std::int64_t, std::int64_t)>& progress,
                           const std::atomic<bool>* cancel);

}  // namespace uplift::demo
