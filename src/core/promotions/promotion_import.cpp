#include "promotions/promotion_import.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <unordered_map>

#include "db/statement.h"
#include "errors.h"
#include "money/percent.h"
#include "promotions/promotion_content.h"
#include "promotions/promotion_store.h"
#include "security/audit.h"

namespace uplift {

namespace {

struct FileLine {
    std::int64_t line = 0;
    std::int64_t product_id = 0;
    std::int64_t pct_units = 0;
    std::int64_t fixed_cents = 0;
    std::string fund;
    std::optional<std::int64_t> planned_units;
};

struct FilePromotion {
    std::int64_t first_line = 0;
    std::int64_t account_id = 0;
    std::string account;
    Period instore;
    std::string campaign;
    PromotionStatus status = PromotionStatus::Draft;
    std::vector<FileLine> lines;
};

class PromotionImporter final : public RowImporter {
  public:
    explicit PromotionImporter(ImportContext& ctx) : ctx_(ctx) {
        db::Statement a(ctx.conn, "SELECT id, code FROM accounts");
        while (a.step()) {
            accounts_.emplace(a.get_text(1), a.get_int(0));
        }
        db::Statement p(ctx.conn, "SELECT id, sku FROM products");
        while (p.step()) {
            products_.emplace(p.get_text(1), p.get_int(0));
        }
    }

    void row(RowFields& f) override {
        auto code = f.required_text("promo_id", 64);
        auto account = f.required_text("account", 64);
        auto sku = f.required_text("sku", 64);
        const auto start = f.date("start", false);
        const auto end = f.date("end", false);
        std::optional<std::int64_t> pct;
        if (const auto t = f.text("discount_pct"); t && !t->empty()) {
            const DecimalParse p = parse_decimal(*t, 4, ctx_.decimal_mark);
            if (!p.ok()) {
                f.problem("discount_pct", fmt::format("'{}' is not a percentage: {}", *t, p.error));
            } else if (p.scaled < 0 || p.scaled > Percent::kWhole) {
                f.problem("discount_pct", fmt::format("'{}' is not between 0 and 100", *t));
            } else {
                pct = p.scaled;
            }
        } else {
            pct = 0;  // an empty depth: a line with fixed costs only
        }
        std::optional<std::int64_t> fixed = 0;
        if (const auto t = f.text("fixed_cost"); t && !t->empty()) {
            fixed = f.money_minor("fixed_cost", ctx_.decimal_mark, false);
        }
        std::optional<std::int64_t> planned;
        bool planned_ok = true;
        if (const auto t = f.text("planned_units"); t && !t->empty()) {
            planned = f.whole_number("planned_units", ctx_.decimal_mark, false);
            planned_ok = planned.has_value();
        }
        const std::string fund(f.text("fund").value_or(""));
        const std::string campaign(f.text("campaign").value_or(""));
        PromotionStatus status = PromotionStatus::Draft;
        if (const auto t = f.text("status"); t && !t->empty()) {
            const auto s = parse_promotion_status(*t);
            if (!s || (*s != PromotionStatus::Draft && *s != PromotionStatus::Planned &&
                       *s != PromotionStatus::Submitted && *s != PromotionStatus::Closed)) {
                f.problem("status",
                          fmt::format("'{}' is not draft, planned, submitted or closed", *t));
                return;
            }
            status = *s;
        }
        if (start && end && *end < *start) {
            f.problem("end", fmt::format("{} is before start {}", to_iso(*end), to_iso(*start)));
            return;
        }
        std::int64_t account_id = 0;
        if (account) {
            if (const auto it = accounts_.find(*account); it != accounts_.end()) {
                account_id = it->second;
            } else {
                f.problem("account",
                          fmt::format("unknown account '{}' (import accounts first)", *account));
            }
        }
        std::int64_t product_id = 0;
        if (sku) {
            if (const auto it = products_.find(*sku); it != products_.end()) {
                product_id = it->second;
            } else {
                f.problem("sku", fmt::format("unknown sku '{}' (import products first)", *sku));
            }
        }
        if (!code || !start || !end || !pct || !fixed || !planned_ok || account_id == 0 ||
            product_id == 0) {
            return;
        }
        auto [it, fresh] = promos_.try_emplace(*code);
        FilePromotion& p = it->second;
        if (fresh) {
            order_.push_back(*code);
            p.first_line = f.line();
            p.account_id = account_id;
            p.account = *account;
            p.instore = {*start, *end};
            p.campaign = campaign;
            p.status = status;
        } else {
            const auto differs = [&](const char* column, const std::string& what) {
                f.problem(column, fmt::format("promotion '{}' has {} on line {}; every row of "
                                              "one promo_id must share it",
                                              *code, what, p.first_line));
            };
            if (p.account_id != account_id) {
                differs("account", fmt::format("account '{}'", p.account));
                return;
            }
            if (p.instore.first != *start) {
                differs("start", fmt::format("start {}", to_iso(p.instore.first)));
                return;
            }
            if (p.instore.last != *end) {
                differs("end", fmt::format("end {}", to_iso(p.instore.last)));
                return;
            }
            if (p.campaign != campaign) {
                differs("campaign", fmt::format("campaign '{}'", p.campaign));
                return;
            }
            if (p.status != status) {
                differs("status", fmt::format("status {}", status_name(p.status)));
                return;
            }
            for (const auto& l : p.lines) {
                if (l.product_id == product_id) {
                    f.problem("sku", fmt::format("sku '{}' appears twice in promotion '{}' "
                                                 "(first on line {})",
                                                 *sku, *code, l.line));
                    return;
                }
            }
        }
        p.lines.push_back({f.line(), product_id, *pct, *fixed, fund, planned});
    }

    void finish() override {
        if (!ctx_.issues.empty()) {
            return;
        }
        for (const auto& code : order_) {
            write(code, promos_.at(code));
        }
    }

  private:
    NewPromotion build(const std::string& code, const FilePromotion& fp) {
        NewPromotion n;
        n.code = code;
        n.name = code;
        if (!fp.campaign.empty()) {
            bool created = false;
            n.campaign_id = ensure_campaign(ctx_.conn, fp.campaign, &created);
            if (created) {
                ctx_.record_change("campaign", *n.campaign_id, "insert", std::nullopt,
                                   nlohmann::json{{"name", fp.campaign}}.dump());
            }
        }
        n.account_id = fp.account_id;
        n.instore = fp.instore;
        n.ship = default_ship_period(fp.instore);
        n.status = fp.status;
        n.batch_id = ctx_.batch_id;
        // One discount tactic per fund named by the rows; the fixed cost once, on the fund of
        // the row that gives the largest.
        std::map<std::string, std::size_t> by_fund;
        const FileLine* largest = nullptr;
        for (std::size_t i = 0; i < fp.lines.size(); ++i) {
            const FileLine& l = fp.lines[i];
            n.lines.push_back({l.product_id, l.planned_units});
            if (l.pct_units > 0) {
                auto [it, fresh] = by_fund.try_emplace(l.fund, n.tactics.size());
                if (fresh) {
                    n.tactics.push_back({TacticKind::DiscountPct, l.fund, 1'000'000, {}});
                }
                n.tactics[it->second].terms.push_back({i, fp.instore, l.pct_units});
            }
            if (l.fixed_cents > 0 && (largest == nullptr || l.fixed_cents > largest->fixed_cents)) {
                largest = &l;
            }
        }
        if (largest != nullptr) {
            n.tactics.push_back({TacticKind::FixedFee,
                                 largest->fund,
                                 1'000'000,
                                 {{std::nullopt, fp.instore, largest->fixed_cents}}});
        }
        return n;
    }

    void write(const std::string& code, const FilePromotion& fp) {
        NewPromotion n = build(code, fp);
        const std::string after = new_promotion_json(n);
        db::Statement find(ctx_.conn, "SELECT id, campaign_id FROM promotions WHERE code = ?");
        find.bind(1, code);
        if (!find.step()) {
            const std::int64_t id =
                insert_promotion(ctx_.conn, n, ctx_.actor.now, ctx_.actor.user_name);
            ctx_.record_change("promotion", id, "insert", std::nullopt, after);
            write_audit(ctx_.conn, ctx_.actor,
                        {"import", "promotion", code, std::nullopt, after, "", ctx_.batch_id});
            ++ctx_.counts.inserted;
            return;
        }
        const std::int64_t old_id = find.get_int(0);
        const std::optional<std::int64_t> old_campaign = find.get_opt_int(1);
        find.reset();
        const auto existing = load_promotion(ctx_.conn, code);
        NewPromotion old = promotion_as_new(*existing, old_campaign);
        old.batch_id = n.batch_id;  // the batch is not part of the content
        const std::string before = new_promotion_json(old);
        if (before == after) {
            ++ctx_.counts.unchanged;
            return;
        }
        const PromotionStatus st = existing->status;
        if (st != PromotionStatus::Draft && st != PromotionStatus::Planned &&
            st != PromotionStatus::Submitted && st != PromotionStatus::Closed) {
            ctx_.issues.add(fp.first_line, "promo_id",
                            fmt::format("promotion '{}' is {}; change it in Uplift, not by "
                                        "re-importing it",
                                        code, status_name(st)));
            return;
        }
        replace_promotion(ctx_.conn, old_id, n, ctx_.actor.now, ctx_.actor.user_name);
        ctx_.record_change("promotion", old_id, "update", before, after);
        write_audit(ctx_.conn, ctx_.actor,
                    {"import", "promotion", code, before, after, "", ctx_.batch_id});
        ++ctx_.counts.updated;
    }

    ImportContext& ctx_;
    std::unordered_map<std::string, std::int64_t> accounts_;
    std::unordered_map<std::string, std::int64_t> products_;
    std::unordered_map<std::string, FilePromotion> promos_;
    std::vector<std::string> order_;
};

}  // namespace

std::unique_ptr<RowImporter> make_promotion_importer(ImportContext& ctx) {
    return std::make_unique<PromotionImporter>(ctx);
}

}  // namespace uplift
