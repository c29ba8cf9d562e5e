// Undo on the append-only ledger: taking back an allocation, a transfer or a claim settlement
// books the exact reverse of its entries (nothing is updated or deleted), puts every figure back
// to the cent, happens once, and is open only to those who could do the original.
#include <catch2/catch.hpp>

#include "errors.h"
#include "funds/claims.h"
#include "funds/ledger.h"
#include "funds_test_support.h"

using namespace uplift;
using namespace uplift::funds_test;
using Catch::Matchers::Contains;

namespace {

// Every figure of a fund as one comparable string.
std::string figures(World& w, const std::string& fund) {
    const FundFigures f = w.figures(fund);
    return fmt::format("alloc {} accr {} in {} out {} dist {} comm {} act {} avail {}", f.allocated,
                       f.accrued, f.transfers_in, f.transfers_out, f.distributed, f.committed,
                       f.actual, f.available());
}

std::string all_figures(World& w) {
    std::string out;
    for (const Fund& f : list_funds(w.conn)) {
        out += f.name + ": " + figures(w, f.name) + "\n";
    }
    return out;
}

// The money of the whole tree: new budget in (root allocations and accruals) less what was
// spent or is committed equals the sum of every fund's available.
std::int64_t total_available(World& w) {
    std::int64_t sum = 0;
    for (const Fund& f : list_funds(w.conn)) {
        sum += w.figures(f.name).available();
    }
    return sum;
}

std::int64_t ledger_rows(World& w) {
    return count(w.conn, "fund_ledger");
}

}  // namespace

TEST_CASE("taking an allocation back reverses it on the fund and its parent, once",
          "[funds][undo]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'000, "year budget");
    const std::string before = all_figures(w);
    const std::int64_t rows = ledger_rows(w);
    const std::int64_t entry = allocate(w.conn, w.as("bm1"), "Fizz", 40'000, "brand budget");
    CHECK(w.figures("HQ").available() == 60'000);
    CHECK(w.figures("Fizz").available() == 40'000);

    // Someone who could not allocate to Fizz cannot take it back either.
    CHECK_THROWS_AS(reverse_allocation(w.conn, w.as("bm2"), entry, "undo"), PermissionDenied);
    CHECK_THROWS_AS(reverse_allocation(w.conn, w.as("kam1"), entry, "undo"), PermissionDenied);

    reverse_allocation(w.conn, w.as("bm1"), entry, "undo: brand budget");
    CHECK(all_figures(w) == before);
    CHECK(w.figures("HQ").available() == 100'000);
    // Two entries booked, two reversing entries appended; nothing updated or deleted.
    CHECK(ledger_rows(w) == rows + 4);
    CHECK(find_entry(w.conn, entry)->amount == 40'000);
    CHECK_THROWS_WITH(reverse_allocation(w.conn, fin, entry, "again"),
                      Contains("was reversed already"));
    CHECK(ledger_rows(w) == rows + 4);

    // A root allocation taken back removes the new money.
    const std::int64_t root = allocate(w.conn, fin, "North", 5'000, "");
    reverse_allocation(w.conn, fin, root, "typo");
    CHECK(w.figures("North").allocated == 0);
    CHECK(w.figures("North").available() == 0);
}

TEST_CASE("an allocation passed on cannot be taken back", "[funds][undo]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'000, "");
    const std::int64_t entry = allocate(w.conn, fin, "Fizz", 40'000, "");
    allocate(w.conn, fin, "Fizz-A", 30'000, "");  // carved out of Fizz
    const std::string before = all_figures(w);
    const std::int64_t rows = ledger_rows(w);
    CHECK_THROWS_WITH(reverse_allocation(w.conn, fin, entry, "undo"),
                      Contains("fund 'Fizz' has only 100.00 available; the allocation of 400.00 "
                               "cannot be taken back"));
    CHECK(all_figures(w) == before);
    CHECK(ledger_rows(w) == rows);
    // Not an allocation at all.
    const std::int64_t out = transfer(w.conn, fin, "Fizz", "Crisp", 1'000, "move");
    CHECK_THROWS_WITH(reverse_allocation(w.conn, fin, out, "undo"),
                      Contains("is not an allocation"));
}

TEST_CASE("taking a transfer back restores both funds exactly", "[funds][undo]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'000, "");
    allocate(w.conn, fin, "Fizz", 40'000, "");
    allocate(w.conn, fin, "Crisp", 20'000, "");
    const std::string before = all_figures(w);
    const std::int64_t total = total_available(w);
    const std::int64_t out = transfer(w.conn, w.as("bm1"), "Fizz", "Crisp", 15'000, "promo push");
    CHECK(w.figures("Fizz").available() == 25'000);
    CHECK(w.figures("Crisp").available() == 35'000);
    CHECK(total_available(w) == total);

    // bm2 owns Crisp, not Fizz: the transfer was not theirs to make, nor to take back.
    CHECK_THROWS_AS(reverse_transfer(w.conn, w.as("bm2"), out, "undo"), PermissionDenied);
    // The receiving fund has passed the money on: refused, nothing booked.
    const std::int64_t on = transfer(w.conn, w.as("bm2"), "Crisp", "Crisp-A", 30'000, "on");
    const std::int64_t rows = ledger_rows(w);
    CHECK_THROWS_WITH(reverse_transfer(w.conn, w.as("bm1"), out, "undo"),
                      Contains("fund 'Crisp' has only 50.00 available; the transfer of 150.00 "
                               "from 'Fizz' cannot be taken back"));
    CHECK(ledger_rows(w) == rows);
    reverse_transfer(w.conn, w.as("bm2"), on, "undo: on");

    // With an approval limit below the amount, the undo still needs no approver.
    w.conn.exec_script("UPDATE settings SET value = '100' WHERE key = 'transfer_approval_limit'");
    reverse_transfer(w.conn, w.as("bm1"), out, "undo: promo push");
    CHECK(all_figures(w) == before);
    CHECK(total_available(w) == total);
    CHECK_THROWS_WITH(reverse_transfer(w.conn, fin, out, "again"),
                      Contains("was reversed already"));
    CHECK_THROWS_WITH(reverse_transfer(w.conn, fin, out + 1, "the incoming half"),
                      Contains("is not a transfer out"));
}

TEST_CASE("reversing a claim settlement returns spend to the commitment, once",
          "[funds][undo][claims]") {
    World w;
    const ActionContext fin = w.as("fin1");
    allocate(w.conn, fin, "HQ", 100'000, "");
    allocate(w.conn, fin, "Fizz", 60'000, "");
    allocate(w.conn, fin, "Fizz-A", 50'000, "");
    w.approved("P1", "A", "F1", {Date(2025, 6, 2), Date(2025, 6, 15)}, 20'000, "Fizz-A");
    enter_claim(w.conn, fin, {"CL1", "P1", 12'000, Date(2025, 6, 20), ""});
    const std::string before = all_figures(w);
    CHECK(w.figures("Fizz-A").committed == 20'000);

    const auto part = settle_claim(w.conn, fin, "CL1", {5'000, 0, "", std::nullopt, ""});
    const auto rest =
        settle_claim(w.conn, fin, "CL1", {4'000, 3'000, "short-shipped", std::nullopt, ""});
    REQUIRE(part.settlement_id != 0);
    REQUIRE(rest.settlement_id != 0);
    CHECK(find_claim(w.conn, "CL1")->open() == 0);
    CHECK(w.figures("Fizz-A").actual == 12'000);
    CHECK(w.figures("Fizz-A").committed == 11'000);
    CHECK(w.figures("Fizz-A").available() == 27'000);

    // Only those who settle claims reverse settlements.
    CHECK_THROWS_AS(reverse_settlement(w.conn, w.as("kam1"), rest.settlement_id, "undo"),
                    PermissionDenied);

    const std::int64_t rows = ledger_rows(w);
    reverse_settlement(w.conn, fin, rest.settlement_id, "undo: short-shipped");
    CHECK(ledger_rows(w) == rows + 2);  // the actual and the write-off, reversed
    const Claim c = find_claim(w.conn, "CL1").value();
    CHECK(c.settled == 5'000);
    CHECK(c.written_off == 0);
    CHECK(c.open() == 7'000);
    CHECK(w.figures("Fizz-A").actual == 5'000);
    CHECK(w.figures("Fizz-A").committed == 15'000);
    CHECK(w.figures("Fizz-A").available() == 30'000);
    CHECK_THROWS_WITH(reverse_settlement(w.conn, fin, rest.settlement_id, "again"),
                      Contains("was reversed already"));

    // The reopened amount can be settled again, and everything undone ends where it began.
    const auto again = settle_claim(w.conn, fin, "CL1", {}).settlement_id;
    CHECK(find_claim(w.conn, "CL1")->settled == 12'000);
    reverse_settlement(w.conn, fin, again, "undo");
    reverse_settlement(w.conn, fin, part.settlement_id, "undo");
    CHECK(all_figures(w) == before);
    CHECK(find_claim(w.conn, "CL1")->open() == 12'000);
}

TEST_CASE("the ledger refuses a negative spend that reverses nothing", "[funds][undo]") {
    World w;
    allocate(w.conn, w.as("fin1"), "HQ", 100'000, "");
    const std::int64_t fizz = find_fund(w.conn, "HQ")->id;
    CHECK_THROWS_AS(
        w.conn.exec_script(fmt::format(
            "INSERT INTO fund_ledger(fund_id, kind, amount, booked_on, source_type, user_name, "
            "created_at) VALUES({}, 'actual', -100, '2025-06-30', 'manual', 'x', 'now')",
            fizz)),
        DatabaseError);
    CHECK_THROWS_AS(w.conn.exec_script("UPDATE fund_ledger SET amount = 0"), DatabaseError);
}
