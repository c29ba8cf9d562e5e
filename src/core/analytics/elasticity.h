#pragma once
// Price elasticity (SPEC §3, "Modelling"): a log-log OLS of weekly units on the week's
// effective price (gross_amount / units) per category, per brand and per account × sku, with
// the configurable default (setting `default_elasticity`, 2.0) where the data are too thin.
// Formulas and a worked example: docs/formulas.md, "Price elasticity".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "security/action_context.h"

namespace uplift {

namespace db {
class Connection;
}

enum class ElasticityScope { Category, Brand, AccountSku };

// "category", "brand", "account-sku" (the values of elasticities.scope and of --by).
std::string_view elasticity_scope_name(ElasticityScope scope);
std::optional<ElasticityScope> parse_elasticity_scope(std::string_view text);

// Planning uses an estimate only with at least this many weeks, this much spread of
// ln(price) (sample standard deviation) and a positive value; otherwise the default.
inline constexpr std::int64_t kElasticityMinWeeks = 26;
inline constexpr double kElasticityMinLnPriceSd = 0.02;
inline constexpr double kElasticityFallback = 2.0;  // when the setting is missing

// Running sums of one regression of y = ln(units) on x = ln(price), kept centred (means and
// sums of squared deviations, merged with Chan's formulas) so that Σxx − (Σx)²/n never
// cancels, however many points and however large the prices.
class LogLogFit {
  public:
    void add(double x, double y);
    void merge(const LogLogFit& other);
    // A fit from its moments: means, sums of squared and crossed deviations, range of x.
    static LogLogFit from_moments(std::int64_t n, long double mean_x, long double mean_y,
                                  long double sxx, long double sxy, long double syy, double min_x,
                                  double max_x);

    std::int64_t n() const { return n_; }
    // True when x takes at least two values (the slope exists).
    bool has_spread() const { return n_ > 1 && max_x_ > min_x_ && sxx_ > 0; }
    // The same fit moved to means (0, 0): merging centred fits adds only their within-group
    // sums (the fixed-effects estimator).
    LogLogFit centred() const;
    double slope() const;  // Sxy / Sxx; 0 without spread
    double r2() const;     // Sxy² / (Sxx · Syy) in [0, 1]; 0 when y is constant
    double sd_x() const;   // sample standard deviation of x (n − 1); 0 when n < 2

  private:
    std::int64_t n_ = 0;
    long double mean_x_ = 0, mean_y_ = 0;
    long double sxx_ = 0, sxy_ = 0, syy_ = 0;
    double min_x_ = 0, max_x_ = 0;
};

struct ElasticityEstimate {
    ElasticityScope scope = ElasticityScope::Category;
    std::string key;        // category name, brand name, or "ACCOUNT/SKU"
    double elasticity = 0;  // minus the OLS slope: positive when units rise as price falls
    double r2 = 0;
    std::int64_t n = 0;      // weeks used
    double sd_ln_price = 0;  // sample standard deviation of ln(price)
    bool usable = false;     // n ≥ 26, sd ≥ 0.02 and elasticity > 0
    double used = 0;         // what planning uses: the estimate when usable, else the default
};

struct ElasticityResults {
    std::vector<ElasticityEstimate> category;
    std::vector<ElasticityEstimate> brand;
    std::vector<ElasticityEstimate> account_sku;  // filled only when asked for
    double default_elasticity = kElasticityFallback;
};

// The setting `default_elasticity`; kElasticityFallback when it is missing. UserError when it
// is not a positive number.
double default_elasticity(db::Connection& conn);

// How category and brand estimates combine their (account, sku) series.
enum class ElasticityPooling {
    // One OLS over all (account, sku, week) points of the key. Differences of price and volume
    // *between* skus and accounts count as much as changes over time, which biases the slope
    // towards zero (a big shop sells more at the same price): kept for comparison.
    Pooled,
    // Fixed effects (the default): ln(price) and ln(units) are centred within each
    // (account, sku) first, so only changes over time count (the "within" estimator; r2 is
    // then the within R²). On the real cheese data: 2.64 within vs 1.33 pooled.
    WithinAccountSku,
};

struct ElasticityOptions {
    bool with_account_sku = true;  // also list account × sku estimates
    ElasticityPooling pooling = ElasticityPooling::WithinAccountSku;
};

// Every estimate of the three scopes in one pass over the actuals (read-only). Each list
// holds the keys whose effective price takes at least two values, ordered by key (bytewise).
// Rows: sell-in; an (account, sku) with no sell-in row uses its sell-out rows. Weeks with
// units ≤ 0 or gross_amount ≤ 0 are left out.
ElasticityResults estimate_elasticities(db::Connection& conn,
                                        const ElasticityOptions& options = {});
// One scope only (same pass; account × sku is skipped unless asked for).
std::vector<ElasticityEstimate> estimate_elasticities(
    db::Connection& conn, ElasticityScope scope,
    ElasticityPooling pooling = ElasticityPooling::WithinAccountSku);

// Recomputes the estimates and replaces the content of the `elasticities` table with those
// planning may use (the usable ones, every scope), in one transaction with one audit entry.
// Any existing user may do it. Returns the estimates (all of them, usable or not).
ElasticityResults refresh_elasticities(db::Connection& conn, const ActionContext& ctx);
// How many of the estimates are usable (what refresh_elasticities stores).
std::int64_t count_usable(const ElasticityResults& r);

// What planning uses for a product, from the stored table (refresh_elasticities): the brand's
// estimate if stored and usable, else the category's, else the default.
struct PlanningElasticity {
    double value = kElasticityFallback;
    std::optional<ElasticityScope> scope;  // nullopt: the default
    std::string key;                       // the brand or category name; "" for the default
    std::int64_t n = 0;
    double r2 = 0;
};
PlanningElasticity planning_elasticity(db::Connection& conn, std::int64_t product_id);
double elasticity_for_planning(db::Connection& conn, std::int64_t product_id);

}  // namespace uplift
