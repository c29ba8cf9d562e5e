// Property test of the fund ledger (issue 4, point 11): thousands of random allocations,
// transfers, approvals, claims, settlements, closes, actuals imports and rollbacks. A shadow
// model kept here with plain integer arithmetic predicts every figure, whether the core accepts
// or refuses each step, and after every step we check that
//   - each fund's figures are exactly the model's (money is conserved: nothing appears or
//     vanishes between funds, transfers and claims),
//   - no fund's available is below zero unless a finance override let it go there,
//   - the tree rule holds: a parent's `distributed` is the sum of its children's allocations,
//   - a refused step changed nothing.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#include "errors.h"
#include "funds/claims.h"
#include "funds/ledger.h"
#include "funds_test_support.h"
#include "promotions/promotion_store.h"

using namespace uplift;
using namespace uplift::funds_test;

namespace {

// What the test expects of one fund, without accruals' rounding rules beyond "once per batch".
struct Expected {
    std::int64_t allocated = 0;
    std::int64_t accrued = 0;
    std::int64_t transfers_in = 0;
    std::int64_t transfers_out = 0;
    std::int64_t distributed = 0;
    std::int64_t committed = 0;
    std::int64_t actual = 0;
    bool overridden = false;  // a finance override let this fund's available go below zero
    std::int64_t budget() const {
        return allocated + accrued + transfers_in - transfers_out - distributed;
    }
    std::int64_t available() const { return budget() - committed - actual; }
};

struct Promo {
    std::string code;
    std::string fund;
    std::int64_t open = 0;            // open commitment
    std::int64_t pending_claims = 0;  // entered but not yet settled or written off
    bool closed = false;
};

struct Batch {
    std::int64_t id = 0;
    std::int64_t fizz_units = 0;    // brand Fizz, any account: 2 % of 2.00 = 0.04 per unit
    std::int64_t fizz_a_units = 0;  // brand Fizz, account A: 0.05 per unit
    bool rolled_back = false;
};

class Model {
  public:
    explicit Model(World& w) : w_(w), list_(list_funds(w.conn)) {
        for (const Fund& f : list_) {
            names_[f.id] = f.name;
        }
        for (const Fund& f : list_) {
            funds_[f.name];
            if (f.parent_id) {
                parent_[f.name] = names_.at(*f.parent_id);
            }
        }
    }

    std::mt19937_64 rng{20261127};

    std::int64_t pick(std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    }
    template <typename T>
    const T& pick(const std::vector<T>& v) {
        return v[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(v.size()) - 1))];
    }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    // One random step; returns a short description for failure messages.
    std::string step() {
        switch (pick(0, 8)) {
            case 0:
                return allocate_root();
            case 1:
            case 2:
                return allocate_child();
            case 3:
                return transfer_step();
            case 4:
                return approve();
            case 5:
                return claim();
            case 6:
                return settle();
            case 7:
                return close();
            default:
                return chance(60) ? import_actuals() : rollback();
        }
    }

    void check(const std::string& what) {
        INFO("after step: " << what);
        std::map<std::string, std::int64_t> child_allocations;
        std::map<std::string, FundFigures> figures;
        for (const Fund& f : list_) {
            const FundFigures got = fund_figures(w_.conn, f.id);
            const Expected& want = funds_.at(f.name);
            INFO("fund " << f.name);
            REQUIRE(got.allocated == want.allocated);
            REQUIRE(got.accrued == want.accrued);
            REQUIRE(got.transfers_in == want.transfers_in);
            REQUIRE(got.transfers_out == want.transfers_out);
            REQUIRE(got.distributed == want.distributed);
            REQUIRE(got.committed == want.committed);
            REQUIRE(got.actual == want.actual);
            if (!want.overridden) {
                REQUIRE(got.available() >= 0);
            }
            if (f.parent_id) {
                child_allocations[names_.at(*f.parent_id)] += got.allocated;
            }
            figures[f.name] = got;
        }
        for (const Fund& f : list_) {
            INFO("tree rule at " << f.name);
            REQUIRE(figures[f.name].distributed == child_allocations[f.name]);
        }
        // Transfers move money between funds: the file as a whole neither gains nor loses.
        REQUIRE(db::query_int(w_.conn,
                              "SELECT ifnull(sum(CASE kind WHEN 'transfer_in' THEN amount "
                              "WHEN 'transfer_out' THEN -amount END), 0) FROM fund_ledger") == 0);
    }

    int accepted = 0;
    int refused = 0;
    int settled_below_zero = 0;  // settlements on a fund an override left below zero

  private:
    std::string ledger_state() {
        return fmt::format(
            "{} {} {} {}", count(w_.conn, "fund_ledger"), count(w_.conn, "claims"),
            count(w_.conn, "claim_settlements"),
            db::query_int(w_.conn, "SELECT ifnull(sum(amount), 0) FROM fund_ledger"));
    }

    // Runs a core call the model expects to succeed (`ok`) or to be refused with a UserError
    // that leaves the ledger as it was. Returns whether it succeeded.
    template <typename F>
    bool attempt(bool ok, const std::string& what, F&& call) {
        const std::string before = ledger_state();
        bool done = false;
        try {
            call();
            done = true;
        } catch (const UserError& e) {
            INFO(what << ": " << e.what());
            REQUIRE(ledger_state() == before);
        }
        INFO(what);
        REQUIRE(done == ok);
        (done ? accepted : refused)++;
        return done;
    }

    std::string allocate_root() {
        const std::string fund = pick(std::vector<std::string>{"HQ", "North", "South"});
        const std::int64_t amount = pick(1, 500'000);
        attempt(true, "allocate " + fund,
                [&] { allocate(w_.conn, w_.as("fin1"), fund, amount, "budget"); });
        funds_[fund].allocated += amount;
        return fmt::format("allocate {} {}", fund, amount);
    }

    std::string allocate_child() {
        const std::string fund =
            pick(std::vector<std::string>{"Fizz", "Fizz-A", "Fizz-B", "Crisp", "Crisp-A"});
        Expected& parent = funds_[parent_.at(fund)];
        // Around the parent's available, so both outcomes come up.
        const std::int64_t amount =
            std::max<std::int64_t>(1, parent.available() + pick(-200'000, 20'000));
        const bool ok = amount <= parent.available();
        if (attempt(ok, "allocate " + fund,
                    [&] { allocate(w_.conn, w_.as("fin1"), fund, amount, ""); })) {
            funds_[fund].allocated += amount;
            parent.distributed += amount;
        }
        return fmt::format("allocate child {} {}", fund, amount);
    }

    std::string transfer_step() {
        const std::vector<std::string> names{"HQ",    "Fizz",    "Fizz-A", "Fizz-B",
                                             "Crisp", "Crisp-A", "North",  "South"};
        const std::string from = pick(names);
        std::string to = pick(names);
        if (to == from) {
            to = from == "North" ? "South" : "North";
        }
        Expected& src = funds_[from];
        const std::int64_t amount = std::max<std::int64_t>(
            1, std::max<std::int64_t>(0, src.available()) / 2 + pick(-50'000, 100'000));
        const bool override_ = chance(10);
        const bool ok = override_ || amount <= src.available();
        std::optional<OverspendOverride> o;
        if (override_) {
            o = OverspendOverride{"year-end reallocation"};
        }
        if (attempt(ok, "transfer " + from + " -> " + to,
                    [&] { transfer(w_.conn, w_.as("fin1"), from, to, amount, "rebalance", o); })) {
            src.transfers_out += amount;
            funds_[to].transfers_in += amount;
            src.overridden = src.overridden || src.available() < 0;
        }
        return fmt::format("transfer {} {} {}{}", from, to, amount, override_ ? " override" : "");
    }

    std::string approve() {
        // Funds whose scope covers the promotion's account and sku.
        struct Target {
            const char* account;
            const char* sku;
            std::vector<std::string> funds;
        };
        static const std::vector<Target> targets{{"A", "F1", {"HQ", "Fizz", "Fizz-A"}},
                                                 {"B", "F2", {"HQ", "Fizz", "Fizz-B"}},
                                                 {"A", "C1", {"HQ", "Crisp", "Crisp-A"}}};
        const Target& t = pick(targets);
        const std::string fund = pick(t.funds);
        Expected& f = funds_[fund];
        const std::string code = fmt::format("P{}", ++promotions_);
        // Ended promotions (before today), one week each, so they can be claimed and closed.
        const Date first = Date(2024, 1, 1) + boost::gregorian::days(pick(0, 500));
        const std::int64_t fee = std::max<std::int64_t>(1, f.available() + pick(-200'000, 100'000));
        // The fee is the promotion's planned spend (its fixed-cost tactic on `fund`).
        w_.promotion("sm1", code, t.account, t.sku,
                     Period{first, first + boost::gregorian::days(6)}, fee, fund);
        w_.status("sm1", code, PromotionAction::Submit);
        const bool override_ = chance(10);
        const bool ok = override_ || fee <= f.available();
        const std::optional<std::string> reason =
            override_ ? std::optional<std::string>("strategic listing") : std::nullopt;
        if (attempt(ok, "approve " + code + " on " + fund,
                    [&] { w_.status("fin1", code, PromotionAction::Approve, reason); })) {
            f.committed += fee;
            f.overridden = f.overridden || f.available() < 0;
            promos_.push_back({code, fund, fee, 0, false});
        }
        return fmt::format("approve {} on {} fee {}{}", code, fund, fee,
                           override_ ? " override" : "");
    }

    std::vector<Promo*> open_promos() {
        std::vector<Promo*> out;
        for (Promo& p : promos_) {
            if (!p.closed) {
                out.push_back(&p);
            }
        }
        return out;
    }

    std::string claim() {
        const auto open = open_promos();
        if (open.empty()) {
            return "no claim";
        }
        Promo& p = *pick(open);
        const std::int64_t room = p.open - p.pending_claims;
        const std::int64_t amount = std::max<std::int64_t>(1, room + pick(-room, room / 5 + 2));
        const std::string id = fmt::format("C{}", ++claims_);
        const Promotion promo = load_promotion_by_code(p.code);
        NewClaim c{id, p.code, amount, promo.instore.last, ""};
        // A look-alike (same promotion, amount and date) needs a reason.
        const bool lookalike = entered_.contains({p.code, amount});
        if (lookalike && chance(50)) {
            c.reason = "second store";
        }
        const bool ok = amount <= room && (!lookalike || !c.reason.empty());
        if (attempt(ok, "claim " + id, [&] { enter_claim(w_.conn, w_.as("fin1"), c); })) {
            entered_.insert({p.code, amount});
            p.pending_claims += amount;
            open_claims_.push_back({id, &p - promos_.data(), amount});
        }
        return fmt::format("claim {} on {} amount {}", id, p.code, amount);
    }

    std::string settle() {
        if (open_claims_.empty()) {
            return "no settlement";
        }
        const std::size_t i =
            static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(open_claims_.size()) - 1));
        OpenClaim& c = open_claims_[i];
        Promo& p = promos_[static_cast<std::size_t>(c.promo)];
        Settlement s;
        const std::int64_t part = chance(50) ? c.open : pick(1, c.open);
        if (chance(25) && part > 1) {
            s.write_off = pick(1, part - 1);
            s.reason = "not on the agreement";
        }
        s.amount = part - s.write_off;
        Expected& f = funds_[p.fund];
        // Settling turns commitment into actual spend and leaves available as it was; a
        // write-off is money lost beyond the agreement: actual without drawing the commitment
        // down, so it lowers available and the overspend guard applies to it.
        const bool ok = s.write_off == 0 || s.write_off <= f.available();
        if (!attempt(ok, "settle " + c.id,
                     [&] { settle_claim(w_.conn, w_.as("fin1"), c.id, s); })) {
            return fmt::format("refused settle {} write-off {}", c.id, s.write_off);
        }
        if (f.available() < 0) {
            ++settled_below_zero;
        }
        f.committed -= *s.amount;
        f.actual += part;
        p.open -= *s.amount;
        p.pending_claims -= part;
        c.open -= part;
        const std::string what =
            fmt::format("settle {} {} (write-off {})", c.id, part, s.write_off);
        if (c.open == 0) {
            open_claims_.erase(open_claims_.begin() + static_cast<std::ptrdiff_t>(i));
        }
        return what;
    }

    std::string close() {
        std::vector<Promo*> closable;
        for (Promo* p : open_promos()) {
            if (p->pending_claims == 0) {
                closable.push_back(p);
            }
        }
        if (closable.empty()) {
            return "nothing to close";
        }
        Promo& p = *pick(closable);
        attempt(true, "close " + p.code,
                [&] { w_.status("fin1", p.code, PromotionAction::Close); });
        funds_[p.fund].committed -= p.open;  // the release of what was not spent
        p.open = 0;
        p.closed = true;
        return "close " + p.code;
    }

    std::string import_actuals() {
        // Each batch its own weeks, so batches never overwrite each other's rows.
        std::string csv = "week,account,sku,units,gross_amount\n";
        Batch b;
        for (int row = 0; row < 3; ++row) {
            const Date week = Date(2023, 1, 2) + boost::gregorian::weeks(weeks_++);
            const char* account = chance(50) ? "A" : "B";
            const bool fizz = chance(70);
            const std::int64_t units = pick(1, 5'000);
            // F1 lists at 2.00 and C1 at 1.00; gross is units at list.
            csv += fmt::format("{},{},{},{},{}.00\n", to_iso(week), account, fizz ? "F1" : "C1",
                               units, units * (fizz ? 2 : 1));
            if (fizz) {
                b.fizz_units += units;
                if (std::string(account) == "A") {
                    b.fizz_a_units += units;
                }
            }
        }
        b.id = w_.import(w_.as("admin"), ImportKind::Actuals, csv).batch_id;
        ++accepted;
        funds_["Acc-Fizz"].accrued += 4 * b.fizz_units;
        funds_["Acc-A"].accrued += 5 * b.fizz_a_units;
        batches_.push_back(b);
        return fmt::format("import batch {}", b.id);
    }

    std::string rollback() {
        std::vector<Batch*> live;
        for (Batch& b : batches_) {
            if (!b.rolled_back) {
                live.push_back(&b);
            }
        }
        if (live.empty()) {
            return "nothing to roll back";
        }
        Batch& b = *pick(live);
        attempt(true, "rollback", [&] { rollback_batch(w_.conn, w_.as("admin"), b.id); });
        b.rolled_back = true;
        funds_["Acc-Fizz"].accrued -= 4 * b.fizz_units;
        funds_["Acc-A"].accrued -= 5 * b.fizz_a_units;
        return fmt::format("rollback batch {}", b.id);
    }

    Promotion load_promotion_by_code(const std::string& code) {
        const auto p = load_promotion(w_.conn, code);
        REQUIRE(p.has_value());
        return *p;
    }

    struct OpenClaim {
        std::string id;
        std::ptrdiff_t promo = 0;
        std::int64_t open = 0;
    };

    World& w_;
    const std::vector<Fund> list_;  // the funds do not change during the test
    std::map<std::int64_t, std::string> names_;
    std::map<std::string, Expected> funds_;
    std::map<std::string, std::string> parent_;
    std::vector<Promo> promos_;
    std::vector<OpenClaim> open_claims_;
    std::set<std::pair<std::string, std::int64_t>> entered_;
    std::vector<Batch> batches_;
    int promotions_ = 0;
    int claims_ = 0;
    int weeks_ = 0;
};

}  // namespace

TEST_CASE("random fund activity conserves money, keeps funds above zero and the tree rule",
          "[funds][property]") {
    World w;
    Model m(w);
    m.check("start");
    for (int i = 0; i < 2000; ++i) {
        const std::string what = m.step();
        m.check(fmt::format("#{} {}", i, what));
    }
    // Both outcomes came up often enough for the refusals to mean something.
    CHECK(m.accepted > 1000);
    CHECK(m.refused > 100);
    CHECK(m.settled_below_zero > 0);
}
