#include "targets/target_grid.h"

#include <fmt/format.h>

#include <map>

#include "db/statement.h"

namespace uplift {

std::vector<std::string> target_periods_of_year(int year, bool quarters) {
    std::vector<std::string> out;
    for (int i = 1; i <= (quarters ? 4 : 12); ++i) {
        out.push_back(quarters ? fmt::format("{:04}-Q{}", year, i)
                               : fmt::format("{:04}-{:02}", year, i));
    }
    return out;
}

TargetGrid load_target_grid(db::Connection& conn, const std::vector<std::string>& periods,
                            const std::optional<std::string>& rep) {
    TargetGrid g;
    for (const std::string& p : periods) {
        g.periods.push_back(normalise_target_period(p));
    }
    db::Statement rows(conn,
                       "SELECT a.id, b.id, a.code, a.name, b.name, r.name, ifnull(u.name, ''), "
                       "a.rep_id FROM accounts a JOIN regions r ON r.id = a.region_id "
                       "LEFT JOIN users u ON u.id = a.rep_id CROSS JOIN brands b "
                       "WHERE ?1 IS NULL OR u.name = ?1 "
                       "ORDER BY u.name IS NULL, u.name, a.code, b.name");
    rows.bind(1, rep);
    std::map<std::pair<std::int64_t, std::int64_t>, std::size_t> index;
    while (rows.step()) {
        TargetGridRow r;
        r.account_id = rows.get_int(0);
        r.brand_id = rows.get_int(1);
        r.account = rows.get_text(2);
        r.account_name = rows.get_text(3);
        r.brand = rows.get_text(4);
        r.region = rows.get_text(5);
        r.rep = rows.get_text(6);
        r.rep_id = rows.get_opt_int(7);
        index[{r.account_id, r.brand_id}] = g.rows.size();
        g.rows.push_back(std::move(r));
    }
    g.current.assign(g.rows.size() * g.periods.size(), std::nullopt);
    g.topdown.assign(g.rows.size() * g.periods.size(), std::nullopt);
    const auto fill = [&](const char* table, std::vector<std::optional<TargetAmount>>& out) {
        db::Statement s(conn, fmt::format("SELECT account_id, brand_id, units, value FROM {} "
                                          "WHERE period = ?",
                                          table));
        for (std::size_t p = 0; p < g.periods.size(); ++p) {
            s.bind(1, g.periods[p]);
            while (s.step()) {
                const auto it = index.find({s.get_int(0), s.get_int(1)});
                if (it != index.end()) {
                    out[g.cell(it->second, p)] = TargetAmount{s.get_int(2), s.get_int(3)};
                }
            }
            s.reset();
        }
    };
    fill("targets", g.current);
    fill("target_topdown", g.topdown);
    return g;
}

}  // namespace uplift
