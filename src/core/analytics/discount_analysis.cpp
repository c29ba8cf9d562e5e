#include "analytics/discount_analysis.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "db/statement.h"
#include "discounts/discount_request.h"
#include "errors.h"
#include "masterdata/accounts.h"
#include "money/percent.h"

namespace uplift {

namespace {

// Upper bounds (inclusive) of the depth bands in Percent units, and their labels.
constexpr std::array<std::int64_t, 4> kBandTop{50'000, 100'000, 150'000, 250'000};
constexpr std::array<const char*, 5> kBandName{"0-5", "5-10", "10-15", "15-25", "25+"};

std::size_t band_index(std::int64_t pct_units) {
    std::size_t i = 0;
    while (i < kBandTop.size() && pct_units > kBandTop[i]) {
        ++i;
    }
    return i;
}

std::string month_of(Date d) {
    return fmt::format("{:04}-{:02}", static_cast<int>(d.year()), static_cast<int>(d.month()));
}

}  // namespace

std::optional<DiscountDimension> parse_discount_dimension(std::string_view text) {
    for (const auto d :
         {DiscountDimension::Reason, DiscountDimension::Account, DiscountDimension::Month,
          DiscountDimension::Depth, DiscountDimension::Approver}) {
        if (discount_dimension_name(d) == text) {
            return d;
        }
    }
    return std::nullopt;
}

std::string discount_dimension_name(DiscountDimension d) {
    switch (d) {
        case DiscountDimension::Reason:
            return "reason";
        case DiscountDimension::Account:
            return "account";
        case DiscountDimension::Month:
            return "month";
        case DiscountDimension::Depth:
            return "depth";
        case DiscountDimension::Approver:
            return "approver";
    }
    return "reason";
}

std::string depth_band(std::int64_t pct_units) {
    return kBandName[band_index(pct_units)];
}

std::vector<DiscountAnalysisRow> analyse_discounts(db::Connection& conn, DiscountDimension by,
                                                   const DiscountAnalysisFilter& f) {
    std::vector<std::int64_t> accounts;
    if (!f.account.empty()) {
        const auto acc = find_account(conn, f.account);
        if (!acc) {
            throw UserError(fmt::format("unknown account '{}'", f.account));
        }
        accounts = account_subtree(conn, acc->id);
    }
    const auto in_scope = [&](std::int64_t account_id) {
        return accounts.empty() ||
               std::find(accounts.begin(), accounts.end(), account_id) != accounts.end();
    };
    // Keys sort as text except depth bands, which sort in band order.
    std::map<std::pair<std::size_t, std::string>, DiscountAnalysisRow> rows;
    const auto row_for = [&](std::size_t order, const std::string& key) -> DiscountAnalysisRow& {
        auto [it, fresh] = rows.try_emplace({order, key});
        it->second.key = key;
        return it->second;
    };
    for (const auto& r : list_requests(conn)) {
        if (!in_scope(r.account_id) || (f.from && r.period.last < *f.from) ||
            (f.to && r.period.first > *f.to)) {
            continue;
        }
        std::string key;
        std::size_t order = 0;
        switch (by) {
            case DiscountDimension::Reason:
                key = r.reason;
                break;
            case DiscountDimension::Account:
                key = r.account;
                break;
            case DiscountDimension::Month:
                key = month_of(r.period.first);
                break;
            case DiscountDimension::Depth:
                order = band_index(r.pct_units);
                key = depth_band(r.pct_units);
                break;
            case DiscountDimension::Approver:
                key = r.decided_by.empty() ? std::string("(pending)") : r.decided_by;
                break;
        }
        DiscountAnalysisRow& row = row_for(order, key);
        ++row.requests;
        row.requested_value += r.value_cents;
        row.request_ids.push_back(r.id);
        switch (r.status) {
            case RequestStatus::Pending:
                ++row.pending;
                break;
            case RequestStatus::Approved:
                ++row.approved;
                row.approved_value += r.value_cents;
                row.approved_pct_sum += r.pct_units;
                break;
            case RequestStatus::Rejected:
                ++row.rejected;
                break;
            case RequestStatus::Withdrawn:
                ++row.withdrawn;
                break;
        }
    }
    if (by == DiscountDimension::Reason || by == DiscountDimension::Account ||
        by == DiscountDimension::Month) {
        db::Statement s(conn,
                        "SELECT x.kind, x.date, x.account_id, a.code, x.reason, x.amount, x.id "
                        "FROM returns x JOIN accounts a ON a.id = x.account_id "
                        "WHERE (?1 IS NULL OR x.date >= ?1) AND (?2 IS NULL OR x.date <= ?2)");
        s.bind(1, f.from ? std::optional<std::string>(to_iso(*f.from)) : std::nullopt);
        s.bind(2, f.to ? std::optional<std::string>(to_iso(*f.to)) : std::nullopt);
        while (s.step()) {
            if (!in_scope(s.get_int(2))) {
                continue;
            }
            const std::string key = by == DiscountDimension::Reason    ? s.get_text(4)
                                    : by == DiscountDimension::Account ? s.get_text(3)
                                                                       : s.get_text(1).substr(0, 7);
            DiscountAnalysisRow& row = row_for(0, key);
            (s.get_text(0) == "return" ? row.returns_cents : row.write_offs_cents) += s.get_int(5);
            row.return_ids.push_back(s.get_int(6));
        }
    }
    if (by == DiscountDimension::Reason || by == DiscountDimension::Account ||
        by == DiscountDimension::Month) {
        // Claims written off count as write-offs too, by their code, their promotion's account
        // and the claim's date.
        db::Statement s(
            conn,
            "SELECT ifnull(w.reason_code, '(no code)'), p.account_id, a.code, "
            "c.claim_date, w.amount, w.id FROM claim_settlements w "
            "JOIN claims c ON c.id = w.claim_id "
            "JOIN promotions p ON p.id = c.promotion_id "
            "JOIN accounts a ON a.id = p.account_id "
            "WHERE w.kind = 'written_off' AND w.reversed_at IS NULL "
            "AND (?1 IS NULL OR c.claim_date >= ?1) AND (?2 IS NULL OR c.claim_date <= ?2)");
        s.bind(1, f.from ? std::optional<std::string>(to_iso(*f.from)) : std::nullopt);
        s.bind(2, f.to ? std::optional<std::string>(to_iso(*f.to)) : std::nullopt);
        while (s.step()) {
            if (!in_scope(s.get_int(1))) {
                continue;
            }
            const std::string key = by == DiscountDimension::Reason    ? s.get_text(0)
                                    : by == DiscountDimension::Account ? s.get_text(2)
                                                                       : s.get_text(3).substr(0, 7);
            DiscountAnalysisRow& row = row_for(0, key);
            row.write_offs_cents += s.get_int(4);
            row.claim_write_off_ids.push_back(s.get_int(5));
        }
    }
    std::vector<DiscountAnalysisRow> out;
    out.reserve(rows.size());
    for (auto& [k, row] : rows) {
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace uplift
