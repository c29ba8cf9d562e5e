#include "actuals/actuals_import.h"

#include <fmt/format.h>

#include <unordered_map>

#include "db/statement.h"

namespace uplift {

namespace {

std::unordered_map<std::string, std::int64_t> load_ids(db::Connection& conn, const char* sql) {
    std::unordered_map<std::string, std::int64_t> out;
    db::Statement s(conn, sql);
    while (s.step()) {
        out.emplace(s.get_text(1), s.get_int(0));
    }
    return out;
}

class ActualsImporter final : public RowImporter {
public:
    explicit ActualsImporter(ImportContext& ctx)
        : ctx_(ctx),
          accounts_(load_ids(ctx.conn, "SELECT id, code FROM accounts")),
          products_(load_ids(ctx.conn, "SELECT id, sku FROM products")),
          insert_(ctx.conn,
                  "INSERT INTO actuals(account_id, product_id, week, kind, units, gross_amount, "
                  "discount_amount, batch_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                  "ON CONFLICT(account_id, product_id, week, kind) DO NOTHING"),
          find_(ctx.conn,
                "SELECT units, gross_amount, discount_amount, batch_id FROM actuals "
                "WHERE account_id = ?1 AND product_id = ?2 AND week = ?3 AND kind = ?4"),
          keep_(ctx.conn,
                "INSERT INTO actuals_replaced(replaced_by, account_id, product_id, week, kind, "
                "units, gross_amount, discount_amount, batch_id) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
          replace_(ctx.conn,
                   "UPDATE actuals SET units = ?5, gross_amount = ?6, discount_amount = ?7, "
                   "batch_id = ?8 WHERE account_id = ?1 AND product_id = ?2 AND week = ?3 "
                   "AND kind = ?4") {}

    void row(RowFields& f) override {
        const auto week = week_of(f);
        const auto account = f.text("account").value_or("");
        const auto sku = f.text("sku").value_or("");
        const auto units = f.whole_number("units", ctx_.decimal_mark, false);
        const auto gross = f.money_minor("gross_amount", ctx_.decimal_mark, false);
        std::optional<std::int64_t> discount;
        bool discount_ok = true;
        if (const auto d = f.text("discount_amount"); d && !d->empty()) {
            discount = f.money_minor("discount_amount", ctx_.decimal_mark, false);
            discount_ok = discount.has_value();
        }
        int kind = 0;
        if (const auto k = f.text("kind"); k && !k->empty()) {
            if (*k == "sell_out") {
                kind = 1;
            } else if (*k != "sell_in") {
                f.problem("kind", fmt::format("'{}' is not sell_in or sell_out", *k));
                return;
            }
        }
        std::int64_t account_id = 0;
        if (account.empty()) {
            f.problem("account", "must not be empty");
        } else if (const auto it = accounts_.find(std::string(account)); it == accounts_.end()) {
            f.problem("account", fmt::format("unknown account '{}' (import accounts first)",
                                             account.substr(0, 64)));
        } else {
            account_id = it->second;
        }
        std::int64_t product_id = 0;
        if (sku.empty()) {
            f.problem("sku", "must not be empty");
        } else if (const auto it = products_.find(std::string(sku)); it == products_.end()) {
            f.problem("sku",
                      fmt::format("unknown sku '{}' (import products first)", sku.substr(0, 64)));
        } else {
            product_id = it->second;
        }
        if (!week || !units || !gross || !discount_ok || account_id == 0 || product_id == 0) {
            return;
        }
        if (discount && *discount > *gross) {
            f.problem("discount_amount", "is larger than gross_amount");
            return;
        }
        if (!ctx_.issues.empty()) {
            return;  // refused anyway: keep checking, stop writing
        }
        insert_.reset();
        insert_.bind_all(account_id, product_id, *week, kind, *units, *gross, discount,
                         ctx_.batch_id);
        insert_.exec();
        if (ctx_.conn.changes() == 1) {
            ++ctx_.counts.inserted;
            if (ctx_.on_volume_change) {
                ctx_.on_volume_change({account_id, product_id, *week, kind, *units, *gross});
            }
            return;
        }
        find_.reset();
        find_.bind_all(account_id, product_id, *week, kind);
        find_.step();
        const std::int64_t old_units = find_.get_int(0);
        const std::int64_t old_gross = find_.get_int(1);
        const std::optional<std::int64_t> old_discount = find_.get_opt_int(2);
        const std::int64_t old_batch = find_.get_int(3);
        find_.reset();
        if (old_batch == ctx_.batch_id) {
            f.problem("week",
                      fmt::format("a second row for week {}, account '{}', sku '{}' and kind {} "
                                  "(a row's key must be unique in a file)",
                                  to_iso(from_day_number(*week)), account, sku,
                                  kind == 0 ? "sell_in" : "sell_out"));
            return;
        }
        // Keep what this batch replaces (also when equal: the row now belongs to this batch,
        // and rolling it back gives the row back to the batch that had it).
        keep_.reset();
        keep_.bind_all(ctx_.batch_id, account_id, product_id, *week, kind, old_units, old_gross,
                       old_discount, old_batch);
        keep_.exec();
        replace_.reset();
        replace_.bind_all(account_id, product_id, *week, kind, *units, *gross, discount,
                          ctx_.batch_id);
        replace_.exec();
        if (old_units == *units && old_gross == *gross && old_discount == discount) {
            ++ctx_.counts.unchanged;
        } else {
            ++ctx_.counts.updated;
            if (ctx_.on_volume_change) {
                ctx_.on_volume_change({account_id, product_id, *week, kind, *units - old_units,
                                       *gross - old_gross});
            }
        }
    }

private:
    // Day number of the Monday of the row's ISO week; consecutive rows usually share it.
    std::optional<std::int64_t> week_of(RowFields& f) {
        const auto t = f.text("week");
        if (t && !t->empty() && *t == last_week_text_) {
            return last_week_;
        }
        const auto d = f.date("week", false);
        if (!d) {
            return std::nullopt;
        }
        last_week_text_ = std::string(*t);
        last_week_ = day_number(week_monday(*d));
        return last_week_;
    }

    ImportContext& ctx_;
    std::unordered_map<std::string, std::int64_t> accounts_;
    std::unordered_map<std::string, std::int64_t> products_;
    db::Statement insert_;
    db::Statement find_;
    db::Statement keep_;
    db::Statement replace_;
    std::string last_week_text_;
    std::int64_t last_week_ = 0;
};

}  // namespace

std::unique_ptr<RowImporter> make_actuals_importer(ImportContext& ctx) {
    return std::make_unique<ActualsImporter>(ctx);
}

}  // namespace uplift
