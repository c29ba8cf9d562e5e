// Times the decision panel of discount requests (analytics/discount_decision.h) on a demo
// file: SCREENS "Discounts" wants it to open at once, the target is 200 ms at scale 1. The
// reference is one SQL statement reading the same 13 weeks of actuals the trend reads, so the
// ratio says what the panel costs beyond its unavoidable reads.
//
//   decision_panel FILE [REQUESTS] [TODAY]
//
// FILE is changed: when it holds fewer pending requests than REQUESTS (default 20), the admin
// raises requests for 3 skus of evenly spread accounts first. Run it on a copy.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <vector>

#include "analytics/discount_decision.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "security/action_context.h"
#include "workflows/discount_decisions.h"

using namespace uplift;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

void raise_requests(db::Connection& conn, int wanted, Date today) {
    const ActionContext admin = load_actor(conn, "admin", today, to_iso(today) + "T00:00:00Z");
    const std::int64_t accounts = db::query_int(conn, "SELECT count(*) FROM accounts");
    db::Statement acc(conn, "SELECT id, code FROM accounts ORDER BY id LIMIT 1 OFFSET ?");
    db::Statement skus(
        conn,
        "SELECT DISTINCT p.sku FROM actuals a JOIN products p ON p.id = a.product_id "
        "WHERE a.account_id = ? LIMIT 3");
    for (int i = 0; i < wanted; ++i) {
        acc.reset();
        acc.bind(1, accounts * i / wanted);
        if (!acc.step()) {
            continue;
        }
        NewDiscountRequest r;
        r.account = acc.get_text(1);
        skus.reset();
        skus.bind(1, acc.get_int(0));
        while (skus.step()) {
            r.skus.push_back(skus.get_text(0));
        }
        if (r.skus.empty()) {
            continue;
        }
        r.pct_units = 120'000;  // 12 %: a sales manager decides
        r.period = {today + boost::gregorian::days(7), today + boost::gregorian::days(20)};
        r.reason = "TPR";
        request_discount(conn, admin, r);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: decision_panel FILE [REQUESTS] [TODAY]\n");
        return 2;
    }
    const int wanted = argc > 2 ? std::atoi(argv[2]) : 20;
    const Date today = argc > 3 ? parse_date(argv[3]) : Date(2026, 6, 30);
    db::Connection conn = db::open_file(argv[1]);
    if (db::query_int(conn, "SELECT count(*) FROM discount_requests WHERE status = 'pending'") <
        wanted) {
        raise_requests(conn, wanted, today);
    }
    std::vector<std::int64_t> ids;
    {
        db::Statement s(conn,
                        "SELECT id FROM discount_requests WHERE status = 'pending' "
                        "ORDER BY id LIMIT ?");
        s.bind(1, wanted);
        while (s.step()) {
            ids.push_back(s.get_int(0));
        }
    }
    std::vector<double> panel_ms, reference_ms;
    std::size_t reasons = 0;
    db::Statement ref(conn,
                      "SELECT sum(a.units) FROM discount_request_skus s JOIN discount_requests r "
                      "ON r.id = s.request_id JOIN actuals a ON a.account_id = r.account_id AND "
                      "a.product_id = s.product_id AND a.week BETWEEN ? AND ? WHERE r.id = ?");
    for (const std::int64_t id : ids) {
        auto t = Clock::now();
        const DecisionPanel p = build_decision_panel(conn, id, today);
        panel_ms.push_back(ms_since(t));
        reasons += p.reasons.size();
        const std::int64_t start_w = monday_of(p.request.period.first);
        t = Clock::now();
        ref.reset();
        ref.bind_all(start_w - 13 * kWeek, start_w - kWeek, id);
        ref.step();
        reference_ms.push_back(ms_since(t));
    }
    if (panel_ms.empty()) {
        fmt::print(stderr, "no request to show\n");
        return 1;
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double med = median(panel_ms);
    const double worst = *std::max_element(panel_ms.begin(), panel_ms.end());
    const double ref_med = median(reference_ms);
    fmt::print(
        "decision panel: {} requests, median {:.1f} ms, max {:.1f} ms (target 200 ms); "
        "reference 13-week read median {:.2f} ms; ratio {:.0f}x; {} reasons\n",
        panel_ms.size(), med, worst, ref_med, ref_med > 0 ? med / ref_med : 0.0, reasons);
    return worst <= 200.0 ? 0 : 3;
}
