// Who may do what with funds (SPEC §1): BM creates and allocates only own-brand funds, KAM
// cannot allocate, SM transfers between account and region funds, FIN overrides an
// overspend. Every refusal leaves the ledger and the audit log as they were.
#include <catch2/catch.hpp>

#include "errors.h"
#include "funds_test_support.h"
#include "security/audit.h"

using namespace uplift;
using namespace uplift::funds_test;
using Catch::Matchers::Contains;

namespace {

std::string rows(World& w) {
    return fmt::format("{} {} {}", count(w.conn, "fund_ledger"), count(w.conn, "audit_log"),
                       count(w.conn, "funds"));
}

// Runs `f`, expects it refused with E, and checks that nothing was written.
template <typename E, typename F>
void refused(World& w, F&& f, const std::string& message) {
    const std::string before = rows(w);
    CHECK_THROWS_AS(f(), E);
    CHECK_THROWS_WITH(f(), Contains(message));
    CHECK(rows(w) == before);
}

FundSpec spec(const std::string& name, const std::string& parent, const std::string& brand) {
    FundSpec s;
    s.name = name;
    s.parent = parent;
    s.brand = brand;
    return s;
}

}  // namespace

TEST_CASE("a brand manager creates and allocates only funds of their own brands",
          "[funds][rights]") {
    World w;
    allocate(w.conn, w.as("fin1"), "HQ", 100'000, "");
    const ActionContext bm = w.as("bm1");
    // Own brand: a new fund of brand Fizz, or any fund below one they own.
    create_fund(w.conn, bm, spec("Fizz-promo", "Fizz", "Fizz"));
    create_fund(w.conn, bm, spec("Fizz-sub", "Fizz-B", ""));
    CHECK(find_fund(w.conn, "Fizz-promo")->owner == "bm1");
    allocate(w.conn, bm, "Fizz", 40'000, "brand budget");  // carved out of HQ
    allocate(w.conn, bm, "Fizz-B", 10'000, "");
    allocate(w.conn, bm, "Fizz-sub", 5'000, "");
    CHECK(w.figures("HQ").distributed == 40'000);
    CHECK(w.figures("Fizz-B").available() == 5'000);
    // Someone else's brand, or the HQ fund: refused.
    refused<PermissionDenied>(
        w, [&] { create_fund(w.conn, w.as("bm1"), spec("Crisp-x", "Crisp", "Crisp")); },
        "a brand manager funds only their own brands");
    refused<PermissionDenied>(
        w, [&] { create_fund(w.conn, w.as("bm1"), spec("Mine", "", "Crisp")); }, "own brands");
    refused<PermissionDenied>(
        w, [&] { allocate(w.conn, w.as("bm1"), "Crisp", 1'000, ""); }, "allocate to fund 'Crisp'");
    refused<PermissionDenied>(
        w, [&] { allocate(w.conn, w.as("bm1"), "HQ", 1'000, ""); }, "allocate to fund 'HQ'");
    refused<PermissionDenied>(
        w, [&] { allocate(w.conn, w.as("bm2"), "Fizz-A", 1'000, ""); }, "own brands");
    // A child never gets more than its parent has available, whoever asks.
    refused<UserError>(
        w, [&] { allocate(w.conn, w.as("bm1"), "Fizz-A", 30'001, ""); },
        "fund 'Fizz' has only 300.00 available");
    refused<UserError>(
        w, [&] { allocate(w.conn, w.as("admin"), "Crisp", 60'001, ""); },
        "fund 'HQ' has only 600.00 available");
}

TEST_CASE("a key-account manager cannot allocate but transfers from funds they own",
          "[funds][rights]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'000, "");
    allocate(w.conn, fin, "Fizz", 50'000, "");
    allocate(w.conn, fin, "Fizz-A", 20'000, "");
    allocate(w.conn, fin, "Fizz-B", 20'000, "");
    refused<PermissionDenied>(
        w, [&] { allocate(w.conn, w.as("kam1"), "Fizz-A", 1'000, ""); },
        "needs the right 'funds.create'");
    refused<PermissionDenied>(
        w, [&] { create_fund(w.conn, w.as("kam1"), spec("K", "Fizz-A", "")); }, "funds.create");
    transfer(w.conn, w.as("kam1"), "Fizz-A", "Crisp-A", 5'000, "move to crisp");
    CHECK(w.figures("Crisp-A").transfers_in == 5'000);
    refused<PermissionDenied>(
        w, [&] { transfer(w.conn, w.as("kam1"), "Fizz-B", "Fizz-A", 1'000, "not mine"); },
        "it is not theirs");
    // A rep holds no fund right at all.
    refused<PermissionDenied>(
        w, [&] { transfer(w.conn, w.as("rep1"), "Fizz-A", "Fizz-B", 1'000, "x"); },
        "funds.transfer");
    refused<PermissionDenied>(
        w, [&] { allocate(w.conn, w.as("rep1"), "Fizz-A", 1'000, ""); }, "funds.create");
}

TEST_CASE("a sales manager moves budget between partners and regions only", "[funds][rights]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'000, "");
    allocate(w.conn, fin, "Fizz", 50'000, "");
    allocate(w.conn, fin, "Fizz-A", 20'000, "");
    allocate(w.conn, fin, "South", 30'000, "");
    const ActionContext sm = w.as("sm1");
    transfer(w.conn, sm, "South", "North", 10'000, "regional shift");   // region -> region
    transfer(w.conn, sm, "Fizz-A", "Crisp-A", 5'000, "partner shift");  // account -> account
    transfer(w.conn, sm, "North", "Fizz-A", 2'000, "region to partner");
    CHECK(w.figures("North").budget() == 8'000);
    CHECK(w.figures("Fizz-A").budget() == 17'000);
    refused<PermissionDenied>(
        w, [&] { transfer(w.conn, w.as("sm1"), "Fizz", "Crisp", 1'000, "brand money"); },
        "it is not theirs");
    refused<PermissionDenied>(
        w, [&] { transfer(w.conn, w.as("sm1"), "Fizz-A", "HQ", 1'000, "to the top"); },
        "it is not theirs");
    refused<PermissionDenied>(
        w, [&] { allocate(w.conn, w.as("sm1"), "North", 1'000, ""); }, "funds.create");
}

TEST_CASE("only finance overrides an overspend, with a reason, and it is logged",
          "[funds][rights]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'000, "");
    allocate(w.conn, fin, "Fizz", 30'000, "");
    // Over the available: refused for everybody without an override...
    refused<UserError>(
        w, [&] { transfer(w.conn, w.as("bm1"), "Fizz", "Crisp", 30'001, "too much"); },
        "would leave fund 'Fizz' with -0.01 available; refused");
    refused<UserError>(
        w, [&] { transfer(w.conn, w.as("fin1"), "Fizz", "Crisp", 30'001, "too much"); },
        "a finance user may override");
    // ... and an override by anyone but finance is itself refused.
    refused<PermissionDenied>(
        w,
        [&] {
            transfer(w.conn, w.as("bm1"), "Fizz", "Crisp", 30'001, "push",
                     OverspendOverride{"push"});
        },
        "may not override an overspend of fund 'Fizz'");
    transfer(w.conn, w.as("fin1"), "Fizz", "Crisp", 30'001, "year-end push",
             OverspendOverride{"year-end push"});
    CHECK(w.figures("Fizz").available() == -1);
    const auto log = audit_history(w.conn, "fund", "Fizz");
    REQUIRE(!log.empty());
    CHECK(log.front().action == "override overspend");
    CHECK(log.front().user_name == "fin1");
    CHECK(log.front().reason == "year-end push");

    // The same guard at approval: the commitment would overspend Fizz-A.
    allocate(w.conn, fin, "Crisp-A", 10'000, "");
    w.promotion("sm1", "P1", "A", "C1", {Date(2025, 3, 3), Date(2025, 3, 16)}, 15'000, "Crisp-A");
    w.status("sm1", "P1", PromotionAction::Submit);
    refused<UserError>(
        w, [&] { w.status("fin1", "P1", PromotionAction::Approve); },
        "committing promotion P1 would leave fund 'Crisp-A' with -50.00");
    refused<UserError>(
        w, [&] { w.status("admin", "P1", PromotionAction::Approve, std::string()); },
        "an overspend override needs a reason");
    CHECK(w.status("fin1", "P1", PromotionAction::Approve, "agreed with the buyer") ==
          PromotionStatus::Approved);
    CHECK(w.figures("Crisp-A").committed == 15'000);
    CHECK(w.figures("Crisp-A").available() == -5'000);
}
