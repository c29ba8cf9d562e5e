#include "demo/demo_catalogue.h"

namespace uplift::demo {

namespace {

// clang-format off
const std::array<CategoryInfo, kCategories> kCategoryTable{{
    {"Soft drinks",
     {"Fizzora", "Brisa", "Koola", "Alpenquell", "Sunvita"},
     {{{"Cola 330 ml can", "EA", 45, 75, 10},
       {"Cola 1.5 L", "EA", 119, 189, 9},
       {"Cola 6x330 ml", "PK", 289, 429, 7},
       {"Cola Zero 330 ml can", "EA", 45, 75, 8},
       {"Cola Zero 1.5 L", "EA", 119, 189, 7},
       {"Lemon-Lime 330 ml can", "EA", 45, 75, 5},
       {"Lemon-Lime 1.5 L", "EA", 109, 179, 4},
       {"Orange 330 ml can", "EA", 45, 75, 5},
       {"Orange 1.5 L", "EA", 109, 179, 5},
       {"Orange 6x330 ml", "PK", 279, 419, 3},
       {"Ginger Ale 330 ml can", "EA", 55, 89, 2},
       {"Tonic Water 1 L", "EA", 99, 159, 3},
       {"Iced Tea Peach 500 ml", "EA", 89, 139, 5},
       {"Iced Tea Lemon 1.5 L", "EA", 119, 179, 4},
       {"Sparkling Water 1.5 L", "EA", 49, 89, 8},
       {"Still Water 1.5 L", "EA", 39, 69, 9},
       {"Still Water 6x1.5 L", "PK", 229, 369, 6},
       {"Energy Drink 250 ml can", "EA", 99, 169, 4},
       {"Energy Drink Sugar-free 250 ml can", "EA", 99, 169, 3},
       {"Apple Spritzer 500 ml", "EA", 89, 139, 3}}},
     10.0,
     // Summer peak, a small Christmas bump.
     {0.74, 0.77, 0.87, 0.97, 1.12, 1.30, 1.42, 1.38, 1.07, 0.90, 0.80, 0.96}},
    {"Snacks",
     {"Crunchos", "Golden Acre", "Nibbo", "Saltmarsh", "Krispa"},
     {{{"Salted Crisps 40 g", "EA", 59, 99, 7},
       {"Salted Crisps 175 g", "EA", 159, 249, 10},
       {"Paprika Crisps 40 g", "EA", 59, 99, 5},
       {"Paprika Crisps 175 g", "EA", 159, 249, 8},
       {"Sour Cream & Onion Crisps 175 g", "EA", 159, 249, 6},
       {"Cheese & Onion Crisps 175 g", "EA", 159, 249, 5},
       {"Salt & Vinegar Crisps 175 g", "EA", 159, 249, 4},
       {"Sea Salt & Pepper Crisps 150 g", "EA", 179, 279, 4},
       {"Crisps Multipack 6x25 g", "PK", 229, 329, 6},
       {"Tortilla Chips Salted 200 g", "EA", 149, 229, 6},
       {"Tortilla Chips Chili 200 g", "EA", 149, 229, 4},
       {"Pretzel Sticks 250 g", "EA", 119, 189, 5},
       {"Salted Peanuts 200 g", "EA", 149, 249, 6},
       {"Honey Roasted Peanuts 150 g", "EA", 169, 259, 3},
       {"Mixed Nuts 200 g", "EA", 299, 449, 3},
       {"Sweet Popcorn 90 g", "EA", 129, 199, 4},
       {"Salted Popcorn 90 g", "EA", 129, 199, 3},
       {"Rice Crackers 100 g", "EA", 149, 219, 2},
       {"Cheese Crackers 125 g", "EA", 139, 209, 3},
       {"Party Mix 300 g", "EA", 279, 399, 2}}},
     8.0,
     // Barbecue summer, then the Christmas and New Year parties.
     {0.90, 0.88, 0.94, 0.98, 1.03, 1.09, 1.10, 1.06, 0.97, 0.97, 1.02, 1.22}},
    {"Dairy",
     {"Meadowfield", "Alpina Fresh", "Krona", "Weidegold", "Lattelia"},
     {{{"Whole Milk 1 L", "EA", 89, 129, 10},
       {"Semi-skimmed Milk 1 L", "EA", 85, 125, 10},
       {"Skimmed Milk 1 L", "EA", 79, 119, 5},
       {"Lactose-free Milk 1 L", "EA", 129, 179, 4},
       {"Whole Milk 2 L", "EA", 159, 229, 5},
       {"Natural Yoghurt 500 g", "EA", 99, 159, 6},
       {"Greek Yoghurt 500 g", "EA", 179, 269, 5},
       {"Strawberry Yoghurt 4x125 g", "PK", 149, 219, 6},
       {"Vanilla Yoghurt 4x125 g", "PK", 149, 219, 4},
       {"Skyr 450 g", "EA", 169, 249, 4},
       {"Kefir 500 ml", "EA", 119, 179, 3},
       {"Butter 250 g", "EA", 199, 299, 8},
       {"Spreadable Butter 250 g", "EA", 209, 309, 4},
       {"Cream Cheese 200 g", "EA", 129, 199, 5},
       {"Mozzarella 125 g", "EA", 89, 139, 6},
       {"Grated Cheese 200 g", "EA", 199, 289, 4},
       {"Cheddar Block 400 g", "EA", 349, 499, 3},
       {"Whipping Cream 200 ml", "EA", 99, 149, 4},
       {"Sour Cream 200 g", "EA", 79, 119, 3},
       {"Chocolate Milk 500 ml", "EA", 99, 149, 3}}},
     12.0,
     // Flat with a winter lean and a December baking peak; summer holidays dip.
     {1.04, 1.02, 1.02, 1.00, 0.98, 0.95, 0.91, 0.92, 0.99, 1.02, 1.05, 1.12}},
    {"Personal care",
     {"Purelle", "Nordic Care", "Aquavie", "Dermalis", "Fresco Men"},
     {{{"Shampoo Classic 400 ml", "EA", 249, 449, 9},
       {"Shampoo Anti-dandruff 400 ml", "EA", 329, 549, 5},
       {"Conditioner 400 ml", "EA", 249, 449, 6},
       {"Shower Gel Fresh 250 ml", "EA", 149, 279, 10},
       {"Shower Gel Sensitive 250 ml", "EA", 149, 279, 6},
       {"Shower Gel 3x250 ml", "PK", 399, 699, 3},
       {"Bar Soap 4x100 g", "PK", 199, 329, 4},
       {"Liquid Hand Soap 300 ml", "EA", 129, 229, 7},
       {"Deodorant Spray Men 150 ml", "EA", 229, 379, 6},
       {"Deodorant Spray Women 150 ml", "EA", 229, 379, 6},
       {"Roll-on Deodorant 50 ml", "EA", 179, 299, 4},
       {"Toothpaste Whitening 75 ml", "EA", 149, 299, 8},
       {"Toothpaste Sensitive 75 ml", "EA", 199, 349, 5},
       {"Toothbrush Medium 2-pack", "PK", 199, 349, 4},
       {"Mouthwash 500 ml", "EA", 299, 499, 3},
       {"Body Lotion 400 ml", "EA", 349, 599, 3},
       {"Hand Cream 75 ml", "EA", 199, 329, 3},
       {"Shaving Foam 200 ml", "EA", 199, 329, 3},
       {"Razor Blades 4-pack", "PK", 699, 1199, 2},
       {"Sun Lotion SPF 30 200 ml", "EA", 699, 1099, 2}}},
     2.5,
     // Cold-season hand and body care, a sun-care summer, gift packs before Christmas.
     {1.04, 1.00, 0.97, 0.96, 1.00, 1.05, 1.06, 1.02, 0.94, 0.95, 0.98, 1.10}},
    {"Household",
     {"Shinex", "Casa Clean", "Linnea", "Ecovert", "Maxiwash"},
     {{{"Dishwashing Liquid 500 ml", "EA", 119, 219, 10},
       {"Dishwasher Tablets 40-pack", "PK", 599, 999, 6},
       {"Laundry Detergent 20 washes", "EA", 499, 799, 7},
       {"Laundry Detergent 40 washes", "EA", 899, 1399, 4},
       {"Laundry Capsules 24-pack", "PK", 649, 999, 5},
       {"Fabric Softener 1 L", "EA", 199, 349, 6},
       {"All-purpose Cleaner 750 ml", "EA", 149, 269, 7},
       {"Glass Cleaner 500 ml", "EA", 149, 249, 4},
       {"Bathroom Cleaner 500 ml", "EA", 179, 299, 5},
       {"Toilet Gel 750 ml", "EA", 149, 249, 5},
       {"Bleach 1 L", "EA", 99, 179, 4},
       {"Kitchen Towels 4 rolls", "PK", 249, 399, 8},
       {"Toilet Paper 9 rolls", "PK", 349, 549, 9},
       {"Toilet Paper 24 rolls", "PK", 799, 1199, 4},
       {"Facial Tissues 3x80", "PK", 199, 299, 4},
       {"Garbage Bags 30 L 20-pack", "PK", 149, 249, 5},
       {"Sponges 5-pack", "PK", 99, 179, 4},
       {"Air Freshener Spray 300 ml", "EA", 199, 349, 3},
       {"Floor Cleaner 1 L", "EA", 199, 329, 3},
       {"Descaler 500 ml", "EA", 249, 399, 2}}},
     3.0,
     // Winter indoors, spring cleaning in March and April, a quiet summer.
     {1.03, 1.00, 1.10, 1.12, 1.04, 0.95, 0.90, 0.91, 0.98, 1.00, 0.99, 0.98}},
}};

// Convenience shops list drinks and snacks first; cash and carry is broad but shallow.
const std::array<ChannelInfo, kChannels> kChannelTable{{
    {"Hypermarkets", 8.0, 125, {1.0, 1.0, 1.0, 1.0, 1.0}},
    {"Supermarkets", 3.0, 75, {1.0, 1.0, 1.2, 0.9, 0.9}},
    {"Convenience", 0.6, 36, {1.8, 1.5, 1.0, 0.5, 0.4}},
    {"Cash and Carry", 5.0, 80, {1.2, 1.1, 0.7, 0.9, 1.1}},
}};

const std::array<RegionInfo, kRegions> kRegionTable{{
    {"Bavaria", {"Munich", "Nuremberg", "Augsburg", "Regensburg"}},
    {"Lombardy", {"Milan", "Bergamo", "Brescia", "Como"}},
    {"Catalonia", {"Barcelona", "Girona", "Tarragona", "Lleida"}},
    {"Flanders", {"Antwerp", "Ghent", "Bruges", "Leuven"}},
    {"North Holland", {"Amsterdam", "Haarlem", "Alkmaar", "Zaandam"}},
    {"Upper Austria", {"Linz", "Wels", "Steyr", "Braunau"}},
    {"Greater Poland", {"Poznan", "Kalisz", "Konin", "Leszno"}},
    {"Scania", {"Malmo", "Lund", "Helsingborg", "Ystad"}},
    {"Leinster", {"Dublin", "Kilkenny", "Naas", "Wexford"}},
    {"Tuscany", {"Florence", "Pisa", "Siena", "Lucca"}},
}};

const std::array<std::string_view, 16> kChainNames{
    "Veltra", "Korvo", "Alma", "Nordhaven", "Maresco", "Lidora", "Brava", "Ostmark",
    "Solano", "Fennick", "Merida", "Tarvo", "Quinta", "Baltis", "Corvina", "Elmstead"};
const std::array<std::string_view, 8> kConvenienceNames{
    "Quick Stop", "Corner Shop", "Daily Fresh", "Minimarket", "Kiosk Plus", "Stop & Go",
    "City Shop", "Easy Buy"};
const std::array<std::string_view, 12> kFamilies{
    "Bauer", "Rossi", "Garcia", "Peeters", "de Jong", "Huber",
    "Nowak", "Lindqvist", "Murphy", "Conti", "Vermeulen", "Keller"};
const std::array<std::string_view, 5> kCashAndCarryNames{
    "Metra", "Grossa", "Handelshof", "ProCash", "Makrel"};
const std::array<std::string_view, 3> kHypermarkets{"Giga", "Hyperion", "Megacentre"};
const std::array<std::string_view, 16> kFirstNames{
    "Anna", "Lukas", "Giulia", "Marc", "Eva", "Jonas", "Sofia", "Pieter",
    "Clara", "Mateo", "Ingrid", "Tomasz", "Aoife", "Felix", "Lea", "Nils"};
const std::array<std::string_view, 16> kLastNames{
    "Keller", "Moretti", "Puig", "Janssens", "Visser", "Gruber", "Kowalski", "Berg",
    "Byrne", "Bianchi", "Schmid", "Dubois", "Novak", "Lund", "Costa", "Weber"};
// clang-format on

}  // namespace

const std::array<CategoryInfo, kCategories>& categories() {
    return kCategoryTable;
}
const std::array<ChannelInfo, kChannels>& channels() {
    return kChannelTable;
}
const std::array<RegionInfo, kRegions>& regions() {
    return kRegionTable;
}
std::span<const std::string_view> chain_names() {
    return kChainNames;
}
std::span<const std::string_view> convenience_names() {
    return kConvenienceNames;
}
std::span<const std::string_view> family_names() {
    return kFamilies;
}
std::span<const std::string_view> cash_and_carry_names() {
    return kCashAndCarryNames;
}
std::span<const std::string_view> hypermarket_names() {
    return kHypermarkets;
}
std::span<const std::string_view> first_names() {
    return kFirstNames;
}
std::span<const std::string_view> last_names() {
    return kLastNames;
}

}  // namespace uplift::demo
