#pragma once
// The demo data set behind `uplift-cli demo` and `make run`: a realistic, deterministic
// company of 500 skus (25 brands in 5 categories), 1,000 x scale accounts in 4 channels and
// 10 regions with their reps, central and account price lists, 156 weeks of sell-in, and the
// promotions behind its price cuts (about 20,000 lines at scale 1) in campaigns, in every
// status: history, the last half year, and half a year of plans beyond the actuals; and the
// trade funds behind them (HQ -> brand -> key account, channel accruals) with the commitments,
// claims, settlements and transfers of the promotions approved in Uplift; central discount
// conditions, discount requests in every state, returns and write-offs, and invoices that
// honour the conditions and approved promotions with a small share of unjustified discounts.
#include <atomic>
#include <cstdint>
#include <functional>

#include "calendar/calendar.h"
#include "db/connection.h"
#include "security/action_context.h"

namespace uplift {

struct DemoOptions {
    double scale = 0.1;  // 1.0: 1,000 accounts and about 10M weekly actual rows
    std::uint64_t seed = 42;
};

struct DemoSummary {
    std::int64_t products = 0;
    std::int64_t brands = 0;
    std::int64_t categories = 0;
    std::int64_t accounts = 0;
    std::int64_t reps = 0;
    std::int64_t actual_rows = 0;
    std::int64_t price_rows = 0;
    std::int64_t batch_id = 0;
    std::int64_t promotions = 0;
    std::int64_t promotion_lines = 0;
    std::int64_t campaigns = 0;
    std::int64_t funds = 0;
    std::int64_t claims = 0;
    std::int64_t open_claims = 0;  // entered, not (fully) settled
    std::int64_t transfers = 0;
    std::int64_t targets = 0;            // (period, account, brand) targets
    std::int64_t target_periods = 0;     // months with targets
    std::int64_t bottom_up_targets = 0;  // of them, a rep's value beside the top-down one
    std::int64_t inventory_rows = 0;
    std::int64_t conditions = 0;         // central discount conditions
    std::int64_t discount_requests = 0;  // in every state
    std::int64_t returns = 0;            // returns and write-offs
};

// The actuals cover the 156 ISO weeks from this Monday on, whatever today is, so that the
// same options always give the same file.
inline const Date kDemoFirstMonday{2023, 1, 2};
inline constexpr int kDemoWeeks = 156;

// Fills an empty Uplift file (no products and no accounts yet; refused with UserError
// otherwise) in one transaction. Same options and same starting file give byte-identical
// content. Needs the Admin role. progress(done, total) counts actual rows; setting *cancel
// stops the work with Cancelled and leaves the file as it was.
DemoSummary build_demo(db::Connection& conn, const ActionContext& ctx, const DemoOptions& opt,
                       const std::function<void(std::int64_t, std::int64_t)>& progress = {},
                       const std::atomic<bool>* cancel = nullptr);

}  // namespace uplift
