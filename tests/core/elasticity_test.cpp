// Price elasticity (SPEC §3): the log-log OLS recovers a known elasticity from noisy weekly
// data, lists only keys whose price varies, leaves zero-unit weeks out, uses sell-in rows (or
// sell-out where an account x sku has no sell-in), falls back to the default where the data
// are thin, and stores what planning uses.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "analytics/elasticity.h"
#include "db/connection.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "security/action_context.h"
#include "security/audit.h"

using namespace uplift;
using Catch::Matchers::Contains;

namespace {

constexpr std::int64_t kFirstMonday = 20094;  // 2025-01-06

// A small company inserted directly: categories, brands, products, accounts, one batch.
class ElasticityDb {
  public:
    ElasticityDb() {
        conn.exec_script(
            "INSERT INTO channels(id, name) VALUES (1, 'Retail');"
            "INSERT INTO regions(id, name) VALUES (1, 'North');"
            "INSERT INTO import_batches(id, kind, file_name, imported_at, user_id) "
            "VALUES (1, 'actuals', 'test.csv', '2025-01-01T00:00:00Z', 1);");
    }

    std::int64_t category(const std::string& name) {
        return insert("INSERT INTO categories(name) VALUES(?)", name);
    }
    std::int64_t brand(const std::string& name, std::int64_t category_id) {
        db::Statement s(conn, "INSERT INTO brands(name, category_id) VALUES(?, ?)");
        s.bind_all(name, category_id);
        s.exec();
        return conn.last_insert_id();
    }
    std::int64_t product(const std::string& sku, std::int64_t brand_id) {
        db::Statement s(conn,
                        "INSERT INTO products(sku, name, brand_id, list_price, unit_cost) "
                        "VALUES(?, ?, ?, 200, 100)");
        s.bind_all(sku, sku, brand_id);
        s.exec();
        return conn.last_insert_id();
    }
    std::int64_t account(const std::string& code) {
        db::Statement s(conn,
                        "INSERT INTO accounts(code, name, channel_id, region_id) "
                        "VALUES(?, ?, 1, 1)");
        s.bind_all(code, code);
        s.exec();
        return conn.last_insert_id();
    }
    // One weekly row; week is the index from kFirstMonday; kind 0 = sell-in, 1 = sell-out.
    void actual(std::int64_t account_id, std::int64_t product_id, int week, std::int64_t units,
                std::int64_t gross_cents, int kind = 0) {
        db::Statement s(conn,
                        "INSERT INTO actuals(account_id, product_id, week, kind, units, "
                        "gross_amount, batch_id) VALUES(?, ?, ?, ?, ?, ?, 1)");
        s.bind_all(account_id, product_id, kFirstMonday + 7 * std::int64_t{week}, kind, units,
                   gross_cents);
        s.exec();
    }

    db::Connection conn = db::create_memory();

  private:
    std::int64_t insert(const char* sql, const std::string& value) {
        db::Statement s(conn, sql);
        s.bind(1, value);
        s.exec();
        return conn.last_insert_id();
    }
};

// Noise factor exp(sigma z) with z close to standard normal: a sum of four uniforms from a
// fixed-seed engine (the same on every platform, unlike std::normal_distribution).
class Noise {
  public:
    explicit Noise(std::uint64_t seed) : rng_(seed) {}
    double factor(double sigma) {
        double sum = 0;
        for (int i = 0; i < 4; ++i) {
            sum += static_cast<double>(rng_() >> 11) * 0x1.0p-53;
        }
        return std::exp(sigma * (sum - 2.0) * std::sqrt(3.0));
    }
    std::uint64_t pick(std::uint64_t n) { return rng_() % n; }

  private:
    std::mt19937_64 rng_;
};

// Weeks of (account, product) with units = base × (price / list)^(−e) × noise, prices drawn
// from 0.75 … 1.20 × list (1.50 … 2.40 for the list price 2.00). Returns the number of rows
// with units > 0.
struct Series {
    std::int64_t list_cents = 200;
    double base_units = 1000;
};
int generate(ElasticityDb& d, std::int64_t account_id, std::int64_t product_id, int weeks,
             double elasticity, Noise& noise, int kind = 0, int zero_every = 0,
             Series series = {}) {
    int used = 0;
    for (int w = 0; w < weeks; ++w) {
        if (zero_every > 0 && w % zero_every == zero_every - 1) {
            d.actual(account_id, product_id, w, 0, 0, kind);  // a week that sold nothing
            continue;
        }
        const std::int64_t cents =
            series.list_cents * (15 + static_cast<std::int64_t>(noise.pick(10))) / 20;
        const double mean = series.base_units * std::pow(static_cast<double>(cents) /
                                                             static_cast<double>(series.list_cents),
                                                         -elasticity);
        const auto units = static_cast<std::int64_t>(std::llround(mean * noise.factor(0.1)));
        d.actual(account_id, product_id, w, units, units * cents, kind);
        ++used;
    }
    return used;
}

const ElasticityEstimate* find_key(const std::vector<ElasticityEstimate>& v,
                                   const std::string& key) {
    for (const auto& e : v) {
        if (e.key == key) {
            return &e;
        }
    }
    return nullptr;
}

ActionContext admin(db::Connection& conn) {
    return load_actor(conn, "admin", Date(2025, 6, 2), "2025-06-02T10:00:00Z");
}

}  // namespace

TEST_CASE("the OLS recovers a known elasticity of 2.5 from noisy weekly data", "[elasticity]") {
    ElasticityDb d;
    const auto drinks = d.category("Drinks");
    const auto fizz = d.brand("Fizz", drinks);
    const auto cola = d.product("COLA", fizz);
    const auto lemon = d.product("LEMON", fizz);
    const auto a1 = d.account("A1");
    const auto a2 = d.account("A2");
    Noise noise(20250106);
    int n = 0;
    for (const auto a : {a1, a2}) {
        for (const auto p : {cola, lemon}) {
            n += generate(d, a, p, 104, 2.5, noise, 0, 13);  // every 13th week sells nothing
        }
    }
    REQUIRE(n == 4 * 96);

    const ElasticityResults r =
        estimate_elasticities(d.conn, ElasticityOptions{true, ElasticityPooling::Pooled});
    REQUIRE(r.category.size() == 1);
    REQUIRE(r.brand.size() == 1);
    REQUIRE(r.account_sku.size() == 4);
    for (const auto* e : {&r.category[0], &r.brand[0]}) {
        CHECK(e->elasticity == Approx(2.5).epsilon(0.05));
        CHECK(e->r2 > 0.8);
        CHECK(e->r2 <= 1.0);
        CHECK(e->n == n);  // zero-unit weeks left out
        CHECK(e->usable);
        CHECK(e->used == e->elasticity);
    }
    // The pooled fit equals a plain two-pass OLS over every (account, sku, week) point.
    {
        db::Statement s(d.conn, "SELECT gross_amount, units FROM actuals WHERE units > 0");
        std::vector<std::pair<double, double>> pts;
        double sx = 0, sy = 0;
        while (s.step()) {
            pts.emplace_back(std::log(s.get_double(0) / s.get_double(1)),
                             std::log(s.get_double(1)));
            sx += pts.back().first;
            sy += pts.back().second;
        }
        const double mx = sx / static_cast<double>(pts.size());
        const double my = sy / static_cast<double>(pts.size());
        double sxx = 0, sxy = 0, syy = 0;
        for (const auto& [x, y] : pts) {
            sxx += (x - mx) * (x - mx);
            sxy += (x - mx) * (y - my);
            syy += (y - my) * (y - my);
        }
        CHECK(r.brand[0].elasticity == Approx(-sxy / sxx).epsilon(1e-9));
        CHECK(r.brand[0].r2 == Approx(sxy * sxy / (sxx * syy)).epsilon(1e-9));
        CHECK(r.brand[0].sd_ln_price ==
              Approx(std::sqrt(sxx / static_cast<double>(pts.size() - 1))).epsilon(1e-9));
    }
    CHECK(r.category[0].key == "Drinks");
    CHECK(r.category[0].scope == ElasticityScope::Category);
    CHECK(r.brand[0].key == "Fizz");
    CHECK(r.account_sku[0].key == "A1/COLA");
    CHECK(r.account_sku[1].key == "A1/LEMON");
    CHECK(r.account_sku[2].key == "A2/COLA");
    CHECK(r.account_sku[3].key == "A2/LEMON");
    for (const auto& e : r.account_sku) {
        // 96 points each: the standard error is about 0.07, so allow 10 %.
        CHECK(e.elasticity == Approx(2.5).epsilon(0.1));
        CHECK(e.n == 96);
        CHECK(e.scope == ElasticityScope::AccountSku);
    }
    // The single-scope call gives the same numbers.
    const auto brands =
        estimate_elasticities(d.conn, ElasticityScope::Brand, ElasticityPooling::Pooled);
    REQUIRE(brands.size() == 1);
    CHECK(brands[0].elasticity == r.brand[0].elasticity);
    CHECK(estimate_elasticities(d.conn, ElasticityOptions{false, ElasticityPooling::Pooled})
              .account_sku.empty());
}

TEST_CASE("the within estimator removes differences between skus", "[elasticity]") {
    // A premium sku at twice the price that also sells twice the volume: across skus, price
    // and volume rise together; over time, each sku has an elasticity of 2.5.
    ElasticityDb d;
    const auto brand = d.brand("Fizz", d.category("Drinks"));
    const auto cheap = d.product("CHEAP", brand);
    const auto premium = d.product("PREMIUM", brand);
    const auto a1 = d.account("A1");
    Noise noise(11);
    generate(d, a1, cheap, 104, 2.5, noise, 0, 0, {200, 1000});
    generate(d, a1, premium, 104, 2.5, noise, 0, 0, {400, 2000});

    const auto pooled =
        estimate_elasticities(d.conn, ElasticityScope::Brand, ElasticityPooling::Pooled);
    const auto within =
        estimate_elasticities(d.conn, ElasticityScope::Brand, ElasticityPooling::WithinAccountSku);
    REQUIRE(pooled.size() == 1);
    REQUIRE(within.size() == 1);
    CHECK(pooled[0].elasticity < 1.0);  // biased by the premium sku
    CHECK(within[0].elasticity == Approx(2.5).epsilon(0.05));
    CHECK(within[0].n == 208);
    CHECK(within[0].r2 > 0.8);

    // A sku whose price never changes adds no spread to the within fit.
    ElasticityDb flat;
    const auto b = flat.brand("Flat", flat.category("Cat"));
    const auto x = flat.product("X", b);
    const auto y = flat.product("Y", b);
    const auto a = flat.account("A1");
    for (int w = 0; w < 30; ++w) {
        flat.actual(a, x, w, 100 + w, (100 + w) * 200);
        flat.actual(a, y, w, 50 + w, (50 + w) * 300);
    }
    CHECK(estimate_elasticities(flat.conn, ElasticityScope::Brand, ElasticityPooling::Pooled)
              .size() == 1);
    CHECK(estimate_elasticities(flat.conn, ElasticityScope::Brand,
                                ElasticityPooling::WithinAccountSku)
              .empty());
}

TEST_CASE("the worked example of docs/formulas.md", "[elasticity]") {
    ElasticityDb d;
    const auto cola = d.product("COLA", d.brand("Fizz", d.category("Drinks")));
    const auto a1 = d.account("A1");
    d.actual(a1, cola, 0, 90, 18000);
    d.actual(a1, cola, 1, 110, 22000);
    d.actual(a1, cola, 2, 150, 24000);
    d.actual(a1, cola, 3, 170, 27200);
    d.actual(a1, cola, 4, 0, 0);           // left out
    d.actual(a1, cola, 0, 500, 50000, 1);  // sell-out: ignored, the pair has sell-in rows

    const auto r = estimate_elasticities(d.conn);
    REQUIRE(r.brand.size() == 1);
    const ElasticityEstimate& e = r.brand[0];
    CHECK(e.elasticity == Approx(2.1200337).epsilon(1e-6));
    CHECK(e.r2 == Approx(0.8889148).epsilon(1e-6));
    CHECK(e.sd_ln_price == Approx(0.1288320).epsilon(1e-6));
    CHECK(e.n == 4);
    CHECK_FALSE(e.usable);  // n < 26
    CHECK(e.used == 2.0);
}

TEST_CASE("a key whose price takes a single value is not listed", "[elasticity]") {
    ElasticityDb d;
    const auto snacks = d.category("Snacks");
    const auto crisp = d.product("CRISP", d.brand("Crisp", snacks));
    const auto nuts = d.product("NUTS", d.brand("Nuts", snacks));
    const auto a1 = d.account("A1");
    for (int w = 0; w < 52; ++w) {
        d.actual(a1, crisp, w, 100 + w, (100 + w) * 249);       // always 2.49
        d.actual(a1, nuts, w, 50 + w % 7, (50 + w % 7) * 399);  // always 3.99
    }
    const auto r =
        estimate_elasticities(d.conn, ElasticityOptions{true, ElasticityPooling::Pooled});
    CHECK(r.brand.empty());
    CHECK(r.account_sku.empty());
    // The category pools two skus at two prices: its price takes two values.
    REQUIRE(r.category.size() == 1);
    CHECK(r.category[0].key == "Snacks");
    CHECK(r.category[0].n == 104);
}

TEST_CASE("sell-in rows are used; an account x sku without sell-in uses sell-out", "[elasticity]") {
    ElasticityDb d;
    const auto brand = d.brand("Fizz", d.category("Drinks"));
    const auto cola = d.product("COLA", brand);
    const auto lemon = d.product("LEMON", brand);
    const auto a1 = d.account("A1");
    Noise noise(7);
    const int in = generate(d, a1, cola, 40, 2.5, noise, 0);
    generate(d, a1, cola, 60, 0.5, noise, 1);  // sell-out of a pair with sell-in: ignored
    const int out = generate(d, a1, lemon, 30, 1.5, noise, 1);
    // A pair whose sell-in sold nothing still counts as having sell-in: nothing is used.
    const auto tea = d.product("TEA", brand);
    for (int w = 0; w < 30; ++w) {
        d.actual(a1, tea, w, 0, 0, 0);
    }
    generate(d, a1, tea, 30, 3.0, noise, 1);

    const auto r = estimate_elasticities(d.conn);
    REQUIRE(r.account_sku.size() == 2);
    CHECK(r.account_sku[0].key == "A1/COLA");
    CHECK(r.account_sku[0].n == in);
    CHECK(r.account_sku[0].elasticity == Approx(2.5).epsilon(0.1));
    CHECK(r.account_sku[1].key == "A1/LEMON");
    CHECK(r.account_sku[1].n == out);
    CHECK(r.account_sku[1].elasticity == Approx(1.5).epsilon(0.1));
    REQUIRE(r.brand.size() == 1);
    CHECK(r.brand[0].n == in + out);
}

TEST_CASE("planning falls back to the default when the data are thin", "[elasticity]") {
    ElasticityDb d;
    const auto a1 = d.account("A1");
    Noise noise(99);

    // 25 weeks: one short of the minimum.
    const auto few = d.product("FEW", d.brand("Few", d.category("Cat few")));
    REQUIRE(generate(d, a1, few, 25, 2.5, noise) == 25);
    // 26 weeks: enough.
    const auto enough = d.product("ENOUGH", d.brand("Enough", d.category("Cat enough")));
    REQUIRE(generate(d, a1, enough, 26, 2.5, noise) == 26);
    // 104 weeks at 2.00 or 2.01: the price barely varies (sd of ln price ≈ 0.0025).
    const auto flat = d.product("FLAT", d.brand("Flat", d.category("Cat flat")));
    for (int w = 0; w < 104; ++w) {
        const std::int64_t cents = w % 2 == 0 ? 200 : 201;
        const auto units = static_cast<std::int64_t>(std::llround(1000 * noise.factor(0.1)));
        d.actual(a1, flat, w, units, units * cents);
    }
    // Units rise with price: the estimate is negative.
    const auto up = d.product("UP", d.brand("Up", d.category("Cat up")));
    REQUIRE(generate(d, a1, up, 52, -1.0, noise) == 52);

    auto r = estimate_elasticities(d.conn);
    REQUIRE(r.brand.size() == 4);
    const auto* e_few = find_key(r.brand, "Few");
    const auto* e_enough = find_key(r.brand, "Enough");
    const auto* e_flat = find_key(r.brand, "Flat");
    const auto* e_up = find_key(r.brand, "Up");
    REQUIRE(e_few != nullptr);
    REQUIRE(e_enough != nullptr);
    REQUIRE(e_flat != nullptr);
    REQUIRE(e_up != nullptr);
    CHECK(r.brand[0].key == "Enough");  // ordered by key
    CHECK(r.brand[3].key == "Up");

    CHECK(e_few->n == 25);
    CHECK_FALSE(e_few->usable);
    CHECK(e_few->used == 2.0);
    CHECK(e_few->elasticity == Approx(2.5).epsilon(0.1));  // still printed

    CHECK(e_enough->usable);
    CHECK(e_enough->used == e_enough->elasticity);

    CHECK(e_flat->n == 104);
    CHECK(e_flat->sd_ln_price < 0.02);
    CHECK(e_flat->sd_ln_price > 0);
    CHECK_FALSE(e_flat->usable);
    CHECK(e_flat->used == 2.0);

    CHECK(e_up->elasticity < 0);
    CHECK_FALSE(e_up->usable);
    CHECK(e_up->used == 2.0);

    // The default is a setting.
    d.conn.exec_script("UPDATE settings SET value = '1.5' WHERE key = 'default_elasticity'");
    r = estimate_elasticities(d.conn);
    CHECK(find_key(r.brand, "Few")->used == 1.5);
    CHECK(default_elasticity(d.conn) == 1.5);
    d.conn.exec_script("UPDATE settings SET value = 'abc' WHERE key = 'default_elasticity'");
    CHECK_THROWS_WITH(default_elasticity(d.conn), Contains("default_elasticity"));
    d.conn.exec_script("DELETE FROM settings WHERE key = 'default_elasticity'");
    CHECK(default_elasticity(d.conn) == kElasticityFallback);
}

TEST_CASE("refresh stores usable estimates; planning takes brand, then category, then default",
          "[elasticity]") {
    ElasticityDb d;
    const auto a1 = d.account("A1");
    const auto a2 = d.account("A2");
    Noise noise(2024);
    const auto drinks = d.category("Drinks");
    const auto fizz = d.product("FIZZ", d.brand("Fizz", drinks));
    const auto thin = d.product("THIN", d.brand("Thin", drinks));  // 10 weeks: not usable
    const auto other = d.product("OTHER", d.brand("Other", d.category("Other")));
    generate(d, a1, fizz, 60, 2.5, noise);
    generate(d, a2, fizz, 60, 2.5, noise);
    generate(d, a1, thin, 10, 3.0, noise);
    for (int w = 0; w < 30; ++w) {
        d.actual(a1, other, w, 100, 100 * 300);  // one price: nothing to estimate
    }

    // Nothing stored yet: the default.
    CHECK(elasticity_for_planning(d.conn, fizz) == 2.0);

    const ActionContext ctx = admin(d.conn);
    const ElasticityResults refreshed = refresh_elasticities(d.conn, ctx);
    // Drinks, Fizz, A1/FIZZ, A2/FIZZ; Thin and A1/THIN are listed but not usable.
    CHECK(count_usable(refreshed) == 4);
    CHECK(refreshed.brand.size() == 2);
    CHECK(refreshed.account_sku.size() == 3);
    CHECK(db::query_int(d.conn, "SELECT count(*) FROM elasticities") == 4);
    CHECK(db::query_int(d.conn,
                        "SELECT count(*) FROM elasticities WHERE scope = 'brand' AND "
                        "key = 'Thin'") == 0);
    const auto audit = audit_history(d.conn, "elasticities");
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == "refresh");
    CHECK(audit[0].user_name == "admin");
    REQUIRE(audit[0].new_value);
    CHECK_THAT(*audit[0].new_value, Contains("\"brand\":1"));

    const auto brands = estimate_elasticities(d.conn, ElasticityScope::Brand);
    const auto categories = estimate_elasticities(d.conn, ElasticityScope::Category);
    const PlanningElasticity pf = planning_elasticity(d.conn, fizz);
    REQUIRE(pf.scope == ElasticityScope::Brand);
    CHECK(pf.key == "Fizz");
    CHECK(pf.value == find_key(brands, "Fizz")->elasticity);
    CHECK(pf.n == 120);
    const PlanningElasticity pt = planning_elasticity(d.conn, thin);
    REQUIRE(pt.scope == ElasticityScope::Category);
    CHECK(pt.key == "Drinks");
    CHECK(pt.value == find_key(categories, "Drinks")->elasticity);
    const PlanningElasticity po = planning_elasticity(d.conn, other);
    CHECK_FALSE(po.scope);
    CHECK(po.value == 2.0);
    CHECK(elasticity_for_planning(d.conn, other) == 2.0);
    CHECK_THROWS_AS(elasticity_for_planning(d.conn, 9999), UserError);

    // A refresh replaces the rows: with the data gone, nothing is stored.
    d.conn.exec_script("DELETE FROM actuals");
    CHECK(count_usable(refresh_elasticities(d.conn, ctx)) == 0);
    CHECK(db::query_int(d.conn, "SELECT count(*) FROM elasticities") == 0);
    CHECK(audit_history(d.conn, "elasticities").size() == 2);
    CHECK(elasticity_for_planning(d.conn, fizz) == 2.0);
}

TEST_CASE("LogLogFit stays exact far from the origin and merges like one fit", "[elasticity]") {
    // y = 3 − 2.5 x + small deterministic wiggle, x around a large offset: the naive
    // Σxx − (Σx)²/n would lose every digit of the spread.
    const double offset = 1e7;
    LogLogFit all;
    LogLogFit first;
    LogLogFit second;
    double sx = 0, sy = 0;
    std::vector<std::pair<double, double>> pts;
    for (int i = 0; i < 100000; ++i) {
        const double dx = 0.01 * (i % 17) - 0.08;
        const double x = offset + dx;
        const double y = 3 - 2.5 * dx + 0.001 * ((i * 7919) % 13 - 6);
        pts.emplace_back(x, y);
        sx += dx;
        sy += y;
        all.add(x, y);
        (i < 30000 ? first : second).add(x, y);
    }
    // Reference: two-pass over the deviations from the offset.
    const double n = static_cast<double>(pts.size());
    const double mdx = sx / n, my = sy / n;
    double sxx = 0, sxy = 0, syy = 0;
    for (const auto& [x, y] : pts) {
        const double dx = (x - offset) - mdx;
        sxx += dx * dx;
        sxy += dx * (y - my);
        syy += (y - my) * (y - my);
    }
    CHECK(all.n() == 100000);
    CHECK(all.has_spread());
    CHECK(all.slope() == Approx(sxy / sxx).epsilon(1e-6));
    CHECK(all.r2() == Approx(sxy * sxy / (sxx * syy)).epsilon(1e-6));
    first.merge(second);
    CHECK(first.n() == all.n());
    CHECK(first.slope() == Approx(all.slope()).epsilon(1e-9));
    CHECK(first.r2() == Approx(all.r2()).epsilon(1e-9));
    CHECK(first.sd_x() == Approx(all.sd_x()).epsilon(1e-9));

    LogLogFit flat;
    flat.add(1.0, 2.0);
    flat.add(1.0, 3.0);
    CHECK_FALSE(flat.has_spread());
    CHECK(flat.slope() == 0);
    CHECK(flat.r2() == 0);
}

TEST_CASE("elasticity scopes have their file names", "[elasticity]") {
    CHECK(elasticity_scope_name(ElasticityScope::AccountSku) == "account-sku");
    CHECK(parse_elasticity_scope("brand") == ElasticityScope::Brand);
    CHECK(parse_elasticity_scope("category") == ElasticityScope::Category);
    CHECK(parse_elasticity_scope("account-sku") == ElasticityScope::AccountSku);
    CHECK_FALSE(parse_elasticity_scope("sku"));
}
