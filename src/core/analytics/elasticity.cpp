#include "analytics/elasticity.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <utility>

#include "db/connection.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "security/audit.h"

namespace uplift {

namespace {

// The sums of one (account, sku) and kind, shifted by its first point so that they stay small
// and exact enough in double; turned into a centred LogLogFit once the run of rows ends.
struct ElasticityGroupSums {
    std::int64_t n = 0;
    double x0 = 0, y0 = 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    double min_dx = 0, max_dx = 0;

    void add(double x, double y) {
        if (n == 0) {
            x0 = x;
            y0 = y;
        }
        ++n;
        const double dx = x - x0;
        const double dy = y - y0;
        sx += dx;
        sy += dy;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
        min_dx = std::min(min_dx, dx);
        max_dx = std::max(max_dx, dx);
    }

    LogLogFit fit() const {
        const auto nn = static_cast<long double>(n);
        const long double mx = sx / nn;
        const long double my = sy / nn;
        return LogLogFit::from_moments(n, x0 + mx, y0 + my, sxx - sx * mx, sxy - sx * my,
                                       syy - sy * my, x0 + min_dx, x0 + max_dx);
    }
};

// ln(units) for the usual small unit counts, computed once.
class ElasticityLnTable {
  public:
    ElasticityLnTable() : table_(kSize) {
        for (std::size_t i = 1; i < kSize; ++i) {
            table_[i] = std::log(static_cast<double>(i));
        }
    }
    double operator()(std::int64_t v) const {
        return v < static_cast<std::int64_t>(kSize) ? table_[static_cast<std::size_t>(v)]
                                                    : std::log(static_cast<double>(v));
    }

  private:
    static constexpr std::size_t kSize = 1 << 16;
    std::vector<double> table_;
};

struct ElasticityProductInfo {
    std::int64_t brand_id = 0;
    std::int64_t category_id = 0;
    std::string sku;
};

ElasticityEstimate make_elasticity_estimate(ElasticityScope scope, std::string key,
                                            const LogLogFit& fit, double fallback) {
    ElasticityEstimate e;
    e.scope = scope;
    e.key = std::move(key);
    const double slope = fit.slope();
    e.elasticity = slope == 0 ? 0.0 : -slope;
    e.r2 = fit.r2();
    e.n = fit.n();
    e.sd_ln_price = fit.sd_x();
    e.usable =
        e.n >= kElasticityMinWeeks && e.sd_ln_price >= kElasticityMinLnPriceSd && e.elasticity > 0;
    e.used = e.usable ? e.elasticity : fallback;
    return e;
}

void sort_elasticities_by_key(std::vector<ElasticityEstimate>& v) {
    std::sort(v.begin(), v.end(), [](const ElasticityEstimate& a, const ElasticityEstimate& b) {
        return a.key < b.key;
    });
}

std::unordered_map<std::int64_t, std::string> elasticity_names_by_id(db::Connection& conn,
                                                                     std::string_view sql) {
    std::unordered_map<std::int64_t, std::string> out;
    db::Statement s(conn, sql);
    while (s.step()) {
        out.emplace(s.get_int(0), s.get_text(1));
    }
    return out;
}

}  // namespace

// ---- LogLogFit ---------------------------------------------------------------------------

LogLogFit LogLogFit::from_moments(std::int64_t n, long double mean_x, long double mean_y,
                                  long double sxx, long double sxy, long double syy, double min_x,
                                  double max_x) {
    LogLogFit f;
    if (n <= 0) {
        return f;
    }
    f.n_ = n;
    f.mean_x_ = mean_x;
    f.mean_y_ = mean_y;
    f.sxx_ = std::max(sxx, 0.0L);
    f.sxy_ = sxy;
    f.syy_ = std::max(syy, 0.0L);
    f.min_x_ = min_x;
    f.max_x_ = max_x;
    return f;
}

void LogLogFit::add(double x, double y) {
    LogLogFit one;
    one.n_ = 1;
    one.mean_x_ = x;
    one.mean_y_ = y;
    one.min_x_ = one.max_x_ = x;
    merge(one);
}

void LogLogFit::merge(const LogLogFit& other) {
    if (other.n_ == 0) {
        return;
    }
    if (n_ == 0) {
        *this = other;
        return;
    }
    const auto na = static_cast<long double>(n_);
    const auto nb = static_cast<long double>(other.n_);
    const long double n = na + nb;
    const long double dx = other.mean_x_ - mean_x_;
    const long double dy = other.mean_y_ - mean_y_;
    const long double w = na * nb / n;
    sxx_ += other.sxx_ + dx * dx * w;
    sxy_ += other.sxy_ + dx * dy * w;
    syy_ += other.syy_ + dy * dy * w;
    mean_x_ += dx * nb / n;
    mean_y_ += dy * nb / n;
    n_ += other.n_;
    min_x_ = std::min(min_x_, other.min_x_);
    max_x_ = std::max(max_x_, other.max_x_);
}

LogLogFit LogLogFit::centred() const {
    LogLogFit f = *this;
    f.min_x_ = static_cast<double>(min_x_ - mean_x_);
    f.max_x_ = static_cast<double>(max_x_ - mean_x_);
    f.mean_x_ = 0;
    f.mean_y_ = 0;
    return f;
}

double LogLogFit::slope() const {
    return has_spread() ? static_cast<double>(sxy_ / sxx_) : 0.0;
}

double LogLogFit::r2() const {
    if (!has_spread() || !(syy_ > 0)) {
        return 0.0;
    }
    const long double r2 = sxy_ * sxy_ / (sxx_ * syy_);
    return static_cast<double>(std::clamp(r2, 0.0L, 1.0L));
}

double LogLogFit::sd_x() const {
    if (n_ < 2) {
        return 0.0;
    }
    return static_cast<double>(std::sqrt(std::max(sxx_, 0.0L) / static_cast<long double>(n_ - 1)));
}

// ---- scopes and settings -----------------------------------------------------------------

std::string_view elasticity_scope_name(ElasticityScope scope) {
    switch (scope) {
        case ElasticityScope::Category:
            return "category";
        case ElasticityScope::Brand:
            return "brand";
        case ElasticityScope::AccountSku:
            return "account-sku";
    }
    return "category";
}

std::optional<ElasticityScope> parse_elasticity_scope(std::string_view text) {
    for (const auto s :
         {ElasticityScope::Category, ElasticityScope::Brand, ElasticityScope::AccountSku}) {
        if (text == elasticity_scope_name(s)) {
            return s;
        }
    }
    return std::nullopt;
}

double default_elasticity(db::Connection& conn) {
    db::Statement s(conn, "SELECT value FROM settings WHERE key = 'default_elasticity'");
    if (!s.step()) {
        return kElasticityFallback;
    }
    const std::string text = s.get_text(0);
    double v = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || ptr != end || !(v > 0) || !std::isfinite(v)) {
        throw UserError(
            fmt::format("the setting default_elasticity is '{}', not a positive number", text));
    }
    return v;
}

// ---- estimation --------------------------------------------------------------------------

ElasticityResults estimate_elasticities(db::Connection& conn, const ElasticityOptions& options) {
    const bool with_account_sku = options.with_account_sku;
    const bool within = options.pooling == ElasticityPooling::WithinAccountSku;
    ElasticityResults out;
    out.default_elasticity = default_elasticity(conn);

    // Master data is small: read it once instead of joining it to every actuals row.
    std::unordered_map<std::int64_t, ElasticityProductInfo> products;
    {
        db::Statement s(conn,
                        "SELECT p.id, p.brand_id, b.category_id, p.sku FROM products p "
                        "JOIN brands b ON b.id = p.brand_id");
        while (s.step()) {
            products.emplace(s.get_int(0),
                             ElasticityProductInfo{s.get_int(1), s.get_int(2), s.get_text(3)});
        }
    }
    const auto brand_names = elasticity_names_by_id(conn, "SELECT id, name FROM brands");
    const auto category_names = elasticity_names_by_id(conn, "SELECT id, name FROM categories");
    std::unordered_map<std::int64_t, std::string> account_codes;
    if (with_account_sku) {
        account_codes = elasticity_names_by_id(conn, "SELECT id, code FROM accounts");
    }

    std::unordered_map<std::int64_t, LogLogFit> by_brand;
    std::unordered_map<std::int64_t, LogLogFit> by_category;
    const ElasticityLnTable ln_units;

    // One streaming pass in primary-key order, so each (account, sku) arrives as one run of
    // rows: its sell-in and sell-out sums are kept apart until the run ends.
    db::Statement rows(conn,
                       "SELECT account_id, product_id, kind, units, gross_amount FROM actuals "
                       "ORDER BY account_id, product_id");
    std::int64_t cur_account = 0;
    std::int64_t cur_product = 0;
    bool in_group = false;
    bool has_sell_in = false;
    ElasticityGroupSums sums[2];

    auto flush = [&] {
        if (!in_group) {
            return;
        }
        const ElasticityGroupSums& g = sums[has_sell_in ? 0 : 1];
        const auto p = products.find(cur_product);
        if (g.n > 0 && p != products.end()) {
            const LogLogFit fit = g.fit();
            const LogLogFit pooled = within ? fit.centred() : fit;
            by_brand[p->second.brand_id].merge(pooled);
            by_category[p->second.category_id].merge(pooled);
            if (with_account_sku && fit.has_spread()) {
                const auto a = account_codes.find(cur_account);
                out.account_sku.push_back(make_elasticity_estimate(
                    ElasticityScope::AccountSku,
                    (a != account_codes.end() ? a->second : std::to_string(cur_account)) + "/" +
                        p->second.sku,
                    fit, out.default_elasticity));
            }
        }
        sums[0] = {};
        sums[1] = {};
        has_sell_in = false;
    };

    while (rows.step()) {
        const std::int64_t account = rows.get_int(0);
        const std::int64_t product = rows.get_int(1);
        if (!in_group || account != cur_account || product != cur_product) {
            flush();
            in_group = true;
            cur_account = account;
            cur_product = product;
        }
        const bool sell_in = rows.get_int(2) == 0;
        has_sell_in = has_sell_in || sell_in;
        const std::int64_t units = rows.get_int(3);
        const std::int64_t gross = rows.get_int(4);
        if (units <= 0 || gross <= 0) {
            continue;  // no logarithm: zero-unit weeks (and returns) are left out
        }
        const double x = std::log(static_cast<double>(gross) / static_cast<double>(units));
        sums[sell_in ? 0 : 1].add(x, ln_units(units));
    }
    flush();

    for (const auto& [id, fit] : by_category) {
        if (fit.has_spread()) {
            out.category.push_back(make_elasticity_estimate(
                ElasticityScope::Category, category_names.at(id), fit, out.default_elasticity));
        }
    }
    for (const auto& [id, fit] : by_brand) {
        if (fit.has_spread()) {
            out.brand.push_back(make_elasticity_estimate(ElasticityScope::Brand, brand_names.at(id),
                                                         fit, out.default_elasticity));
        }
    }
    sort_elasticities_by_key(out.category);
    sort_elasticities_by_key(out.brand);
    sort_elasticities_by_key(out.account_sku);
    return out;
}

std::vector<ElasticityEstimate> estimate_elasticities(db::Connection& conn, ElasticityScope scope,
                                                      ElasticityPooling pooling) {
    ElasticityResults r =
        estimate_elasticities(conn, {scope == ElasticityScope::AccountSku, pooling});
    switch (scope) {
        case ElasticityScope::Category:
            return std::move(r.category);
        case ElasticityScope::Brand:
            return std::move(r.brand);
        case ElasticityScope::AccountSku:
            return std::move(r.account_sku);
    }
    return {};
}

// ---- the stored table and planning ----------------------------------------------------------

std::int64_t count_usable(const ElasticityResults& r) {
    std::int64_t n = 0;
    for (const auto* list : {&r.category, &r.brand, &r.account_sku}) {
        n += std::count_if(list->begin(), list->end(),
                           [](const ElasticityEstimate& e) { return e.usable; });
    }
    return n;
}

ElasticityResults refresh_elasticities(db::Connection& conn, const ActionContext& ctx) {
    db::Transaction tx(conn);
    const std::int64_t before = db::query_int(conn, "SELECT count(*) FROM elasticities");
    ElasticityResults r = estimate_elasticities(conn);
    db::Statement(conn, "DELETE FROM elasticities").exec();
    db::Statement ins(conn,
                      "INSERT INTO elasticities(scope, key, elasticity, r2, n) "
                      "VALUES(?, ?, ?, ?, ?)");
    nlohmann::json stored = nlohmann::json::object();
    for (const auto& [scope, list] : {std::pair{ElasticityScope::Category, &r.category},
                                      std::pair{ElasticityScope::Brand, &r.brand},
                                      std::pair{ElasticityScope::AccountSku, &r.account_sku}}) {
        std::int64_t count = 0;
        for (const ElasticityEstimate& e : *list) {
            if (!e.usable) {
                continue;
            }
            ins.reset();
            ins.bind_all(elasticity_scope_name(e.scope), e.key, e.elasticity, e.r2, e.n);
            ins.exec();
            ++count;
        }
        stored[std::string(elasticity_scope_name(scope))] = count;
    }
    nlohmann::json after = {{"stored", stored}, {"default", r.default_elasticity}};
    write_audit(conn, ctx,
                {"refresh", "elasticities", "", fmt::format("{} rows", before), after.dump(), "",
                 std::nullopt});
    tx.commit();
    return r;
}

PlanningElasticity planning_elasticity(db::Connection& conn, std::int64_t product_id) {
    db::Statement p(conn,
                    "SELECT b.name, c.name FROM products p JOIN brands b ON b.id = p.brand_id "
                    "JOIN categories c ON c.id = b.category_id WHERE p.id = ?");
    p.bind(1, product_id);
    if (!p.step()) {
        throw UserError(fmt::format("no product with id {}", product_id));
    }
    const std::string brand = p.get_text(0);
    const std::string category = p.get_text(1);
    db::Statement find(conn,
                       "SELECT elasticity, r2, n FROM elasticities WHERE scope = ? AND key = ?");
    for (const auto& [scope, key] : {std::pair{ElasticityScope::Brand, brand},
                                     std::pair{ElasticityScope::Category, category}}) {
        find.reset();
        find.bind_all(elasticity_scope_name(scope), key);
        if (find.step()) {
            const double e = find.get_double(0);
            const std::int64_t n = find.get_int(2);
            // Only usable rows are stored; the check guards against rows written otherwise.
            if (n >= kElasticityMinWeeks && e > 0 && std::isfinite(e)) {
                return {e, scope, key, n, find.get_double(1)};
            }
        }
    }
    PlanningElasticity d;
    d.value = default_elasticity(conn);
    return d;
}

double elasticity_for_planning(db::Connection& conn, std::int64_t product_id) {
    return planning_elasticity(conn, product_id).value;
}

}  // namespace uplift
