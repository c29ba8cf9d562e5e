#include "demo/demo_data.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "db/statement.h"
#include "db/transaction.h"
#include "demo/demo_plan.h"
#include "errors.h"
#include "security/audit.h"

namespace uplift {

namespace demo {

int first_week_on_or_after(std::int64_t day) {
    const std::int64_t offset = day - day_number(kDemoFirstMonday);
    if (offset <= 0) {
        return 0;
    }
    return static_cast<int>(std::min<std::int64_t>((offset + 6) / 7, kDemoWeeks));
}

}  // namespace demo

namespace {

constexpr double kMaxScale = 20;  // 20,000 accounts, ~200M rows: beyond that nobody waits

void require_empty_file(db::Connection& conn) {
    const std::int64_t products = db::query_int(conn, "SELECT count(*) FROM products");
    const std::int64_t accounts = db::query_int(conn, "SELECT count(*) FROM accounts");
    if (products > 0 || accounts > 0) {
        throw UserError(fmt::format(
            "demo data goes into an empty file only; this one already holds {} products and {} "
            "accounts (create a new file with init)",
            products, accounts));
    }
}

}  // namespace

DemoSummary build_demo(db::Connection& conn, const ActionContext& ctx, const DemoOptions& opt,
                       const std::function<void(std::int64_t, std::int64_t)>& progress,
                       const std::atomic<bool>* cancel) {
    if (!ctx.is_admin()) {
        throw PermissionDenied(fmt::format(
            "user '{}' may not create demo data (needs the Admin role)", ctx.user_name));
    }
    if (!(opt.scale > 0) || opt.scale > kMaxScale) {
        throw UserError(fmt::format("the demo scale must be above 0 and at most {}", kMaxScale));
    }
    // The funds are booked through the fund use cases, each a savepoint of this transaction.
    db::Transaction tx(conn, db::Nesting::Compose);
    require_empty_file(conn);

    demo::DemoPlan plan;
    plan.seed = opt.seed;
    const demo::DemoUsers users = demo::create_role_users(conn);
    demo::create_catalogue(conn, plan, users.bm);
    const std::int64_t account_count = std::max<std::int64_t>(4, std::llround(1000 * opt.scale));
    demo::create_accounts(conn, plan, account_count, users.kam);
    demo::plan_promotions(plan);
    demo::plan_conditions(plan);

    // The actuals are one batch, as if imported, so they can be listed and rolled back.
    db::Statement batch(conn,
                        "INSERT INTO import_batches(kind, file_name, imported_at, user_id) "
                        "VALUES('actuals', 'demo', ?, ?)");
    batch.bind_all(ctx.now, ctx.user_id);
    batch.exec();
    DemoSummary summary;
    summary.batch_id = conn.last_insert_id();
    summary.actual_rows = demo::write_actuals(conn, plan, summary.batch_id, progress, cancel);
    db::Statement rows(conn, "UPDATE import_batches SET rows_inserted = ? WHERE id = ?");
    rows.bind_all(summary.actual_rows, summary.batch_id);
    rows.exec();
    const demo::PromotionCounts promotions =
        demo::write_promotions(conn, plan, users, ctx.user_name);
    const demo::FundCounts funds = demo::write_funds(conn, plan, promotions.funded);
    const demo::TargetCounts targets = demo::write_targets(conn, plan, ctx);
    const demo::DiscountCounts discounts = demo::write_discounts(conn, plan, ctx);

    summary.products = std::ssize(plan.products);
    summary.brands = demo::kBrands;
    summary.categories = demo::kCategories;
    summary.accounts = std::ssize(plan.accounts);
    summary.reps = plan.reps;
    summary.price_rows = plan.price_rows;
    summary.promotions = promotions.promotions;
    summary.promotion_lines = promotions.lines;
    summary.campaigns = promotions.campaigns;
    summary.funds = funds.funds;
    summary.claims = funds.claims;
    summary.open_claims = funds.open_claims;
    summary.transfers = funds.transfers;
    summary.targets = targets.targets;
    summary.target_periods = targets.periods;
    summary.bottom_up_targets = targets.bottom_up;
    summary.inventory_rows = targets.inventory_rows;
    summary.conditions = discounts.conditions;
    summary.discount_requests = discounts.requests;
    summary.returns = discounts.returns;
    write_audit(
        conn, ctx,
        {"demo", "database", "", std::nullopt,
         fmt::format(
             R"({{"scale":{},"seed":{},"products":{},"accounts":{},"reps":{},)"
             R"("price_rows":{},"actual_rows":{},"campaigns":{},)"
             R"("promotions":{},"promotion_lines":{},"funds":{},"claims":{},"targets":{}}})",
             opt.scale, opt.seed, summary.products, summary.accounts, summary.reps,
             summary.price_rows, summary.actual_rows, summary.campaigns, summary.promotions,
             summary.promotion_lines, summary.funds, summary.claims, summary.targets),
         "demo data", summary.batch_id});
    tx.commit();
    return summary;
}

}  // namespace uplift
