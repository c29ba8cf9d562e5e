#include "analytics/roi_report.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "db/statement.h"
#include "errors.h"
#include "masterdata/account_store.h"
#include "masterdata/accounts.h"
#include "promotions/promotion_store.h"

namespace uplift {

std::optional<RoiGrouping> parse_roi_grouping(const std::string& text) {
    if (text == "promotion") {
        return RoiGrouping::Promotion;
    }
    if (text == "campaign") {
        return RoiGrouping::Campaign;
    }
    if (text == "brand") {
        return RoiGrouping::Brand;
    }
    if (text == "account") {
        return RoiGrouping::Account;
    }
    if (text == "channel") {
        return RoiGrouping::Channel;
    }
    return std::nullopt;
}

std::string roi_grouping_column(RoiGrouping g) {
    switch (g) {
        case RoiGrouping::Promotion:
            return "promo_id";
        case RoiGrouping::Campaign:
            return "campaign";
        case RoiGrouping::Brand:
            return "brand";
        case RoiGrouping::Account:
            return "account";
        case RoiGrouping::Channel:
            return "channel";
    }
    return "promo_id";
}

std::vector<RoiRow> roi_report(db::Connection& conn, const RoiFilter& filter, RoiGrouping by,
                               Date today) {
    if (filter.status && !parse_promotion_status(*filter.status)) {
        throw UserError(
            fmt::format("unknown status '{}' (draft, planned, submitted, approved, "
                        "rejected, active, ended, settled, closed, cancelled)",
                        *filter.status));
    }
    std::set<std::string> accounts;
    if (filter.account) {
        const auto id = find_account_id(conn, *filter.account);
        if (!id) {
            throw UserError(fmt::format("unknown account '{}'", *filter.account));
        }
        for (const auto sub : account_subtree(conn, *id)) {
            accounts.insert(load_account_record(conn, sub).code);
        }
    }
    std::vector<Promotion> chosen;
    for (auto& p : load_promotions(conn)) {
        if (filter.status &&
            status_name(displayed_status(p.status, p.instore, today)) != *filter.status) {
            continue;
        }
        if (filter.account && !accounts.contains(p.account)) {
            continue;
        }
        if (filter.campaign && p.campaign != *filter.campaign) {
            continue;
        }
        if ((filter.from && p.instore.last < *filter.from) ||
            (filter.to && p.instore.first > *filter.to)) {
            continue;
        }
        chosen.push_back(std::move(p));
    }
    std::map<std::string, RoiRow> groups;
    for (const auto& r : post_event_analysis(conn, chosen, today)) {
        if (filter.channel && r.channel != *filter.channel) {
            continue;
        }
        for (const auto& line : r.lines) {
            if (filter.brand && line.brand != *filter.brand) {
                continue;
            }
            std::string key;
            switch (by) {
                case RoiGrouping::Promotion:
                    key = r.code;
                    break;
                case RoiGrouping::Campaign:
                    key = r.campaign;
                    break;
                case RoiGrouping::Brand:
                    key = line.brand;
                    break;
                case RoiGrouping::Account:
                    key = r.account;
                    break;
                case RoiGrouping::Channel:
                    key = r.channel;
                    break;
            }
            RoiRow& row = groups[key];
            row.figures.add(line.figures);
            if (row.promotions.empty() || row.promotions.back() != r.code) {
                row.promotions.push_back(r.code);
            }
        }
        // Per promotion, one with no line is still listed (all zeros); under a brand filter
        // only the promotions with a line of that brand are.
        if (by == RoiGrouping::Promotion && !filter.brand) {
            RoiRow& row = groups[r.code];
            if (row.promotions.empty()) {
                row.promotions.push_back(r.code);
            }
        }
    }
    std::vector<RoiRow> out;
    out.reserve(groups.size());
    for (auto& [key, row] : groups) {
        row.key = key;
        row.brand = by == RoiGrouping::Brand ? std::optional<std::string>(key) : filter.brand;
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace uplift
