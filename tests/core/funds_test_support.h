#pragma once
// A small world for the fund tests: an in-memory file with two brands, two accounts, one user
// per role and a fund tree, plus helpers to import small CSV files and count rows.
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "db/connection.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "funds/fund.h"
#include "security/action_context.h"
#include "security/users.h"
#include "temp_dir.h"
#include "workflows/imports.h"
#include "workflows/promotion_workflows.h"

namespace uplift::funds_test {

namespace fs = std::filesystem;

using TempDir = uplift::test::TempDir;

inline std::int64_t count(db::Connection& conn, const char* table) {
    return db::query_int(conn, fmt::format("SELECT count(*) FROM {}", table));
}

// Users: bm1 manages brand Fizz, bm2 brand Crisp; kam1 is the key-account manager of account A;
// sm1 a sales manager, fin1 and fin2 finance, rep1 a sales rep.
//
// Funds (owner):       HQ (fin1) ── Fizz (bm1, brand Fizz) ── Fizz-A (kam1, account A)
//                        │                                 └─ Fizz-B (bm1, account B)
//                        └─ Crisp (bm2, brand Crisp) ── Crisp-A (kam1, account A)
//                      North (sm1, region North), South (fin1, region South)
//                      Acc-Fizz (bm1, accrual 2 % of gross of brand Fizz)
//                        └─ Acc-A (kam1, accrual 0.05 per unit of account A, brand Fizz)
struct World {
    db::Connection conn = db::create_memory();
    TempDir dir;
    Date today{2025, 6, 30};
    int clock = 0;
    int files = 0;

    explicit World(bool with_funds = true) {
        const ActionContext admin = as("admin");
        import(admin, ImportKind::Products,
               "sku,name,brand,category,list_price,unit_cost\n"
               "F1,Cola,Fizz,Drinks,2.00,1.00\nF2,Lemon,Fizz,Drinks,3.00,1.50\n"
               "C1,Chips,Crisp,Snacks,1.00,0.40\n");
        import(admin, ImportKind::Accounts,
               "code,name,channel,region\nA,Shop A,Super,North\nB,Shop B,Super,South\n");
        for (const auto& [name, role] :
             {std::pair{"bm1", Role::BrandManager}, std::pair{"bm2", Role::BrandManager},
              std::pair{"kam1", Role::KeyAccountManager}, std::pair{"sm1", Role::SalesManager},
              std::pair{"fin1", Role::Finance}, std::pair{"fin2", Role::Finance},
              std::pair{"rep1", Role::SalesRep}}) {
            add_user(conn, admin, name, {role});
        }
        conn.exec_script(
            "UPDATE brands SET manager_id = (SELECT id FROM users WHERE name = 'bm1') "
            "WHERE name = 'Fizz';"
            "UPDATE brands SET manager_id = (SELECT id FROM users WHERE name = 'bm2') "
            "WHERE name = 'Crisp';"
            "UPDATE accounts SET kam_id = (SELECT id FROM users WHERE name = 'kam1') "
            "WHERE code = 'A';");
        if (!with_funds) {
            return;
        }
        const auto fund = [&](const char* name, const char* parent, const char* owner,
                              const char* brand, const char* account, const char* region) {
            FundSpec s;
            s.name = name;
            s.parent = parent;
            s.owner = owner;
            s.brand = brand;
            s.account = account;
            s.region = region;
            return s;
        };
        for (const FundSpec& s :
             {fund("HQ", "", "fin1", "", "", ""), fund("Fizz", "HQ", "bm1", "Fizz", "", ""),
              fund("Fizz-A", "Fizz", "kam1", "Fizz", "A", ""),
              fund("Fizz-B", "Fizz", "bm1", "Fizz", "B", ""),
              fund("Crisp", "HQ", "bm2", "Crisp", "", ""),
              fund("Crisp-A", "Crisp", "kam1", "Crisp", "A", ""),
              fund("North", "", "sm1", "", "", "North"),
              fund("South", "", "fin1", "", "", "South")}) {
            create_fund(conn, admin, s);
        }
        FundSpec acc = fund("Acc-Fizz", "", "bm1", "Fizz", "", "");
        acc.accrual = true;
        acc.rate = 20000;  // 2 %
        create_fund(conn, admin, acc);
        FundSpec per_unit = fund("Acc-A", "Acc-Fizz", "kam1", "Fizz", "A", "");
        per_unit.accrual = true;
        per_unit.per_unit = 5;  // 0.05 per unit
        create_fund(conn, admin, per_unit);
    }

    ActionContext as(const std::string& user) {
        ++clock;
        return load_actor(conn, user, today,
                          fmt::format("2025-06-30T{:02}:{:02}:{:02}Z", clock / 3600 % 24,
                                      clock / 60 % 60, clock % 60));
    }

    fs::path write(const std::string& text) {
        const fs::path p = dir.path() / fmt::format("f{}.csv", files++);
        std::ofstream out(p, std::ios::binary);
        out << text;
        return p;
    }

    ImportResult import(const ActionContext& ctx, ImportKind kind, const std::string& text) {
        return import_file(conn, ctx, kind, write(text));
    }

    // A draft promotion of one sku with a fixed fee (its planned spend) on `fund`.
    void promotion(const std::string& who, const std::string& code, const std::string& account,
                   const std::string& sku, Period instore, std::int64_t fee_cents,
                   const std::string& fund) {
        PromotionDraft d;
        d.code = code;
        d.account = account;
        d.instore = instore;
        d.skus = {sku};
        d.fixed_cost_cents = fee_cents;
        d.fund = fund;
        create_promotion(conn, as(who), d);
    }

    PromotionStatus status(const std::string& who, const std::string& code, PromotionAction a,
                           const std::optional<std::string>& overspend = std::nullopt) {
        TransitionRequest r;
        r.action = a;
        r.reason = "test";
        r.overlap_reason = "test";
        return change_promotion_status(conn, as(who), code, r, overspend);
    }

    // Created by sm1, submitted, approved by fin1.
    void approved(const std::string& code, const std::string& account, const std::string& sku,
                  Period instore, std::int64_t fee_cents, const std::string& fund) {
        promotion("sm1", code, account, sku, instore, fee_cents, fund);
        status("sm1", code, PromotionAction::Submit);
        status("fin1", code, PromotionAction::Approve);
    }

    FundFigures figures(const std::string& fund) {
        return fund_figures(conn, find_fund(conn, fund).value().id);
    }
};

}  // namespace uplift::funds_test
