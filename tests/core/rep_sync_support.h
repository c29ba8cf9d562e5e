#pragma once
// A main file on disk for the rep-file tests: three reps with their partners, a sales manager,
// the catalogue, targets and promotions; helpers to export, to work in a rep file as its rep and
// to tamper with a file through the bare SQLite C API.
#include <fmt/format.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "db/statement.h"
#include "db/uplift_file.h"
#include "funds_test_support.h"
#include "security/users.h"
#include "sync/rep_export.h"
#include "sync/rep_file_info.h"
#include "sync/rep_merge.h"
#include "targets/target_store.h"
#include "workflows/imports.h"
#include "workflows/promotion_workflows.h"

namespace uplift::sync_test {

namespace fs = std::filesystem;
using funds_test::TempDir;

// Accounts (rep): A (rep1), A2 (rep1, child of B), B (rep2), C (rep3), D (nobody).
// Brands: Fizz (F1, F2), Crisp (C1), Aqua (W1).
struct SyncWorld {
    TempDir dir;
    fs::path main_path = dir.path() / "main.uplift";
    db::Connection conn = db::create_file(main_path, Currency("EUR"));
    Date today{2025, 6, 30};
    int clock = 0;
    int files = 0;

    SyncWorld() {
        const ActionContext admin = as("admin");
        import(admin, ImportKind::Products,
               "sku,name,brand,category,list_price,unit_cost\n"
               "F1,Cola,Fizz,Drinks,2.00,1.00\nF2,Lemon,Fizz,Drinks,3.00,1.50\n"
               "C1,Chips,Crisp,Snacks,1.00,0.40\nW1,Water,Aqua,Drinks,0.50,0.10\n");
        import(admin, ImportKind::Accounts,
               "code,name,channel,region,parent,rep\n"
               "B,Shop B,Discount,South,,rep2\nA,Shop A,Super,North,,rep1\n"
               "A2,Shop A2,Super,North,B,rep1\nC,Shop C,Kiosk,East,,rep3\n"
               "D,Shop D,Online,West,,\n");
        import(admin, ImportKind::Prices,
               "sku,valid_from,valid_to,list_price,unit_cost,account\n"
               "F1,2025-01-01,,2.10,1.00,\nF1,2025-01-01,,1.90,1.00,A\n"
               "F1,2025-01-01,,1.80,1.00,B\n");
        add_user(conn, admin, "sm1", {Role::SalesManager});
        add_user(conn, admin, "bm1", {Role::BrandManager});
        for (const char* account : {"A", "A2", "B", "C", "D"}) {
            set_target(conn, as("sm1"), "2025-03", account, "Fizz", 100, 20'000);
        }
        set_target(conn, as("sm1"), "2025-Q2", "A", "Crisp", 50, 5'000);
        promotion("PROMO-A", "A", "F1");
        promotion("PROMO-B", "B", "F1");
    }

    ActionContext as(const std::string& user) { return as_in(conn, user); }

    ActionContext as_in(db::Connection& c, const std::string& user) {
        ++clock;
        return load_actor(c, user, today,
                          fmt::format("2025-06-30T{:02}:{:02}:{:02}Z", clock / 3600 % 24,
                                      clock / 60 % 60, clock % 60));
    }

    void import(const ActionContext& ctx, ImportKind kind, const std::string& text) {
        const fs::path p = dir.path() / fmt::format("f{}.csv", files++);
        std::ofstream(p, std::ios::binary) << text;
        import_file(conn, ctx, kind, p);
    }

    void promotion(const std::string& code, const std::string& account, const std::string& sku) {
        PromotionDraft d;
        d.code = code;
        d.campaign = "Summer " + account;
        d.account = account;
        d.instore = Period{Date(2025, 7, 1), Date(2025, 7, 14)};
        d.skus = {sku};
        d.discount_pct_units = 100'000;
        create_promotion(conn, as("sm1"), d);
    }

    fs::path path(const std::string& name) const { return dir.path() / name; }

    fs::path export_for(const std::string& rep, const std::string& name) {
        const fs::path p = path(name);
        export_rep_file(conn, as("sm1"), rep, p);
        return p;
    }

    // `target set` in the rep file, as its rep.
    void rep_sets(const fs::path& file, const std::string& period, const std::string& account,
                  const std::string& brand, std::int64_t units, std::int64_t value) {
        db::Connection rc = db::open_file(file);
        const auto info = rep_file_info(rc);
        if (!info) {
            throw std::runtime_error("not a rep file");
        }
        set_target(rc, as_in(rc, info->rep), period, account, brand, units, value);
    }

    RepMergeResult merge(const fs::path& file, MergeResolution r = MergeResolution::None,
                         const ConflictDecider& decide = {}) {
        return merge_rep_file(conn, as("sm1"), file, r, decide);
    }

    std::optional<Target> target(const std::string& period, const std::string& account,
                                 const std::string& brand) {
        return find_target(conn, target_key(conn, period, account, brand));
    }

    std::string targets_text() { return targets_text_of(conn); }

    static std::string targets_text_of(db::Connection& c) {
        std::string out;
        for (const Target& t : list_targets(c)) {
            out += fmt::format("{} {} {} {} {}\n", t.period, t.account, t.brand, t.units, t.value);
        }
        return out;
    }

    // Everything a refused merge must leave as it was.
    std::string state() {
        return fmt::format("{}|{} {} {} {} {}", targets_text(),
                           db::query_int(conn, "SELECT count(*) FROM target_history"),
                           db::query_int(conn, "SELECT count(*) FROM rep_merges"),
                           db::query_int(conn, "SELECT count(*) FROM rep_merge_values"),
                           db::query_int(conn, "SELECT count(*) FROM audit_log"),
                           db::query_int(conn, "SELECT count(*) FROM target_topdown"));
    }
};

// Runs SQL on a file with the bare C API, as someone editing it by hand would: no foreign keys,
// no CHECK constraints.
inline void tamper(const fs::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.string().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + file.string());
    }
    char* err = nullptr;
    const std::string all = "PRAGMA foreign_keys=OFF; PRAGMA ignore_check_constraints=ON; " + sql;
    const int rc = sqlite3_exec(db, all.c_str(), nullptr, nullptr, &err);
    const std::string msg = err != nullptr ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        throw std::runtime_error("tamper: " + msg);
    }
}

inline std::int64_t file_int(const fs::path& file, const std::string& sql) {
    db::Connection c = db::Connection::open(file, db::OpenMode::ReadOnly);
    return db::query_int(c, sql);
}

}  // namespace uplift::sync_test
