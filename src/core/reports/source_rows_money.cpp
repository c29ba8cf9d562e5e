// The rows behind money figures booked by hand or by workflow: a fund's ledger entries and open
// commitments (budget vs actual), discount requests, returns and write-offs (discount analysis).
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "db/statement.h"
#include "discounts/discount_request.h"
#include "errors.h"
#include "funds/fund.h"
#include "money/money.h"
#include "money/rounding.h"
#include "reports/source_rows_fill.h"

namespace uplift::source_rows_detail {

namespace {

// The ledger kinds each budget-vs-actual column sums (funds/ledger.h); empty: not one sum.
std::vector<std::string> kinds_of_budget_column(const std::string& column) {
    if (column == "allocated") {
        return {"allocation", "adjustment"};
    }
    if (column == "accrued") {
        return {"accrual"};
    }
    if (column == "transfers_in") {
        return {"transfer_in"};
    }
    if (column == "transfers_out") {
        return {"transfer_out"};
    }
    if (column == "distributed") {
        return {"distribution"};
    }
    if (column == "actual") {
        return {"actual", "write_off"};
    }
    return {};
}

SourceTable fund_ledger_table(db::Connection& conn, std::int64_t fund_id, const FundSource& src,
                              const std::vector<std::string>& kinds, bool summed, std::size_t limit,
                              const std::atomic<bool>* cancel) {
    SourceFill fill("ledger-entries", "Fund ledger entries",
                    {"id", "date", "kind", "amount", "source", "user", "reason"}, 3,
                    summed ? std::vector<std::string>{"amount"} : std::vector<std::string>{}, {},
                    limit, cancel);
    // fund_ledger_fund(fund_id, kind) serves it; kinds are few, so they are chosen here.
    db::Statement s(conn,
                    "SELECT id, booked_on, kind, amount, source_type, source_id, user_name, "
                    "reason FROM fund_ledger WHERE fund_id = ?1 AND (?2 IS NULL OR booked_on <= "
                    "?2) ORDER BY id");
    s.bind(1, fund_id);
    s.bind(2, src.as_of ? std::optional<std::string>(to_iso(*src.as_of)) : std::nullopt);
    while (s.step()) {
        const std::string kind = s.get_text(2);
        if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
            continue;
        }
        const std::int64_t amount = s.get_int(3);
        const auto source_id = s.get_opt_int(5);
        fill.add({std::to_string(s.get_int(0)), s.get_text(1), kind, format_minor(amount),
                  s.get_text(4) + (source_id ? " " + std::to_string(*source_id) : ""),
                  s.get_text(6), s.get_text(7)},
                 {Exact::whole(amount)});
    }
    return fill.finish();
}

// Per tactic: commitment + changes − releases − settled, never below 0; Σ open = committed.
SourceTable open_commitments_table(db::Connection& conn, std::int64_t fund_id,
                                   const FundSource& src, std::size_t limit,
                                   const std::atomic<bool>* cancel) {
    SourceFill fill("open-commitments", "Open commitments by tactic",
                    {"promo_id", "tactic", "committed", "changes", "released", "settled", "open"},
                    2, {"committed", "changes", "released", "settled", "open"}, {}, limit, cancel);
    db::Statement s(
        conn,
        "SELECT l.tactic_id, ifnull(p.code, ''), ifnull(t.kind, ''), "
        "sum(CASE l.kind WHEN 'commitment' THEN l.amount ELSE 0 END), "
        "sum(CASE l.kind WHEN 'commitment_change' THEN l.amount ELSE 0 END), "
        "sum(CASE l.kind WHEN 'release' THEN l.amount ELSE 0 END), "
        "sum(CASE l.kind WHEN 'actual' THEN l.amount ELSE 0 END) "
        "FROM fund_ledger l LEFT JOIN tactics t ON t.id = l.tactic_id "
        "LEFT JOIN scenarios c ON c.id = t.scenario_id "
        "LEFT JOIN promotions p ON p.id = c.promotion_id "
        "WHERE l.fund_id = ?1 AND l.tactic_id IS NOT NULL AND l.kind IN ('commitment', "
        "'commitment_change', 'release', 'actual') AND (?2 IS NULL OR l.booked_on <= ?2) "
        "GROUP BY l.tactic_id ORDER BY 2, l.tactic_id");
    s.bind(1, fund_id);
    s.bind(2, src.as_of ? std::optional<std::string>(to_iso(*src.as_of)) : std::nullopt);
    while (s.step()) {
        const std::int64_t committed = s.get_int(3);
        const std::int64_t changes = s.get_int(4);
        const std::int64_t released = s.get_int(5);
        const std::int64_t settled = s.get_int(6);
        const std::int64_t open =
            std::max<std::int64_t>(0, committed + changes - released - settled);
        fill.add({s.get_text(1), fmt::format("{} {}", s.get_text(2), s.get_int(0)),
                  format_minor(committed), format_minor(changes), format_minor(released),
                  format_minor(settled), format_minor(open)},
                 {Exact::whole(committed), Exact::whole(changes), Exact::whole(released),
                  Exact::whole(settled), Exact::whole(open)});
    }
    return fill.finish();
}

std::string percent_text(std::int64_t pct_units) {
    return format_minor(round_half_away(static_cast<Wide>(pct_units), 100));
}

SourceTable requests_table(db::Connection& conn, const DiscountSource& src,
                           std::optional<RequestStatus> only, std::size_t limit,
                           const std::atomic<bool>* cancel) {
    SourceFill fill(
        only == RequestStatus::Approved ? "approved-requests" : "requests",
        only ? "Discount requests: " + request_status_name(*only)
             : std::string("Discount requests"),
        {"id", "account", "skus", "from", "to", "reason", "status", "decided_by", "pct", "value"},
        8, {"value"}, {}, limit, cancel);
    for (const std::int64_t id : src.requests) {
        const auto r = find_request(conn, id);
        if (!r) {
            throw UserError(fmt::format("discount request {} no longer exists", id));
        }
        if (only && r->status != *only) {
            continue;
        }
        std::string skus;
        for (const auto& sku : r->skus) {
            skus += (skus.empty() ? "" : ",") + sku;
        }
        fill.add({std::to_string(r->id), r->account, skus, to_iso(r->period.first),
                  to_iso(r->period.last), r->reason, request_status_name(r->status), r->decided_by,
                  percent_text(r->pct_units), format_minor(r->value_cents)},
                 {Exact::whole(r->value_cents)});
    }
    return fill.finish();
}

// Returns and write-offs entered or imported, and claims written off, as discount analysis
// counts them; `kind` "return" or "write_off" (claims count as write-offs); empty: all.
SourceTable returns_table(db::Connection& conn, const DiscountSource& src, const std::string& kind,
                          std::size_t limit, const std::atomic<bool>* cancel) {
    SourceFill fill(kind.empty() ? "returns-and-write-offs" : kind + "s",
                    kind == "return"      ? "Returns"
                    : kind == "write_off" ? "Write-offs"
                                          : "Returns and write-offs",
                    {"kind", "id", "date", "account", "item", "reason", "units", "amount"}, 6,
                    {"amount"}, {}, limit, cancel);
    db::Statement r(conn,
                    "SELECT x.kind, x.date, a.code, p.sku, x.reason, x.units, x.amount FROM "
                    "returns x JOIN accounts a ON a.id = x.account_id JOIN products p ON p.id = "
                    "x.product_id WHERE x.id = ?1");
    for (const std::int64_t id : src.returns) {
        r.reset();
        r.bind(1, id);
        if (!r.step() || (!kind.empty() && r.get_text(0) != kind)) {
            continue;
        }
        fill.add({r.get_text(0), std::to_string(id), r.get_text(1), r.get_text(2), r.get_text(3),
                  r.get_text(4), std::to_string(r.get_int(5)), format_minor(r.get_int(6))},
                 {Exact::whole(r.get_int(6))});
    }
    if (kind == "return") {
        return fill.finish();
    }
    db::Statement w(conn,
                    "SELECT c.claim_date, a.code, c.claim_id, ifnull(w.reason_code, '(no code)'), "
                    "w.amount FROM claim_settlements w JOIN claims c ON c.id = w.claim_id "
                    "JOIN promotions p ON p.id = c.promotion_id "
                    "JOIN accounts a ON a.id = p.account_id WHERE w.id = ?1");
    for (const std::int64_t id : src.claim_write_offs) {
        w.reset();
        w.bind(1, id);
        if (!w.step()) {
            continue;
        }
        fill.add({"claim_write_off", std::to_string(id), w.get_text(0), w.get_text(1),
                  "claim " + w.get_text(2), w.get_text(3), "", format_minor(w.get_int(4))},
                 {Exact::whole(w.get_int(4))});
    }
    return fill.finish();
}

}  // namespace

std::vector<SourceTable> fund_tables(db::Connection& conn, const FundSource& src,
                                     const std::string& column, std::size_t limit,
                                     const std::atomic<bool>* cancel) {
    const auto fund = find_fund(conn, src.fund);
    if (!fund) {
        throw UserError(fmt::format("fund '{}' no longer exists", src.fund));
    }
    std::vector<SourceTable> out;
    if (column == "committed") {
        out.push_back(open_commitments_table(conn, fund->id, src, limit, cancel));
        out.back().figure_column = "open";
        out.push_back(fund_ledger_table(conn, fund->id, src,
                                        {"commitment", "commitment_change", "release", "actual"},
                                        false, limit, cancel));
        return out;
    }
    const std::vector<std::string> kinds = kinds_of_budget_column(column);
    out.push_back(fund_ledger_table(conn, fund->id, src, kinds, !kinds.empty(), limit, cancel));
    if (!kinds.empty()) {
        out.back().figure_column = "amount";
    }
    return out;
}

std::vector<SourceTable> discount_tables(db::Connection& conn, const DiscountSource& src,
                                         const std::string& column, std::size_t limit,
                                         const std::atomic<bool>* cancel) {
    std::vector<SourceTable> out;
    const auto by_status = [&](RequestStatus s, const char* figure) {
        out.push_back(requests_table(conn, src, s, limit, cancel));
        out.back().figure_column = figure;
    };
    if (column == "returns") {
        out.push_back(returns_table(conn, src, "return", limit, cancel));
        out.back().figure_column = "amount";
    } else if (column == "write_offs") {
        out.push_back(returns_table(conn, src, "write_off", limit, cancel));
        out.back().figure_column = "amount";
    } else if (column == "pending") {
        by_status(RequestStatus::Pending, "rows");
    } else if (column == "approved") {
        by_status(RequestStatus::Approved, "rows");
    } else if (column == "rejected") {
        by_status(RequestStatus::Rejected, "rows");
    } else if (column == "withdrawn") {
        by_status(RequestStatus::Withdrawn, "rows");
    } else if (column == "approved_value") {
        by_status(RequestStatus::Approved, "value");
    } else if (column == "avg_approved_pct") {
        by_status(RequestStatus::Approved, "");
    } else {
        out.push_back(requests_table(conn, src, std::nullopt, limit, cancel));
        out.back().figure_column = column == "requests"          ? "rows"
                                   : column == "requested_value" ? "value"
                                                                 : "";
        if (!src.returns.empty() || !src.claim_write_offs.empty()) {
            out.push_back(returns_table(conn, src, "", limit, cancel));
        }
    }
    return out;
}

}  // namespace uplift::source_rows_detail
