// demo: a realistic, deterministic data set.
#include <fmt/format.h>

#include <filesystem>
#include <functional>
#include <ostream>

#include "analytics/elasticity.h"
#include "command.h"
#include "db/uplift_file.h"
#include "demo/demo_data.h"
#include "errors.h"
#include "workflows/interchange_export.h"

namespace uplift::cli {

namespace {

int run_demo(CommandContext& c) {
    DemoOptions opt;
    if (const auto s = c.args.get("--scale")) {
        try {
            std::size_t used = 0;
            opt.scale = std::stod(*s, &used);
            if (used != s->size() || !(opt.scale > 0) || opt.scale > 10) {
                throw std::invalid_argument(*s);
            }
        } catch (const std::exception&) {
            throw UsageError(fmt::format("--scale: '{}' is not a number in (0, 10]", *s));
        }
    }
    if (const auto s = c.args.get("--seed")) {
        try {
            std::size_t used = 0;
            opt.seed = std::stoull(*s, &used);
            if (used != s->size()) {
                throw std::invalid_argument(*s);
            }
        } catch (const std::exception&) {
            throw UsageError(fmt::format("--seed: '{}' is not a whole number", *s));
        }
    }
    // With --csv the demo is built in a scratch file beside the CSV files, which are then
    // written from it in the import formats; the scratch file goes, and --db is not touched.
    const auto csv_dir = c.args.get("--csv");
    std::string path;
    if (!csv_dir) {
        path = c.db_path();
    } else {
        std::error_code ec;
        std::filesystem::create_directories(*csv_dir, ec);
        path = (std::filesystem::path(*csv_dir) / ".uplift-demo-build.uplift").string();
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path + suffix, ec);
        }
    }
    const bool fresh = !std::filesystem::exists(path);
    if (fresh) {
        db::create_file(path, Currency(c.args.get("--currency").value_or("EUR")));
    }
    const auto remove_scratch = [&] {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path + suffix, ec);
        }
    };
    // Removes the scratch file of --csv on every way out, after the connection has closed.
    struct Scratch {
        bool used;
        const std::function<void()>& remove;
        ~Scratch() {
            if (used) {
                remove();
            }
        }
    };
    const std::function<void()> remove_fn = remove_scratch;
    const Scratch scratch{csv_dir.has_value(), remove_fn};
    try {
        db::Connection conn = csv_dir ? db::open_file(path) : c.open_db();
        const ActionContext actor = c.actor(conn);
        const DemoSummary s = build_demo(conn, actor, opt);
        if (csv_dir) {
            for (const ExportedFile& f : export_interchange_files(conn, *csv_dir, c.today())) {
                c.out << fmt::format("{}: {} rows\n",
                                     (std::filesystem::path(*csv_dir) / f.name).string(), f.rows);
            }
            c.out << fmt::format(
                "import them in this order into a new file: products, accounts, "
                "prices, promotions, actuals, targets, inventory\n");
            return 0;  // the scratch file goes below, once the connection is closed
        }
        // Planning reads stored elasticity estimates: give the demo its own at once.
        refresh_elasticities(conn, actor);
        c.out << fmt::format(
            "demo data in {}: {} products in {} brands and {} categories, {} accounts, {} reps, "
            "{} weekly actual rows, {} promotions ({} lines) in {} campaigns, {} funds, {} claims "
            "({} open), {} transfers, {} targets in {} months ({} bottom-up), {} inventory rows, "
            "{} "
            "discount conditions, {} discount requests, {} returns and write-offs\n",
            path, s.products, s.brands, s.categories, s.accounts, s.reps, s.actual_rows,
            s.promotions, s.promotion_lines, s.campaigns, s.funds, s.claims, s.open_claims,
            s.transfers, s.targets, s.target_periods, s.bottom_up_targets, s.inventory_rows,
            s.conditions, s.discount_requests, s.returns);
    } catch (...) {
        if (fresh) {
            remove_scratch();
        }
        throw;
    }
    return 0;
}

}  // namespace

void add_demo_commands(std::vector<Command>& out) {
    out.push_back(
        {"demo",
         "demo [--scale S] [--seed N] [--csv DIR]",
         "fill a file with realistic demo data",
         "Creates the file when it does not exist. 500 skus in 25 brands and 5 "
         "categories,\n1,000×S accounts in 4 channels and 10 regions with reps, 156 "
         "weeks of weekly actuals\nwith seasonality, price cuts and noise, promotions "
         "in every status with the trade\nfunds, claims and transfers behind them, monthly "
         "targets per account and brand\n(top-down, some bottom-up) and inventory. The "
         "same scale and seed give the same data.\nS=1 is about 10 million actual "
         "rows.\nWith --csv DIR the same data is written as import files (SPEC 9) into "
         "DIR instead.",
         {{"--scale", true, "S  size factor (default 0.1)"},
          {"--seed", true, "N  random seed (default 42)"},
          {"--currency", true, "CODE  currency of a new file (default EUR)"},
          {"--csv", true, "DIR  write the data as CSV import files there"}},
         run_demo});
}

}  // namespace uplift::cli
