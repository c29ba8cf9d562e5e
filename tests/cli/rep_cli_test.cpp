// `rep export` / `rep merge` end to end (SPEC §6.1): the round trip through a rep file, exit
// code 3 with the conflicts listed, --resolve, and refusals (exit 1) that leave the main file
// exactly as it was.
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <vector>

#include "cli_test_support.h"

namespace uplift::cli_test {

namespace {

using Catch::Matchers::Contains;

CliRun run(const std::vector<std::string>& args) {
    return run_in_process(args);
}

void ok(const std::vector<std::string>& args) {
    const CliRun r = run_in_process(args);
    INFO(fmt::format("uplift-cli {}\nerr: {}", fmt::join(args, " "), r.err));
    REQUIRE(r.code == 0);
}

// A main file: accounts A (rep1), B (rep2), brands Fizz and Crisp, sm1, two targets.
fs::path make_main(const TempDir& dir, const std::string& name = "main.uplift") {
    const fs::path db = dir / name;
    const std::string m = db.string();
    ok({"--db", m, "init"});
    write_bytes(dir / "p.csv",
                "sku,name,brand,category,list_price,unit_cost\n"
                "F1,Cola,Fizz,Drinks,2.00,1.00\nC1,Chips,Crisp,Snacks,1.00,0.40\n");
    write_bytes(dir / "a.csv",
                "code,name,channel,region,rep\nA,Shop A,Super,North,rep1\n"
                "B,Shop B,Discount,South,rep2\n");
    ok({"--db", m, "import", "products", (dir / "p.csv").string()});
    ok({"--db", m, "import", "accounts", (dir / "a.csv").string()});
    ok({"--db", m, "user", "add", "sm1", "--role", "SM"});
    ok({"--db", m, "--user", "sm1", "target", "set", "2025-03", "A", "Fizz", "--units", "10",
        "--value", "100"});
    ok({"--db", m, "--user", "sm1", "target", "set", "2025-03", "B", "Fizz", "--units", "20",
        "--value", "200"});
    return db;
}

fs::path export_rep(const TempDir& dir, const fs::path& main, const std::string& rep,
                    const std::string& name) {
    const fs::path f = dir / name;
    ok({"--db", main.string(), "--user", "sm1", "rep", "export", rep, "-o", f.string()});
    return f;
}

std::vector<std::string> merge_args(const fs::path& main, const fs::path& f) {
    return {"--db", main.string(), "--user", "sm1", "rep", "merge", f.string()};
}

void tamper(const fs::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.string().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK);
    const std::string all = "PRAGMA foreign_keys=OFF; " + sql;
    const int rc = sqlite3_exec(db, all.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::string csv_targets(const fs::path& db) {
    return run_in_process({"--db", db.string(), "target", "list", "--format", "csv"}).out;
}

}  // namespace

TEST_CASE("rep round trip: export, the rep edits offline, merge lands it once", "[cli][rep]") {
    TempDir dir("rep");
    const fs::path main = make_main(dir);
    const fs::path f = export_rep(dir, main, "rep1", "rep1.uplift");
    struct stat st {};
    REQUIRE(::stat(f.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(query_text(f, "SELECT group_concat(code) FROM accounts") == "A");

    // In the rep file the rep is the default user and edits their partners only.
    CliRun r = run({"--db", f.string(), "target", "set", "2025-03", "A", "Fizz", "--units", "12",
                    "--value", "150"});
    CHECK(r.code == 0);
    ok({"--db", f.string(), "target", "set", "2025-04", "A", "Crisp", "--units", "3", "--value",
        "9.50"});
    r = run({"--db", f.string(), "target", "set", "2025-03", "B", "Fizz", "--units", "1", "--value",
             "1"});
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Contains("unknown account 'B'"));
    // Not in the main file, though: reps work in their rep file.
    r = run({"--db", main.string(), "--user", "rep1", "target", "set", "2025-03", "A", "Fizz",
             "--units", "1", "--value", "1"});
    CHECK(r.code == 1);

    r = run(merge_args(main, f));
    CHECK(r.code == 0);
    CHECK_THAT(r.err, Contains("2 targets applied"));
    CHECK_FALSE(fs::exists(f.string() + "-wal"));  // the merge left the rep's folder as it was
    CHECK_FALSE(fs::exists(f.string() + "-shm"));
    CHECK(csv_targets(main) ==
          "period,account,brand,units,value\n2025-03,A,Fizz,12,150.00\n"
          "2025-03,B,Fizz,20,200.00\n2025-04,A,Crisp,3,9.50\n");

    const std::string before = db_snapshot(main);
    r = run(merge_args(main, f));
    CHECK(r.code == 0);
    CHECK_THAT(r.err, Contains("nothing new to merge"));
    INFO(first_difference(before, db_snapshot(main)));
    CHECK(db_snapshot(main) == before);
}

TEST_CASE("rep merge stops on a conflict with exit code 3 and changes nothing; --resolve decides",
          "[cli][rep]") {
    TempDir dir("rep");
    const fs::path main = make_main(dir);
    const fs::path f = export_rep(dir, main, "rep1", "rep1.uplift");
    ok({"--db", f.string(), "target", "set", "2025-03", "A", "Fizz", "--units", "12", "--value",
        "150"});
    ok({"--db", main.string(), "--user", "sm1", "target", "set", "2025-03", "A", "Fizz", "--units",
        "11", "--value", "110.50"});
    const std::string before = db_snapshot(main);
    const std::string listed =
        "period,account,brand,export_units,export_value,hq_units,hq_value,rep_units,rep_value\n"
        "2025-03,A,Fizz,10,100.00,11,110.50,12,150.00\n";

    CliRun r = run(merge_args(main, f));
    CHECK(r.code == 3);
    CHECK(r.out == listed);
    CHECK_THAT(r.err, Contains("1 conflict") && Contains("nothing was merged"));
    CHECK(db_snapshot(main) == before);

    // ask without a terminal behaves as no --resolve (the real binary, stdin from /dev/null).
    const std::string cmd = fmt::format(
        "'{}' --db '{}' --user sm1 rep merge '{}' --resolve ask </dev/null >'{}' 2>/dev/null",
        UPLIFT_CLI_PATH, main.string(), f.string(), (dir / "ask.txt").string());
    const int status = std::system(cmd.c_str());
    CHECK(WEXITSTATUS(status) == 3);
    CHECK(read_bytes(dir / "ask.txt") == listed);
    CHECK(db_snapshot(main) == before);

    auto args = merge_args(main, f);
    args.push_back("--resolve");
    SECTION("ours keeps HQ's value") {
        args.push_back("ours");
        r = run(args);
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Contains(",ours"));
        CHECK_THAT(csv_targets(main), Contains("2025-03,A,Fizz,11,110.50"));
    }
    SECTION("theirs takes the rep's value") {
        args.push_back("theirs");
        r = run(args);
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Contains(",theirs"));
        CHECK_THAT(csv_targets(main), Contains("2025-03,A,Fizz,12,150.00"));
        CHECK(run(merge_args(main, f)).code == 0);  // settled: nothing new
    }
    SECTION("an unknown rule is misuse") {
        args.push_back("mine");
        CHECK(run(args).code == 2);
        CHECK(db_snapshot(main) == before);
    }
}

TEST_CASE("rep merge refuses foreign, damaged and tampered files as a whole (exit 1)",
          "[cli][rep]") {
    TempDir dir("rep");
    const fs::path main = make_main(dir);
    const fs::path f = export_rep(dir, main, "rep1", "rep1.uplift");
    ok({"--db", f.string(), "target", "set", "2025-03", "A", "Fizz", "--units", "12", "--value",
        "150"});
    const std::string b = query_text(main, "SELECT id FROM accounts WHERE code = 'B'");
    const std::string fizz = query_text(main, "SELECT id FROM brands WHERE name = 'Fizz'");
    const std::string before = db_snapshot(main);
    std::string expect;

    SECTION("exported from another database") {
        TempDir other_dir("rep-other");
        const fs::path other = make_main(other_dir);
        const fs::path g = export_rep(other_dir, other, "rep1", "rep1.uplift");
        const CliRun r = run(merge_args(main, g));
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Contains("another database"));
    }
    SECTION("bytes overwritten in the middle") {
        std::string bytes = read_bytes(f);
        for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 4096; ++i) {
            bytes[i] = static_cast<char>(i * 7);
        }
        write_bytes(f, bytes);
        const CliRun r = run(merge_args(main, f));
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Contains(f.string()));
    }
    SECTION("a target of another rep's partner") {
        tamper(f, fmt::format("INSERT INTO targets VALUES('2025-03', {}, {}, 99, 9900);", b, fizz));
        const CliRun r = run(merge_args(main, f));
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Contains("account B is not a partner of rep 'rep1'"));
    }
    SECTION("the other partner made to look like the rep's inside the file") {
        tamper(f, fmt::format("INSERT INTO accounts(id, code, name, channel_id, region_id, rep_id) "
                              "SELECT {0}, 'B', 'Shop B', channel_id, region_id, rep_id FROM "
                              "accounts WHERE code = 'A';"
                              "INSERT INTO rep_export_targets VALUES('2025-03', {0}, {1}, 20, "
                              "200); INSERT INTO targets VALUES('2025-03', {0}, {1}, 99, 9900);",
                              b, fizz));
        const CliRun r = run({"--db", f.string(), "target", "list", "--format", "csv"});
        CHECK_THAT(r.out, Contains("2025-03,B,Fizz,99"));  // the file believes it
        const CliRun m = run(merge_args(main, f));
        CHECK(m.code == 1);
        CHECK_THAT(m.err, Contains("account B is not a partner"));
    }
    SECTION("a deleted target") {
        tamper(f, "DELETE FROM targets;");
        const CliRun r = run(merge_args(main, f));
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Contains("may not delete"));
    }
    SECTION("merged by someone without the right") {
        const CliRun r = run({"--db", main.string(), "--user", "rep1", "rep", "merge", f.string()});
        CHECK(r.code == 1);
    }
    INFO(first_difference(before, db_snapshot(main)));
    CHECK(db_snapshot(main) == before);
}

TEST_CASE("rep export refuses what it cannot do, with exit 1 or 2", "[cli][rep]") {
    TempDir dir("rep");
    const fs::path main = make_main(dir);
    const std::string m = main.string();
    const std::string before = db_snapshot(main);
    const std::string out = (dir / "x.uplift").string();
    CHECK(run({"--db", m, "--user", "sm1", "rep", "export", "nobody", "-o", out}).code == 1);
    CHECK(run({"--db", m, "--user", "sm1", "rep", "export", "sm1", "-o", out}).code == 1);
    CHECK(run({"--db", m, "--user", "rep1", "rep", "export", "rep1", "-o", out}).code == 1);
    CHECK(run({"--db", m, "--user", "sm1", "rep", "export", "rep1"}).code == 2);
    CHECK(run({"--db", m, "--user", "sm1", "rep", "sync"}).code == 2);
    CHECK_FALSE(fs::exists(out));
    write_bytes(dir / "x.uplift", "mine");
    const CliRun r = run({"--db", m, "--user", "sm1", "rep", "export", "rep1", "-o", out});
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Contains("file exists"));
    CHECK(read_bytes(dir / "x.uplift") == "mine");
    CHECK(db_snapshot(main) == before);
}

}  // namespace uplift::cli_test
