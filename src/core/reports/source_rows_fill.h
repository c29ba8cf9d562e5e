#pragma once
// Fills one drill-down table (reports/source_rows.h): keeps the first `limit` rows, counts
// every row and sums the figure columns exactly over all of them, then prints the sums once,
// as the reports print their figures. Private to the source_rows*.cpp files.
#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

#include "money/exact.h"
#include "reports/source_rows.h"

namespace uplift::source_rows_detail {

// Sell-in rows of the brand's products at the channel's (and region's) accounts, weeks
// [first, last]. The CROSS JOINs keep SQLite's order: accounts, then products, then the
// primary-key range of each pair (its EXPLAIN QUERY PLAN is checked in
// tests/core/source_rows_test.cpp).
inline constexpr const char* kSalesCellRows =
    "SELECT x.week, a.code, p.sku, x.units, x.gross_amount, ifnull(x.discount_amount, 0) "
    "FROM accounts a CROSS JOIN products p CROSS JOIN actuals x "
    "WHERE a.channel_id = ?1 AND (?2 IS NULL OR a.region_id = ?2) AND p.brand_id = ?3 "
    "AND x.account_id = a.id AND x.product_id = p.id AND x.week BETWEEN ?4 AND ?5 "
    "AND x.kind = 0";

class SourceFill {
  public:
    // `words`: how many leading columns are words; `money`/`whole`: the columns summed, as
    // money in cents (2 decimals) or whole units; their amounts are passed to add() in the
    // order money columns first, then whole ones.
    SourceFill(std::string name, std::string title, std::vector<std::string> header,
               std::size_t words, std::vector<std::string> money, std::vector<std::string> whole,
               std::size_t limit, const std::atomic<bool>* cancel);

    void add(std::vector<std::string> cells, const std::vector<Exact>& amounts);
    SourceTable finish();

  private:
    SourceTable out_;
    std::vector<std::string> money_;
    std::vector<std::string> whole_;
    std::vector<Exact> sums_;
    std::size_t limit_;
    const std::atomic<bool>* cancel_;
};

// The rows of the promotions of a PromotionSource (source_rows_promotions.cpp).
std::vector<SourceTable> promotion_tables(db::Connection& conn, const PromotionSource& src,
                                          const std::string& column, std::size_t limit,
                                          const std::atomic<bool>* cancel);
// The spend of each tactic on the promotions' lines: Σ = the promotions' spend.
SourceTable spend_table(db::Connection& conn, const PromotionSource& src, std::size_t limit,
                        const std::atomic<bool>* cancel);

// A fund's ledger and open commitments (source_rows_money.cpp).
std::vector<SourceTable> fund_tables(db::Connection& conn, const FundSource& src,
                                     const std::string& column, std::size_t limit,
                                     const std::atomic<bool>* cancel);
// Discount requests, returns and write-offs (source_rows_money.cpp).
std::vector<SourceTable> discount_tables(db::Connection& conn, const DiscountSource& src,
                                         const std::string& column, std::size_t limit,
                                         const std::atomic<bool>* cancel);

// Actuals-based: a brand × channel cell, flagged rows, targets (source_rows_sales.cpp).
std::vector<SourceTable> sales_tables(db::Connection& conn, const SalesSource& src,
                                      const std::string& column, std::size_t limit,
                                      const std::atomic<bool>* cancel);
std::vector<SourceTable> flagged_tables(db::Connection& conn, const FlaggedSource& src,
                                        const std::string& column, std::size_t limit,
                                        const std::atomic<bool>* cancel);
std::vector<SourceTable> target_tables(db::Connection& conn, const TargetSource& src,
                                       const std::string& column, std::size_t limit,
                                       const std::atomic<bool>* cancel);

}  // namespace uplift::source_rows_detail
