#pragma once
// The fixed vocabulary of the demo data set: categories with their item templates and brands,
// channels, regions with towns, chain and shop names, people. Invented names only.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace uplift::demo {

inline constexpr int kCategories = 5;
inline constexpr int kBrandsPerCategory = 5;
inline constexpr int kBrands = kCategories * kBrandsPerCategory;
inline constexpr int kItemsPerBrand = 20;  // every brand sells its category's 20 item types
inline constexpr int kChannels = 4;
inline constexpr int kRegions = 10;

// One item type of a category, e.g. "Cola 1.5 L"; each brand of the category sells it.
struct ItemTemplate {
    std::string_view name;
    std::string_view uom;
    std::int64_t price_min;  // list price range in cents; a brand's positioning picks within
    std::int64_t price_max;
    int popularity;  // relative weekly volume, 1..10
};

struct CategoryInfo {
    std::string_view name;
    std::array<std::string_view, kBrandsPerCategory> brands;
    std::array<ItemTemplate, kItemsPerBrand> items;
    double weekly_rate;                  // units a week of an average item at a size-1 shop
    std::array<double, 12> seasonality;  // monthly index, January first, mean about 1
};

const std::array<CategoryInfo, kCategories>& categories();

// Channels in id order: Hypermarkets, Supermarkets, Convenience, Cash and Carry.
enum Channel : int { kHyper = 0, kSuper = 1, kConvenience = 2, kCashAndCarry = 3 };
struct ChannelInfo {
    std::string_view name;
    double size;     // weekly volume multiplier of a typical shop of the channel
    int assortment;  // skus a typical shop of the channel lists
    std::array<double, kCategories> category_affinity;  // how likely it lists each category
};
const std::array<ChannelInfo, kChannels>& channels();

struct RegionInfo {
    std::string_view name;
    std::array<std::string_view, 4> towns;
};
const std::array<RegionInfo, kRegions>& regions();

std::span<const std::string_view> chain_names();
std::span<const std::string_view> convenience_names();
std::span<const std::string_view> family_names();
std::span<const std::string_view> cash_and_carry_names();
std::span<const std::string_view> hypermarket_names();
std::span<const std::string_view> first_names();
std::span<const std::string_view> last_names();

}  // namespace uplift::demo
