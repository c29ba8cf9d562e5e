// Rep files (SPEC §6.1): what an export holds — one rep's partners, the catalogue, their targets
// and promotions, nothing of other reps or partners — and who may write one.
#include <sys/stat.h>
#include <catch2/catch.hpp>

#include "errors.h"
#include "rep_sync_support.h"

using namespace uplift;
using namespace uplift::sync_test;
using Catch::Matchers::Contains;

TEST_CASE("a rep file holds the rep's partners and nothing of other reps or partners",
          "[sync][export]") {
    SyncWorld w;
    const RepExport e = export_rep_file(w.conn, w.as("sm1"), "rep1", w.path("rep1.uplift"));
    CHECK(e.accounts == 2);
    CHECK(e.targets == 3);
    CHECK(e.promotions == 1);
    CHECK(e.products == 4);
    const fs::path f = e.file;

    struct stat st {};
    REQUIRE(::stat(f.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK_FALSE(fs::exists(f.string() + "-wal"));

    // Opens as a normal Uplift file, sound, at the same schema, in rep mode.
    db::Connection rc = db::open_file(f);
    CHECK(db::query_int(rc,
                        "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check "
                        "<> 'ok'") == 0);
    const auto info = rep_file_info(rc);
    REQUIRE(info);
    CHECK(info->rep == "rep1");
    CHECK(info->export_id == e.export_id);
    CHECK(info->main_database == db::get_setting(w.conn, "database_id"));
    CHECK(db::get_setting(rc, "database_id") != info->main_database);
    CHECK_FALSE(rep_file_info(w.conn));

    // Only the rep as a REP user, under their main-file id; the main file's ids everywhere.
    CHECK(db::query_int(rc, "SELECT count(*) FROM users") == 1);
    CHECK(db::query_int(rc,
                        "SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                        "WHERE u.name = 'rep1' AND r.role = 'REP'") == 1);
    CHECK(db::query_int(rc, "SELECT id FROM users") ==
          db::query_int(w.conn, "SELECT id FROM users WHERE name = 'rep1'"));
    CHECK(db::query_int(rc, "SELECT id FROM accounts WHERE code = 'A'") ==
          db::query_int(w.conn, "SELECT id FROM accounts WHERE code = 'A'"));
    CHECK(db::query_int(rc, "SELECT id FROM brands WHERE name = 'Crisp'") ==
          db::query_int(w.conn, "SELECT id FROM brands WHERE name = 'Crisp'"));

    // Nothing of other partners: accounts, their channels and regions, prices, targets,
    // promotions, campaigns; no link to B (A2's parent), no KAM, no requester, no manager.
    CHECK(db::query_int(rc, "SELECT count(*) FROM accounts WHERE code NOT IN ('A', 'A2')") == 0);
    CHECK(db::query_int(rc,
                        "SELECT count(*) FROM accounts WHERE parent_id IS NOT NULL OR "
                        "kam_id IS NOT NULL") == 0);
    CHECK(db::query_int(rc, "SELECT count(*) FROM regions WHERE name <> 'North'") == 0);
    CHECK(db::query_int(rc, "SELECT count(*) FROM channels WHERE name <> 'Super'") == 0);
    CHECK(db::query_int(rc,
                        "SELECT count(*) FROM prices WHERE account_id IS NOT NULL AND "
                        "account_id NOT IN (SELECT id FROM accounts)") == 0);
    CHECK(db::query_int(rc, "SELECT count(*) FROM prices") == 2);
    CHECK(db::query_int(rc,
                        "SELECT count(*) FROM targets WHERE account_id NOT IN (SELECT id "
                        "FROM accounts)") == 0);
    CHECK(db::query_int(rc, "SELECT count(*) FROM promotions") == 1);
    CHECK(db::query_int(rc,
                        "SELECT count(*) FROM promotions WHERE code = 'PROMO-A' AND "
                        "requested_by IS NULL") == 1);
    CHECK(db::query_int(rc, "SELECT count(*) FROM campaigns") == 1);
    CHECK(db::query_int(rc, "SELECT count(*) FROM promotion_lines") == 1);
    CHECK(db::query_int(rc, "SELECT count(*) FROM tactic_terms") >= 1);
    CHECK(db::query_int(rc, "SELECT count(*) FROM brands WHERE manager_id IS NOT NULL") == 0);
    for (const char* table : {"audit_log", "import_batches", "actuals", "funds", "fund_ledger",
                              "claims", "target_history", "target_totals", "rep_exports"}) {
        INFO(table);
        CHECK(db::query_int(rc, fmt::format("SELECT count(*) FROM {}", table)) == 0);
    }
    // The untouched copy equals the editable targets.
    CHECK(db::query_int(rc,
                        "SELECT count(*) FROM (SELECT * FROM targets EXCEPT SELECT * FROM "
                        "rep_export_targets)") == 0);
    CHECK(db::query_int(rc, "SELECT count(*) FROM rep_export_targets") == 3);
    // Nothing names another rep or partner anywhere in the file's text.
    const std::string bytes = [&] {
        std::ifstream in(f, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }();
    for (const char* secret : {"rep2", "rep3", "Shop B", "Shop C", "Shop D", "South", "PROMO-B",
                               "Summer B", "sm1", "bm1"}) {
        INFO(secret);
        CHECK(bytes.find(secret) == std::string::npos);
    }

    // The main file recorded and audited the export.
    CHECK(db::query_int(w.conn,
                        "SELECT count(*) FROM rep_exports WHERE rep = 'rep1' AND "
                        "exported_by = 'sm1'") == 1);
    CHECK(db::query_int(w.conn,
                        "SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                        "entity = 'rep_file'") == 1);
}

TEST_CASE("only a sales manager exports, only for a rep, never over a file", "[sync][export]") {
    SyncWorld w;
    const auto exports = [&] { return db::query_int(w.conn, "SELECT count(*) FROM rep_exports"); };
    CHECK_THROWS_AS(export_rep_file(w.conn, w.as("rep1"), "rep1", w.path("x.uplift")),
                    PermissionDenied);
    CHECK_THROWS_AS(export_rep_file(w.conn, w.as("bm1"), "rep1", w.path("x.uplift")),
                    PermissionDenied);
    CHECK_THROWS_WITH(export_rep_file(w.conn, w.as("sm1"), "bm1", w.path("x.uplift")),
                      Contains("'bm1' is not a sales rep"));
    CHECK_THROWS_WITH(export_rep_file(w.conn, w.as("sm1"), "nobody", w.path("x.uplift")),
                      Contains("unknown user 'nobody'"));
    CHECK_FALSE(fs::exists(w.path("x.uplift")));
    std::ofstream(w.path("taken.uplift")) << "mine";
    CHECK_THROWS_WITH(export_rep_file(w.conn, w.as("sm1"), "rep1", w.path("taken.uplift")),
                      Contains("file exists"));
    CHECK(funds_test::count(w.conn, "rep_exports") == 0);
    CHECK(exports() == 0);
    // A rep file is no place to export from.
    const fs::path f = w.export_for("rep1", "rep1.uplift");
    db::Connection rc = db::open_file(f);
    rc.exec_script(
        "INSERT INTO users(id, name) VALUES(900, 'boss');"
        "INSERT INTO user_roles VALUES(900, 'SM');");
    CHECK_THROWS_WITH(export_rep_file(rc, w.as_in(rc, "boss"), "rep1", w.path("y.uplift")),
                      Contains("this is a rep file"));
}

TEST_CASE("in a rep file the rep sets their partners' targets and nobody else's",
          "[sync][export]") {
    SyncWorld w;
    const fs::path f = w.export_for("rep1", "rep1.uplift");
    w.rep_sets(f, "2025-03", "A", "Fizz", 120, 24'000);
    w.rep_sets(f, "2025-04", "A2", "Aqua", 7, 350);  // a new key
    db::Connection rc = db::open_file(f);
    CHECK(SyncWorld::targets_text_of(rc) ==
          "2025-03 A Fizz 120 24000\n2025-03 A2 Fizz 100 20000\n2025-04 A2 Aqua 7 350\n"
          "2025-Q2 A Crisp 50 5000\n");
    // Other partners are not even there; the rep cannot add rights to themselves by role.
    CHECK_THROWS_WITH(set_target(rc, w.as_in(rc, "rep1"), "2025-03", "B", "Fizz", 1, 1),
                      Contains("unknown account 'B'"));
    // The same rep in the main file is refused: reps work in their rep file.
    CHECK_THROWS_AS(set_target(w.conn, w.as("rep1"), "2025-03", "A", "Fizz", 1, 1),
                    PermissionDenied);
}

TEST_CASE("the reps a file can be exported for are active reps with partners", "[sync][export]") {
    SyncWorld w;
    const ActionContext admin = w.as("admin");
    add_user(w.conn, admin, "rep4", {Role::SalesRep}, "Rep Four");  // no partners
    w.conn.exec_script("UPDATE users SET active = 0 WHERE name = 'rep3';");
    w.conn.exec_script("UPDATE users SET full_name = 'Rep One' WHERE name = 'rep1';");
    const std::vector<ExportableRep> reps = list_exportable_reps(w.conn);
    REQUIRE(reps.size() == 2);
    CHECK(reps[0].name == "rep1");
    CHECK(reps[0].full_name == "Rep One");
    CHECK(reps[0].accounts == 2);
    CHECK(reps[1].name == "rep2");
    CHECK(reps[1].accounts == 1);
}
