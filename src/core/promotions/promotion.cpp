#include "promotions/promotion.h"

#include <array>
#include <utility>

namespace uplift {

namespace {

constexpr std::array<std::pair<PromotionStatus, const char*>, 10> kStatuses{{
    {PromotionStatus::Draft, "draft"},
    {PromotionStatus::Planned, "planned"},
    {PromotionStatus::Submitted, "submitted"},
    {PromotionStatus::Approved, "approved"},
    {PromotionStatus::Rejected, "rejected"},
    {PromotionStatus::Active, "active"},
    {PromotionStatus::Ended, "ended"},
    {PromotionStatus::Settled, "settled"},
    {PromotionStatus::Closed, "closed"},
    {PromotionStatus::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<TacticKind, const char*>, 7> kKinds{{
    {TacticKind::DiscountPct, "discount_pct"},
    {TacticKind::DiscountPerUnit, "discount_per_unit"},
    {TacticKind::OffInvoice, "off_invoice"},
    {TacticKind::BillBack, "bill_back"},
    {TacticKind::ScanBack, "scan_back"},
    {TacticKind::FixedFee, "fixed_fee"},
    {TacticKind::MultiBuy, "multi_buy"},
}};

}  // namespace

std::optional<PromotionStatus> parse_promotion_status(std::string_view text) {
    for (const auto& [s, name] : kStatuses) {
        if (text == name) {
            return s;
        }
    }
    return std::nullopt;
}

std::string status_name(PromotionStatus s) {
    for (const auto& [st, name] : kStatuses) {
        if (st == s) {
            return name;
        }
    }
    return "?";
}

PromotionStatus displayed_status(PromotionStatus stored, const Period& instore, Date today) {
    if (stored != PromotionStatus::Approved) {
        return stored;
    }
    if (today > instore.last) {
        return PromotionStatus::Ended;
    }
    if (today >= instore.first) {
        return PromotionStatus::Active;
    }
    return PromotionStatus::Approved;
}

std::optional<TacticKind> parse_tactic_kind(std::string_view text) {
    for (const auto& [k, name] : kKinds) {
        if (text == name) {
            return k;
        }
    }
    return std::nullopt;
}

std::string tactic_kind_name(TacticKind k) {
    for (const auto& [kind, name] : kKinds) {
        if (kind == k) {
            return name;
        }
    }
    return "?";
}

bool is_percent_kind(TacticKind k) {
    return k == TacticKind::DiscountPct || k == TacticKind::MultiBuy;
}

bool pays_on_ship_period(TacticKind k) {
    return k == TacticKind::OffInvoice || k == TacticKind::BillBack;
}

Period default_ship_period(const Period& instore, int lead_days) {
    return {instore.first - boost::gregorian::days(lead_days), instore.last};
}

}  // namespace uplift
