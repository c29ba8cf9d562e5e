// Merging rep files (SPEC §6.1): what travels, the conflict rules, settling conflicts, merging
// twice, and every way a file is refused as a whole with nothing changed.
#include <catch2/catch.hpp>

#include "errors.h"
#include "rep_sync_support.h"

using namespace uplift;
using namespace uplift::sync_test;
using Catch::Matchers::Contains;

namespace {

std::string conflicts_text(const RepMergeResult& r) {
    std::string out;
    const auto v = [](const std::optional<TargetValues>& t) {
        return t ? fmt::format("{}/{}", t->units, t->value) : std::string("-");
    };
    for (const MergeConflict& c : r.conflicts) {
        out += fmt::format("{} {} {}: {} {} {}\n", c.period, c.account, c.brand, v(c.at_export),
                           v(c.hq), v(c.rep));
    }
    return out;
}

}  // namespace

TEST_CASE("a merge lands the rep's changes and a second merge finds nothing new", "[sync][merge]") {
    SyncWorld w;
    w.conn.exec_script(
        "INSERT INTO target_topdown SELECT period, account_id, brand_id, units, value "
        "FROM targets;");
    const fs::path f = w.export_for("rep1", "rep1.uplift");
    w.rep_sets(f, "2025-03", "A", "Fizz", 120, 24'000);  // update
    w.rep_sets(f, "2025-04", "A2", "Aqua", 7, 350);      // insert
    w.rep_sets(f, "2025-Q2", "A", "Crisp", 60, 5'000);   // units only
    const std::string topdown_before =
        std::to_string(db::query_int(w.conn, "SELECT sum(units * 7 + value) FROM target_topdown"));

    const RepMergeResult r = w.merge(f);
    CHECK_FALSE(r.stopped);
    CHECK(r.conflicts.empty());
    CHECK(r.rep == "rep1");
    REQUIRE(r.applied.size() == 3);
    CHECK(r.applied[0].account == "A");
    CHECK(r.applied[0].before == TargetValues{100, 20'000});
    CHECK(r.applied[0].after == TargetValues{120, 24'000});
    CHECK_FALSE(r.applied[1].before);  // 2025-04 A2 Aqua was new
    CHECK(r.applied[2].after == TargetValues{60, 5'000});
    CHECK(w.target("2025-03", "A", "Fizz")->units == 120);
    CHECK(w.target("2025-04", "A2", "Aqua")->value == 350);
    CHECK(w.target("2025-Q2", "A", "Crisp")->units == 60);
    // Written as the rep's values, with the merge recorded and audited; top-down untouched.
    CHECK(db::query_int(w.conn,
                        "SELECT count(*) FROM target_history WHERE source = 'rep' AND "
                        "user_name = 'rep1'") == 3);
    CHECK(db::query_int(w.conn,
                        "SELECT count(*) FROM rep_merges WHERE applied = 3 AND "
                        "merged_by = 'sm1'") == 1);
    CHECK(db::query_int(w.conn, "SELECT count(*) FROM rep_merge_values") == 3);
    CHECK(db::query_int(w.conn, "SELECT count(*) FROM audit_log WHERE action = 'merge'") == 4);
    CHECK(std::to_string(db::query_int(
              w.conn, "SELECT sum(units * 7 + value) FROM target_topdown")) == topdown_before);
    CHECK(db::query_int(w.conn, "SELECT count(*) FROM target_topdown") == 6);

    const std::string after = w.state();
    const RepMergeResult again = w.merge(f);
    CHECK(again.nothing_new());
    CHECK(again.skipped == 3);
    CHECK(w.state() == after);  // a merge that brings nothing records nothing
}

TEST_CASE("a value changed at HQ and by the rep is a conflict; nothing is merged without a rule",
          "[sync][merge][conflict]") {
    SyncWorld w;
    const fs::path f = w.export_for("rep1", "rep1.uplift");
    w.rep_sets(f, "2025-03", "A", "Fizz", 120, 24'000);   // HQ changes it too: conflict
    w.rep_sets(f, "2025-03", "A2", "Fizz", 130, 26'000);  // HQ made the same change: skipped
    w.rep_sets(f, "2025-05", "A", "Fizz", 1, 100);        // HQ added it differently: conflict
    w.rep_sets(f, "2025-Q2", "A", "Crisp", 55, 5'500);    // HQ removed it: conflict
    w.rep_sets(f, "2025-06", "A", "Aqua", 9, 900);        // clean insert
    set_target(w.conn, w.as("sm1"), "2025-03", "A", "Fizz", 110, 22'000);
    set_target(w.conn, w.as("sm1"), "2025-03", "A2", "Fizz", 130, 26'000);
    set_target(w.conn, w.as("sm1"), "2025-05", "A", "Fizz", 2, 200);
    w.conn.exec_script("DELETE FROM targets WHERE period = '2025-Q2';");
    const std::string hq = w.state();

    const RepMergeResult stopped = w.merge(f);
    CHECK(stopped.stopped);
    CHECK(stopped.applied.empty());
    CHECK(conflicts_text(stopped) ==
          "2025-03 A Fizz: 100/20000 110/22000 120/24000\n"
          "2025-05 A Fizz: - 2/200 1/100\n"
          "2025-Q2 A Crisp: 50/5000 - 55/5500\n");
    CHECK(w.state() == hq);

    SECTION("theirs takes the rep's values") {
        const RepMergeResult r = w.merge(f, MergeResolution::Theirs);
        CHECK_FALSE(r.stopped);
        CHECK(r.applied.size() == 4);
        CHECK(r.skipped == 1);
        CHECK(r.conflicts.size() == 3);
        CHECK(r.conflicts[0].choice == ConflictChoice::Theirs);
        CHECK(w.target("2025-03", "A", "Fizz")->units == 120);
        CHECK(w.target("2025-05", "A", "Fizz")->units == 1);
        CHECK(w.target("2025-Q2", "A", "Crisp")->units == 55);
        CHECK(w.target("2025-06", "A", "Aqua")->units == 9);
        db::Statement resolved(w.conn, "SELECT resolved FROM rep_merges");
        REQUIRE(resolved.step());
        CHECK(resolved.get_text(0) == "theirs");
        CHECK(w.merge(f).nothing_new());
    }
    SECTION("ours keeps the main file's values and still takes the clean changes") {
        const RepMergeResult r = w.merge(f, MergeResolution::Ours);
        CHECK(r.applied.size() == 1);
        CHECK(w.target("2025-03", "A", "Fizz")->units == 110);
        CHECK(w.target("2025-05", "A", "Fizz")->units == 2);
        CHECK_FALSE(w.target("2025-Q2", "A", "Crisp"));
        CHECK(w.target("2025-06", "A", "Aqua")->units == 9);
        // The rep's values still differ: merging the file again lists the same conflicts.
        const std::string settled = w.state();
        CHECK(w.merge(f).conflicts.size() == 3);
        CHECK(w.merge(f, MergeResolution::Ours).nothing_new());
        CHECK(w.state() == settled);
    }
    SECTION("a decider settles them one by one, in order") {
        std::vector<std::string> asked;
        const RepMergeResult r = w.merge(f, MergeResolution::None, [&](const MergeConflict& c) {
            asked.push_back(c.period + " " + c.account);
            return c.period == "2025-05" ? ConflictChoice::Theirs : ConflictChoice::Ours;
        });
        CHECK(asked == std::vector<std::string>{"2025-03 A", "2025-05 A", "2025-Q2 A"});
        CHECK(w.target("2025-03", "A", "Fizz")->units == 110);
        CHECK(w.target("2025-05", "A", "Fizz")->units == 1);
        CHECK(r.applied.size() == 2);
    }
    SECTION("a decider that gives up abandons the whole merge") {
        CHECK_THROWS_AS(w.merge(f, MergeResolution::None,
                                [](const MergeConflict&) -> ConflictChoice { throw Cancelled(); }),
                        Cancelled);
        CHECK(w.state() == hq);
    }
}

TEST_CASE("what this export applied before is not in conflict with its later version",
          "[sync][merge][conflict]") {
    SyncWorld w;
    const fs::path f = w.export_for("rep1", "rep1.uplift");
    w.rep_sets(f, "2025-03", "A", "Fizz", 120, 24'000);
    w.rep_sets(f, "2025-07", "A", "Fizz", 5, 500);
    w.merge(f);
    // The rep keeps working on the same file and sends it again.
    w.rep_sets(f, "2025-03", "A", "Fizz", 125, 25'000);
    w.rep_sets(f, "2025-07", "A", "Fizz", 6, 600);
    const RepMergeResult r = w.merge(f);
    CHECK(r.conflicts.empty());
    CHECK(r.applied.size() == 2);
    CHECK(w.target("2025-03", "A", "Fizz")->units == 125);
    CHECK(w.target("2025-07", "A", "Fizz")->units == 6);
    // A second export of the same rep does not inherit the first one's merges.
    const fs::path g = w.export_for("rep1", "rep1-b.uplift");
    set_target(w.conn, w.as("sm1"), "2025-03", "A", "Fizz", 1, 1);
    w.rep_sets(g, "2025-03", "A", "Fizz", 2, 2);
    CHECK(w.merge(g).stopped);
}

TEST_CASE("a file of another database, export or rep, or a damaged file, is refused as a whole",
          "[sync][merge][refuse]") {
    SyncWorld w;
    const fs::path f = w.export_for("rep1", "rep1.uplift");
    w.rep_sets(f, "2025-03", "A", "Fizz", 120, 24'000);
    const std::string before = w.state();

    SECTION("another database") {
        SyncWorld other;
        const fs::path g = other.export_for("rep1", "rep1.uplift");
        other.rep_sets(g, "2025-03", "A", "Fizz", 1, 1);
        CHECK_THROWS_WITH(w.merge(g), Contains("exported from another database"));
    }
    SECTION("an export this file never made") {
        tamper(f, "UPDATE settings SET value = 'feedbeef' WHERE key = 'rep_export_id';");
        CHECK_THROWS_WITH(w.merge(f), Contains("export feedbeef is unknown"));
    }
    SECTION("another rep's name on the file") {
        tamper(f, "UPDATE settings SET value = 'rep2' WHERE key = 'rep_name';");
        CHECK_THROWS_WITH(w.merge(f), Contains("was written for rep 'rep1'"));
    }
    SECTION("not a rep file") {
        CHECK_THROWS_WITH(w.merge(w.main_path), Contains("not a rep file"));
    }
    SECTION("a missing file") {
        CHECK_THROWS_WITH(w.merge(w.path("nope.uplift")), Contains("no such file"));
    }
    SECTION("bytes overwritten in the middle of the file") {
        std::string bytes = [&] {
            std::ifstream in(f, std::ios::binary);
            return std::string(std::istreambuf_iterator<char>(in), {});
        }();
        REQUIRE(bytes.size() > 20'000);
        for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 3000; ++i) {
            bytes[i] = static_cast<char>(0xA5 ^ (i & 0xFF));
        }
        std::ofstream(f, std::ios::binary | std::ios::trunc) << bytes;
        CHECK_THROWS_AS(w.merge(f), UserError);
        CHECK_THROWS_WITH(w.merge(f), Contains(f.string()));
    }
    SECTION("only a sales manager merges") {
        CHECK_THROWS_AS(merge_rep_file(w.conn, w.as("rep1"), f), PermissionDenied);
        CHECK_THROWS_AS(merge_rep_file(w.conn, w.as("bm1"), f), PermissionDenied);
    }
    CHECK(w.state() == before);
}

TEST_CASE("a rep cannot change another rep's partners even by editing the file",
          "[sync][merge][refuse]") {
    SyncWorld w;
    const fs::path f = w.export_for("rep1", "rep1.uplift");
    w.rep_sets(f, "2025-03", "A", "Fizz", 120, 24'000);  // a fair change that must not land
    const std::string before = w.state();
    const auto id = [&](const char* sql) { return db::query_int(w.conn, sql); };
    const std::int64_t b = id("SELECT id FROM accounts WHERE code = 'B'");
    const std::int64_t d = id("SELECT id FROM accounts WHERE code = 'D'");
    const std::int64_t fizz = id("SELECT id FROM brands WHERE name = 'Fizz'");

    SECTION("a target of another rep's partner, inserted") {
        tamper(f, fmt::format("INSERT INTO targets VALUES('2025-03', {}, {}, 1, 1);", b, fizz));
        CHECK_THROWS_WITH(w.merge(f, MergeResolution::Theirs),
                          Contains("account B is not a partner of rep 'rep1'"));
    }
    SECTION("that partner made to look like theirs inside the file") {
        tamper(f, fmt::format("INSERT INTO accounts(id, code, name, channel_id, region_id, "
                              "rep_id) SELECT {}, 'B', 'Shop B', channel_id, region_id, rep_id "
                              "FROM accounts WHERE code = 'A';"
                              "INSERT INTO targets VALUES('2025-04', {}, {}, 1, 1);",
                              b, b, fizz));
        CHECK_THROWS_WITH(w.merge(f), Contains("account B is not a partner of rep 'rep1'"));
    }
    SECTION("a partner nobody owns, edited in the untouched copy and the targets") {
        tamper(f, fmt::format("INSERT INTO rep_export_targets VALUES('2025-03', {0}, {1}, 100, "
                              "20000); INSERT INTO targets VALUES('2025-03', {0}, {1}, 5, 5);",
                              d, fizz));
        CHECK_THROWS_WITH(w.merge(f), Contains("account D is not a partner"));
    }
    SECTION("a deleted target") {
        tamper(f, "DELETE FROM targets WHERE period = '2025-Q2';");
        CHECK_THROWS_WITH(w.merge(f, MergeResolution::Theirs), Contains("may not delete"));
    }
    SECTION("a target with an unknown brand") {
        const std::int64_t a = id("SELECT id FROM accounts WHERE code = 'A'");
        tamper(f, fmt::format("INSERT INTO targets VALUES('2025-03', {}, 999, 1, 1);", a));
        CHECK_THROWS_WITH(w.merge(f), Contains("brand id 999 is unknown"));
    }
    SECTION("a negative target and a malformed period") {
        const std::int64_t a = id("SELECT id FROM accounts WHERE code = 'A'");
        SECTION("negative") {
            tamper(f, fmt::format("UPDATE targets SET units = -5 WHERE account_id = {};", a));
            CHECK_THROWS_WITH(w.merge(f), Contains("cannot be negative"));
        }
        SECTION("period") {
            tamper(f, fmt::format("INSERT INTO targets VALUES('2025-13', {}, {}, 1, 1);", a, fizz));
            CHECK_THROWS_WITH(w.merge(f), Contains("period '2025-13'"));
        }
    }
    SECTION("the rep lost the right to edit targets") {
        w.conn.exec_script("DELETE FROM role_rights WHERE right_name = 'targets.edit_own';");
        const std::string without = w.state();
        CHECK_THROWS_WITH(w.merge(f), Contains("may not edit targets"));
        CHECK(w.state() == without);
        return;
    }
    SECTION("the partner moved to another rep since the export") {
        w.conn.exec_script(
            "UPDATE accounts SET rep_id = (SELECT id FROM users WHERE name = 'rep2') "
            "WHERE code = 'A';");
        const std::string moved = w.state();
        CHECK_THROWS_AS(w.merge(f), PermissionDenied);
        CHECK(w.state() == moved);
        return;
    }
    CHECK(w.state() == before);
}
