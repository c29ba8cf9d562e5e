#pragma once
// Promotions (SPEC §3): an account × product lines × an in-store period (with a ship period)
// × tactics, each tactic on a fund, with dated terms. Life-cycle states as stored and derived.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"

namespace uplift {

// Stored states, plus the two derived from today's date (never stored).
enum class PromotionStatus {
    Draft,
    Planned,
    Submitted,
    Approved,
    Rejected,
    Active,  // derived: approved and today within the in-store period
    Ended,   // derived: approved and today after the in-store period
    Settled,
    Closed,
    Cancelled,
};

std::optional<PromotionStatus> parse_promotion_status(std::string_view text);
std::string status_name(PromotionStatus s);  // "draft", "active", ...
// The status a user sees: approved becomes active or ended with the calendar.
PromotionStatus displayed_status(PromotionStatus stored, const Period& instore, Date today);

enum class TacticKind {
    DiscountPct,      // % off list on units sold in the in-store period
    DiscountPerUnit,  // money off per unit sold in the in-store period
    OffInvoice,       // per-unit allowance on sell-in units shipped in the ship period
    BillBack,         // per unit, sell-in in the ship period, paid later against a claim
    ScanBack,         // per unit sold in the in-store period, paid later against a claim
    FixedFee,         // lump sum, once per promotion
    MultiBuy,         // e.g. buy 2 get 1, as an effective % off list
};

std::optional<TacticKind> parse_tactic_kind(std::string_view text);
std::string tactic_kind_name(TacticKind k);
// % kinds hold Percent units (1e-4 %); per-unit kinds and fixed fees hold cents.
bool is_percent_kind(TacticKind k);
// Off-invoice and bill-back pay on sell-in units of the ship period.
bool pays_on_ship_period(TacticKind k);

struct TacticTerm {
    std::optional<std::int64_t> line_id;  // nullopt: every line
    Period period;                        // inclusive, within the promotion
    std::int64_t value = 0;
};

struct Tactic {
    std::int64_t id = 0;
    TacticKind kind = TacticKind::DiscountPct;
    std::string fund;  // fund name; resolved when funds exist
    std::int64_t lift_ppm = 1'000'000;
    std::int64_t version = 1;
    std::vector<TacticTerm> terms;  // of the current version
};

struct PromotionLine {
    std::int64_t id = 0;
    std::int64_t product_id = 0;
    std::string sku;
    std::optional<std::int64_t> planned_units;
};

struct Promotion {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string campaign;
    std::int64_t account_id = 0;
    std::string account;
    Period instore;
    Period ship;
    PromotionStatus status = PromotionStatus::Draft;  // as stored
    std::int64_t scenario_id = 0;
    std::vector<PromotionLine> lines;
    std::vector<Tactic> tactics;  // of the chosen scenario
};

// The default ship period: starts `lead_days` before the in-store start, ends with it.
Period default_ship_period(const Period& instore, int lead_days = 14);

}  // namespace uplift
