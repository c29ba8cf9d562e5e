#include "targets/target_import.h"

#include <fmt/format.h>

#include <map>
#include <unordered_map>

#include "db/statement.h"
#include "errors.h"
#include "targets/target_store.h"

namespace uplift {

namespace {

class TargetImporter final : public RowImporter {
  public:
    explicit TargetImporter(ImportContext& ctx) : ctx_(ctx) {}

    void row(RowFields& f) override {
        const auto period_text = f.required_text("period", 7);
        const auto account = f.required_text("account", 64);
        const auto brand = f.required_text("brand", 200);
        const auto units = f.whole_number("units", ctx_.decimal_mark, false);
        const auto value = f.money_minor("value", ctx_.decimal_mark, false);
        std::optional<std::string> period;
        if (period_text) {
            try {
                period = normalise_target_period(*period_text);
            } catch (const UserError& e) {
                f.problem("period", e.what());
            }
        }
        std::optional<std::int64_t> account_id;
        if (account) {
            // Set only when known and allowed (no reset: GCC 12 then warns of an uninitialised
            // optional in the unity build).
            const auto found =
                lookup("SELECT id FROM accounts WHERE code = ?", *account, accounts_);
            if (!found) {
                f.problem("account", fmt::format("unknown account '{}'", *account));
            } else if (!allowed(*found)) {
                f.problem("account", fmt::format("user '{}' may not set the targets of account {}",
                                                 ctx_.actor.user_name, *account));
            } else {
                account_id = found;
            }
        }
        std::optional<std::int64_t> brand_id;
        if (brand) {
            brand_id = lookup("SELECT id FROM brands WHERE name = ?", *brand, brands_);
            if (!brand_id) {
                f.problem("brand", fmt::format("unknown brand '{}'", *brand));
            }
        }
        if (!period || !account_id || !brand_id || !units || !value) {
            return;
        }
        const TargetKey key{*period, *account_id, *brand_id};
        if (const auto [it, fresh] = lines_.emplace(key, f.line()); !fresh) {
            f.problem("period", fmt::format("target {} / {} / {} appears twice in the file (first "
                                            "on line {})",
                                            *period, *account, *brand, it->second));
            return;
        }
        if (!ctx_.issues.empty()) {
            return;  // a file with errors writes nothing; keep checking the rest
        }
        const bool existed = find_target(ctx_.conn, key).has_value();
        if (!write_target(ctx_.conn, ctx_.actor, key, *units, *value, "import", ctx_.batch_id)) {
            ++ctx_.counts.unchanged;
        } else if (existed) {
            ++ctx_.counts.updated;
        } else {
            ++ctx_.counts.inserted;
        }
    }

  private:
    std::optional<std::int64_t> lookup(const char* sql, const std::string& name,
                                       std::unordered_map<std::string, std::int64_t>& cache) {
        if (const auto it = cache.find(name); it != cache.end()) {
            return it->second;
        }
        db::Statement s(ctx_.conn, sql);
        s.bind(1, name);
        if (!s.step()) {
            return std::nullopt;
        }
        cache.emplace(name, s.get_int(0));
        return s.get_int(0);
    }

    bool allowed(std::int64_t account_id) {
        if (const auto it = allowed_.find(account_id); it != allowed_.end()) {
            return it->second;
        }
        bool ok = true;
        try {
            require_target_right(ctx_.conn, ctx_.actor, account_id, "import the targets");
        } catch (const PermissionDenied&) {
            ok = false;
        }
        allowed_.emplace(account_id, ok);
        return ok;
    }

    ImportContext& ctx_;
    std::map<TargetKey, std::int64_t> lines_;
    std::unordered_map<std::string, std::int64_t> accounts_, brands_;
    std::unordered_map<std::int64_t, bool> allowed_;
};

class InventoryImporter final : public RowImporter {
  public:
    explicit InventoryImporter(ImportContext& ctx) : ctx_(ctx) {}

    void row(RowFields& f) override {
        const auto date = f.date("date", false);
        const auto sku = f.required_text("sku", 64);
        const auto units = f.whole_number("units", ctx_.decimal_mark, false);
        std::optional<std::int64_t> product;
        if (sku) {
            db::Statement s(ctx_.conn, "SELECT id FROM products WHERE sku = ?");
            s.bind(1, *sku);
            if (s.step()) {
                product = s.get_int(0);
            } else {
                f.problem("sku", fmt::format("unknown sku '{}'", *sku));
            }
        }
        if (!date || !product || !units) {
            return;
        }
        const std::string day = to_iso(*date);
        if (const auto [it, fresh] = lines_.emplace(std::pair{day, *product}, f.line()); !fresh) {
            f.problem("date", fmt::format("sku {} on {} appears twice in the file (first on line "
                                          "{})",
                                          *sku, day, it->second));
            return;
        }
        if (!ctx_.issues.empty()) {
            return;
        }
        db::Statement cur(
            ctx_.conn, "SELECT units, batch_id FROM inventory WHERE date = ? AND product_id = ?");
        cur.bind_all(day, *product);
        if (cur.step()) {
            if (cur.get_int(0) == *units) {
                ++ctx_.counts.unchanged;
                return;
            }
            // Kept so that rolling this batch back puts the replaced row back.
            db::Statement keep(ctx_.conn,
                               "INSERT INTO inventory_replaced(replaced_by, date, product_id, "
                               "units, batch_id) VALUES(?, ?, ?, ?, ?)");
            keep.bind_all(ctx_.batch_id, day, *product, cur.get_int(0), cur.get_opt_int(1));
            keep.exec();
            ++ctx_.counts.updated;
        } else {
            ++ctx_.counts.inserted;
        }
        cur.reset();
        db::Statement put(ctx_.conn,
                          "INSERT INTO inventory(date, product_id, units, batch_id) "
                          "VALUES(?, ?, ?, ?) ON CONFLICT(date, product_id) DO UPDATE SET "
                          "units = excluded.units, batch_id = excluded.batch_id");
        put.bind_all(day, *product, *units, ctx_.batch_id);
        put.exec();
    }

  private:
    ImportContext& ctx_;
    std::map<std::pair<std::string, std::int64_t>, std::int64_t> lines_;
};

}  // namespace

std::unique_ptr<RowImporter> make_target_importer(ImportContext& ctx) {
    return std::make_unique<TargetImporter>(ctx);
}

std::unique_ptr<RowImporter> make_inventory_importer(ImportContext& ctx) {
    return std::make_unique<InventoryImporter>(ctx);
}

void rollback_inventory_batch(db::Connection& conn, std::int64_t batch_id) {
    // A later batch that replaced rows of ours keeps them in inventory_replaced.
    db::Statement newer(conn,
                        "SELECT replaced_by FROM inventory_replaced WHERE batch_id = ? LIMIT 1");
    newer.bind(1, batch_id);
    if (newer.step()) {
        throw UserError(
            fmt::format("cannot roll back batch {}: batch {} replaced some of its "
                        "rows since; roll back batch {} first",
                        batch_id, newer.get_int(0), newer.get_int(0)));
    }
    db::Statement del(conn, "DELETE FROM inventory WHERE batch_id = ?");
    del.bind(1, batch_id);
    del.exec();
    db::Statement back(conn,
                       "INSERT INTO inventory(date, product_id, units, batch_id) SELECT date, "
                       "product_id, units, batch_id FROM inventory_replaced WHERE replaced_by = ?");
    back.bind(1, batch_id);
    back.exec();
    db::Statement forget(conn, "DELETE FROM inventory_replaced WHERE replaced_by = ?");
    forget.bind(1, batch_id);
    forget.exec();
}

}  // namespace uplift
