#include "pricing/price_import.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "db/statement.h"
#include "pricing/prices.h"
#include "security/audit.h"

namespace uplift {

namespace {

struct PriceValues {
    std::optional<std::string> valid_from;
    std::optional<std::string> valid_to;
    std::int64_t list_price = 0;
    std::int64_t unit_cost = 0;
    bool operator==(const PriceValues&) const = default;
};

std::string price_json(std::int64_t product_id, std::optional<std::int64_t> account_id,
                       const PriceValues& v) {
    nlohmann::json j{{"product_id", product_id},  {"account_id", nullptr},
                     {"valid_from", nullptr},     {"valid_to", nullptr},
                     {"list_price", v.list_price}, {"unit_cost", v.unit_cost}};
    if (account_id) {
        j["account_id"] = *account_id;
    }
    if (v.valid_from) {
        j["valid_from"] = *v.valid_from;
    }
    if (v.valid_to) {
        j["valid_to"] = *v.valid_to;
    }
    return j.dump();
}

class PriceImporter final : public RowImporter {
public:
    explicit PriceImporter(ImportContext& ctx)
        : ctx_(ctx),
          find_(ctx.conn,
                "SELECT id, valid_to, list_price, unit_cost FROM prices WHERE product_id = ? "
                "AND ifnull(account_id, 0) = ifnull(?, 0) AND ifnull(valid_from, '') = ?"),
          insert_(ctx.conn,
                  "INSERT INTO prices(product_id, account_id, valid_from, valid_to, list_price, "
                  "unit_cost) VALUES(?, ?, ?, ?, ?, ?)"),
          update_(ctx.conn,
                  "UPDATE prices SET valid_to = ?, list_price = ?, unit_cost = ? WHERE id = ?") {}

    void row(RowFields& f) override {
        auto sku = f.required_text("sku", 64);
        const auto from = f.date("valid_from", true);
        const auto to = f.date("valid_to", true);
        auto list = f.money_minor("list_price", ctx_.decimal_mark, false);
        auto cost = f.money_minor("unit_cost", ctx_.decimal_mark, false);
        std::string account;
        if (const auto a = f.text("account")) {
            account = std::string(*a);
        }
        if (from && to && *to < *from) {
            f.problem("valid_to", fmt::format("{} is before valid_from {}", to_iso(*to),
                                              to_iso(*from)));
            return;
        }
        if (!sku || !list || !cost) {
            return;
        }
        const auto product_id = id_of("SELECT id FROM products WHERE sku = ?", *sku);
        if (!product_id) {
            f.problem("sku", fmt::format("unknown sku '{}' (import products first)", *sku));
            return;
        }
        std::optional<std::int64_t> account_id;
        if (!account.empty()) {
            account_id = id_of("SELECT id FROM accounts WHERE code = ?", account);
            if (!account_id) {
                f.problem("account",
                          fmt::format("unknown account '{}' (import accounts first)", account));
                return;
            }
        }
        PriceValues v;
        if (from) {
            v.valid_from = to_iso(*from);
        }
        if (to) {
            v.valid_to = to_iso(*to);
        }
        v.list_price = *list;
        v.unit_cost = *cost;
        const auto key = std::make_tuple(*product_id, account_id.value_or(0),
                                         v.valid_from.value_or(""));
        if (const auto [it, fresh] = keys_.emplace(key, f.line()); !fresh) {
            f.problem("valid_from",
                      fmt::format("the price of '{}'{} from {} appears twice (first on line {})",
                                  *sku, account.empty() ? "" : " for " + account,
                                  v.valid_from.value_or("the start"), it->second));
            return;
        }
        if (!ctx_.issues.empty()) {
            return;
        }
        touched_.insert(*product_id);
        find_.reset();
        find_.bind_all(*product_id, account_id, v.valid_from.value_or(""));
        if (!find_.step()) {
            insert_.reset();
            insert_.bind_all(*product_id, account_id, v.valid_from, v.valid_to, v.list_price,
                             v.unit_cost);
            insert_.exec();
            const std::int64_t id = ctx_.conn.last_insert_id();
            line_of_[id] = f.line();
            const std::string json = price_json(*product_id, account_id, v);
            ctx_.record_change("price", id, "insert", std::nullopt, json);
            write_audit(ctx_.conn, ctx_.actor,
                        {"import", "price", *sku, std::nullopt, json, "", ctx_.batch_id});
            ++ctx_.counts.inserted;
            return;
        }
        const std::int64_t id = find_.get_int(0);
        PriceValues old = v;
        old.valid_to = find_.get_opt_text(1);
        old.list_price = find_.get_int(2);
        old.unit_cost = find_.get_int(3);
        find_.reset();
        line_of_[id] = f.line();
        if (old == v) {
            ++ctx_.counts.unchanged;
            return;
        }
        update_.reset();
        update_.bind_all(v.valid_to, v.list_price, v.unit_cost, id);
        update_.exec();
        const std::string before = price_json(*product_id, account_id, old);
        const std::string after = price_json(*product_id, account_id, v);
        ctx_.record_change("price", id, "update", before, after);
        write_audit(ctx_.conn, ctx_.actor,
                    {"import", "price", *sku, before, after, "", ctx_.batch_id});
        ++ctx_.counts.updated;
    }

    void finish() override {
        if (!ctx_.issues.empty()) {
            return;
        }
        for (const std::int64_t product_id : touched_) {
            for (const auto& o : find_price_overlaps(ctx_.conn, product_id)) {
                // Name the line of this file's row; an overlap with an older row names it too.
                const auto a = line_of_.find(o.first_id);
                const auto b = line_of_.find(o.second_id);
                const std::int64_t line = b != line_of_.end() ? b->second : a->second;
                const std::string other =
                    (a != line_of_.end() && b != line_of_.end())
                        ? fmt::format("the row on line {}", std::min(a->second, b->second))
                        : std::string("a price already in the database");
                ctx_.issues.add(line, "valid_from",
                                fmt::format("the validity of this price of '{}'{} overlaps {}",
                                            o.sku, o.account.empty() ? "" : " for " + o.account,
                                            other));
            }
        }
    }

private:
    std::optional<std::int64_t> id_of(const char* sql, const std::string& key) {
        auto& cache = cache_[sql];
        if (const auto it = cache.find(key); it != cache.end()) {
            return it->second;
        }
        db::Statement s(ctx_.conn, sql);
        s.bind(1, key);
        std::optional<std::int64_t> id;
        if (s.step()) {
            id = s.get_int(0);
        }
        cache.emplace(key, id);
        return id;
    }

    ImportContext& ctx_;
    db::Statement find_;
    db::Statement insert_;
    db::Statement update_;
    std::map<std::tuple<std::int64_t, std::int64_t, std::string>, std::int64_t> keys_;
    std::set<std::int64_t> touched_;
    std::unordered_map<std::int64_t, std::int64_t> line_of_;
    std::map<std::string, std::unordered_map<std::string, std::optional<std::int64_t>>> cache_;
};

}  // namespace

std::unique_ptr<RowImporter> make_price_importer(ImportContext& ctx) {
    return std::make_unique<PriceImporter>(ctx);
}

}  // namespace uplift
