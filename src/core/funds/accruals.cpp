#include "funds/accruals.h"

#include <fmt/format.h>

#include <algorithm>

#include "db/statement.h"
#include "funds/ledger.h"
#include "masterdata/accounts.h"
#include "money/percent.h"

namespace uplift {

namespace {

std::optional<std::int64_t> week_of(const std::optional<std::string>& iso) {
    if (!iso) {
        return std::nullopt;
    }
    return day_number(parse_date(*iso));
}

// rate × gross (exact) or per_unit × units, rounded once.
std::int64_t accrued_amount(const std::optional<std::int64_t>& rate,
                            const std::optional<std::int64_t>& per_unit, Wide gross, Wide units) {
    if (rate) {
        return round_half_away(gross * *rate, Percent::kWhole);
    }
    return round_half_away(units * per_unit.value_or(0), 1);
}

}  // namespace

BatchAccruals::BatchAccruals(db::Connection& conn, std::int64_t batch_id)
    : conn_(conn), batch_id_(batch_id) {
    db::Statement f(conn,
                    "SELECT id, rate, per_unit, brand_id, account_id, channel_id, region_id, "
                    "valid_from, valid_to FROM funds WHERE type = 'accrual' ORDER BY id");
    while (f.step()) {
        Scope s;
        s.fund_id = f.get_int(0);
        s.rate = f.get_opt_int(1);
        s.per_unit = f.get_opt_int(2);
        s.brand_id = f.get_opt_int(3);
        if (const auto account = f.get_opt_int(4)) {
            s.accounts = account_subtree(conn, *account);
        }
        s.channel_id = f.get_opt_int(5);
        s.region_id = f.get_opt_int(6);
        // A weekly row counts in the period when its Monday does.
        s.from_week = week_of(f.get_opt_text(7));
        s.to_week = week_of(f.get_opt_text(8));
        funds_.push_back(std::move(s));
    }
    if (funds_.empty()) {
        return;
    }
    db::Statement p(conn, "SELECT id, brand_id FROM products");
    while (p.step()) {
        brand_of_[p.get_int(0)] = p.get_int(1);
    }
    db::Statement a(conn, "SELECT id, channel_id, region_id FROM accounts");
    while (a.step()) {
        channel_of_[a.get_int(0)] = a.get_int(1);
        region_of_[a.get_int(0)] = a.get_int(2);
    }
}

void BatchAccruals::on_change(const VolumeChange& c) {
    if (c.kind != 0 || funds_.empty()) {
        return;  // accruals follow sell-in
    }
    for (auto& s : funds_) {
        if ((s.brand_id && brand_of_[c.product_id] != *s.brand_id) ||
            (s.channel_id && channel_of_[c.account_id] != *s.channel_id) ||
            (s.region_id && region_of_[c.account_id] != *s.region_id) ||
            (s.from_week && c.week < *s.from_week) || (s.to_week && c.week > *s.to_week) ||
            (!s.accounts.empty() &&
             std::find(s.accounts.begin(), s.accounts.end(), c.account_id) == s.accounts.end())) {
            continue;
        }
        s.gross += c.delta_gross;
        s.units += c.delta_units;
    }
}

int BatchAccruals::book_all(const ActionContext& ctx) {
    int n = 0;
    for (const auto& s : funds_) {
        const std::int64_t amount = accrued_amount(s.rate, s.per_unit, s.gross, s.units);
        if (amount != 0) {
            book(conn_, ctx,
                 {0, s.fund_id, LedgerKind::Accrual, amount, ctx.today, "batch", batch_id_,
                  std::nullopt, ctx.user_name,
                  fmt::format("accrual on import batch {}", batch_id_)});
            ++n;
        }
    }
    return n;
}

void reverse_batch_accruals(db::Connection& conn, const ActionContext& ctx, std::int64_t batch_id) {
    db::Statement s(conn,
                    "SELECT fund_id, sum(amount) FROM fund_ledger WHERE kind = 'accrual' AND "
                    "source_type = 'batch' AND source_id = ? GROUP BY fund_id");
    s.bind(1, batch_id);
    std::vector<std::pair<std::int64_t, std::int64_t>> entries;
    while (s.step()) {
        entries.emplace_back(s.get_int(0), s.get_int(1));
    }
    for (const auto& [fund, sum] : entries) {
        book(conn, ctx,
             {0, fund, LedgerKind::Accrual, -sum, ctx.today, "batch", batch_id, std::nullopt,
              ctx.user_name, fmt::format("rollback of import batch {}", batch_id)});
    }
}

void accrue_existing(db::Connection& conn, const ActionContext& ctx, std::int64_t fund_id) {
    db::Statement f(conn, "SELECT rate, per_unit FROM funds WHERE id = ? AND type = 'accrual'");
    f.bind(1, fund_id);
    if (!f.step()) {
        return;
    }
    const auto rate = f.get_opt_int(0);
    const auto per_unit = f.get_opt_int(1);
    f.reset();
    db::Statement s(conn,
                    "WITH fund AS (SELECT * FROM funds WHERE id = ?1), "
                    "scope_accounts(id) AS (SELECT account_id FROM fund WHERE account_id IS NOT "
                    " NULL UNION SELECT a.id FROM accounts a JOIN scope_accounts t ON "
                    " a.parent_id = t.id) "
                    "SELECT x.batch_id, sum(x.gross_amount), sum(x.units) FROM actuals x "
                    "JOIN products p ON p.id = x.product_id JOIN accounts a ON a.id = x.account_id "
                    "JOIN fund f WHERE x.kind = 0 "
                    "AND (f.brand_id IS NULL OR p.brand_id = f.brand_id) "
                    "AND (f.channel_id IS NULL OR a.channel_id = f.channel_id) "
                    "AND (f.region_id IS NULL OR a.region_id = f.region_id) "
                    "AND (f.account_id IS NULL OR x.account_id IN (SELECT id FROM scope_accounts)) "
                    "AND (f.valid_from IS NULL OR x.week >= unixepoch(f.valid_from) / 86400) "
                    "AND (f.valid_to IS NULL OR x.week <= unixepoch(f.valid_to) / 86400) "
                    "GROUP BY x.batch_id ORDER BY x.batch_id");
    s.bind(1, fund_id);
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> batches;
    while (s.step()) {
        batches.emplace_back(s.get_int(0), s.get_int(1), s.get_int(2));
    }
    for (const auto& [batch, gross, units] : batches) {
        book(conn, ctx,
             {0, fund_id, LedgerKind::Accrual, accrued_amount(rate, per_unit, gross, units),
              ctx.today, "batch", batch, std::nullopt, ctx.user_name,
              fmt::format("accrual on import batch {} (fund created after it)", batch)});
    }
}

}  // namespace uplift
