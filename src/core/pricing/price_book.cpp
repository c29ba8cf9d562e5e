#include "pricing/price_book.h"

#include <limits>

#include "db/statement.h"

namespace uplift {

PriceBook::PriceBook(db::Connection& conn) {
    db::Statement base(conn, "SELECT id, list_price, unit_cost FROM products");
    while (base.step()) {
        base_[base.get_int(0)] = {base.get_int(1), base.get_int(2)};
    }
    db::Statement s(conn,
                    "SELECT product_id, ifnull(account_id, 0), valid_from, valid_to, list_price, "
                    "unit_cost FROM prices");
    while (s.step()) {
        Row r{};
        r.account_id = s.get_int(1);
        r.from = s.is_null(2) ? std::numeric_limits<std::int64_t>::min()
                              : day_number(parse_date(s.get_text_view(2)));
        r.to = s.is_null(3) ? std::numeric_limits<std::int64_t>::max()
                            : day_number(parse_date(s.get_text_view(3)));
        r.price = {s.get_int(4), s.get_int(5)};
        rows_[s.get_int(0)].push_back(r);
    }
}

UnitPrice PriceBook::on(std::int64_t account_id, std::int64_t product_id, Date date) const {
    const std::int64_t day = day_number(date);
    const Row* central = nullptr;
    if (const auto it = rows_.find(product_id); it != rows_.end()) {
        for (const Row& r : it->second) {
            if (day < r.from || day > r.to) {
                continue;
            }
            if (r.account_id == account_id) {
                return r.price;
            }
            if (r.account_id == 0) {
                central = &r;
            }
        }
    }
    if (central != nullptr) {
        return central->price;
    }
    const auto b = base_.find(product_id);
    return b != base_.end() ? b->second : UnitPrice{};
}

}  // namespace uplift
