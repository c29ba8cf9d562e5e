#pragma once
// One parsed row of an actuals file, as it travels from the reading thread to the writer:
// fixed size, so millions of them sort and spill to disk cheaply.
#include <cstdint>
#include <tuple>

namespace uplift {

struct ActualRecord {
    std::int64_t units = 0;
    std::int64_t gross = 0;     // cents
    std::int64_t discount = 0;  // cents; meaningful when has_discount
    std::int64_t line = 0;      // physical line in the file
    std::int32_t account_id = 0;
    std::int32_t product_id = 0;
    std::int32_t week = 0;  // Monday's day number
    std::int8_t kind = 0;   // 0 sell_in, 1 sell_out
    bool has_discount = false;
};

// The order of the actuals table's primary key, so rows sorted by it are appended in place.
inline bool key_less(const ActualRecord& a, const ActualRecord& b) {
    return std::tie(a.account_id, a.product_id, a.week, a.kind) <
           std::tie(b.account_id, b.product_id, b.week, b.kind);
}

inline bool same_key(const ActualRecord& a, const ActualRecord& b) {
    return a.account_id == b.account_id && a.product_id == b.product_id && a.week == b.week &&
           a.kind == b.kind;
}

}  // namespace uplift
