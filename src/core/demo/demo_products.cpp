// The catalogue: 5 categories x 5 brands x 20 item types, each sku with a central price list
// that rises once in the second year (a yearly list-price increase, as manufacturers announce).
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "calendar/calendar.h"
#include "db/connection.h"
#include "db/statement.h"
#include "demo/demo_data.h"
#include "demo/demo_plan.h"
#include "demo/demo_random.h"
#include "money/rounding.h"

namespace uplift::demo {

namespace {

enum : std::uint64_t { kTagBrand = 11, kTagProduct = 12 };

// Shelf prices end in 9 cents; the template's range keeps them plausible for the item.
std::int64_t list_price_for(const ItemTemplate& item, int positioning_permille, Rng& rng) {
    const std::int64_t range = item.price_max - item.price_min;
    std::int64_t offset =
        range * positioning_permille / 1000 + rng.between(-range / 10, range / 10);
    offset = std::clamp<std::int64_t>(offset, 0, range);
    const std::int64_t price = item.price_min + offset;
    return std::min(price - price % 10 + 9, item.price_max);
}

std::int64_t raise_by_basis_points(std::int64_t amount, std::int64_t bp) {
    return round_half_away(static_cast<Wide>(amount) * (10000 + bp), 10000);
}

// A brand the file already knows keeps its row (and its category and manager).
std::int64_t ensure_brand(db::Connection& conn, std::string_view name, std::int64_t category_id,
                          std::int64_t manager_id) {
    db::Statement find(conn, "SELECT id FROM brands WHERE name = ?");
    find.bind(1, name);
    if (find.step()) {
        return find.get_int(0);
    }
    db::Statement ins(conn, "INSERT INTO brands(name, category_id, manager_id) VALUES(?, ?, ?)");
    ins.bind_all(name, category_id, manager_id);
    ins.exec();
    return conn.last_insert_id();
}

}  // namespace

void create_catalogue(db::Connection& conn, DemoPlan& plan, std::int64_t brand_manager) {
    db::Statement product_ins(conn,
                              "INSERT INTO products(sku, name, brand_id, uom, status, list_price, "
                              "unit_cost) VALUES(?, ?, ?, ?, 'active', ?, ?)");
    db::Statement price_ins(conn,
                            "INSERT INTO prices(product_id, account_id, valid_from, valid_to, "
                            "list_price, unit_cost) VALUES(?, NULL, ?, ?, ?, ?)");
    int sku_number = 0;
    for (int c = 0; c < kCategories; ++c) {
        const CategoryInfo& cat = categories()[c];
        const std::int64_t category_id = ensure_named(conn, "categories", cat.name);
        double mean_popularity = 0;
        for (const ItemTemplate& item : cat.items) {
            mean_popularity += item.popularity;
        }
        mean_popularity /= kItemsPerBrand;
        // Market shares inside a category are uneven: a leader, a challenger, a long tail.
        static constexpr std::array<double, kBrandsPerCategory> kShare{1.6, 1.2, 0.9, 0.7, 0.5};
        for (int j = 0; j < kBrandsPerCategory; ++j) {
            const int b = c * kBrandsPerCategory + j;
            const std::int64_t brand_id =
                ensure_brand(conn, cat.brands[j], category_id, brand_manager);
            Rng brand_rng = Rng::stream(plan.seed, kTagBrand, static_cast<std::uint64_t>(b));
            const double share = kShare[j] * brand_rng.uniform(0.85, 1.15);
            const int positioning = static_cast<int>(brand_rng.between(100, 900));
            // The brand's price increase takes effect on the first of a month in year two.
            const Date increase(2024, static_cast<unsigned short>(brand_rng.between(1, 12)), 1);
            const std::int64_t increase_day = day_number(increase);
            const int launched_item = static_cast<int>(brand_rng.between(0, kItemsPerBrand - 1));
            const int launch_week = static_cast<int>(brand_rng.between(40, 110));
            const std::string last_old_day = to_iso(increase - boost::gregorian::days(1));
            const std::string first_new_day = to_iso(increase);
            for (int i = 0; i < kItemsPerBrand; ++i) {
                const ItemTemplate& item = cat.items[i];
                Rng rng = Rng::stream(plan.seed, kTagProduct, static_cast<std::uint64_t>(b),
                                      static_cast<std::uint64_t>(i));
                ProductPlan p;
                p.category = c;
                p.brand = b;
                p.weekly_rate = cat.weekly_rate * share * item.popularity / mean_popularity *
                                rng.uniform(0.8, 1.2);
                p.price_before = list_price_for(item, positioning, rng);
                p.cost_before =
                    round_half_away(static_cast<Wide>(p.price_before) * rng.between(45, 70), 100);
                p.price_after = raise_by_basis_points(p.price_before, rng.between(200, 600));
                p.cost_after = raise_by_basis_points(p.cost_before, rng.between(150, 650));
                p.increase_day = increase_day;
                p.increase_week = first_week_on_or_after(increase_day);
                p.launch_week = i == launched_item ? launch_week : 0;

                ++sku_number;
                product_ins.reset();
                product_ins.bind_all(fmt::format("SKU{:04}", sku_number),
                                     fmt::format("{} {}", cat.brands[j], item.name), brand_id,
                                     item.uom, p.price_after, p.cost_after);
                product_ins.exec();
                p.id = conn.last_insert_id();

                price_ins.reset();
                price_ins.bind(1, p.id).bind_null(2).bind(3, last_old_day);
                price_ins.bind(4, p.price_before).bind(5, p.cost_before);
                price_ins.exec();
                price_ins.reset();
                price_ins.bind(1, p.id).bind(2, first_new_day).bind_null(3);
                price_ins.bind(4, p.price_after).bind(5, p.cost_after);
                price_ins.exec();
                plan.price_rows += 2;
                plan.products.push_back(p);
            }
        }
    }
}

}  // namespace uplift::demo
