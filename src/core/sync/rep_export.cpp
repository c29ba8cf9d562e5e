#include "sync/rep_export.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <set>
#include <system_error>

#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "security/audit.h"
#include "sync/rep_file_info.h"
#include "sync/row_copy.h"

namespace uplift {

namespace {

using sync_detail::copy_rows;

// The rep's accounts, as a sub-query over ?1 = the rep's user id.
constexpr const char* kRepAccounts = "SELECT id FROM accounts WHERE rep_id = ?1";

struct Rep {
    std::int64_t id = 0;
    std::string name;
};

Rep find_rep(db::Connection& main, const std::string& name) {
    db::Statement s(main, "SELECT id, active FROM users WHERE name = ?");
    s.bind(1, name);
    if (!s.step()) {
        throw UserError(fmt::format("rep export: unknown user '{}'", name));
    }
    const Rep rep{s.get_int(0), name};
    if (s.get_int(1) == 0) {
        throw UserError(fmt::format("rep export: user '{}' is inactive", name));
    }
    db::Statement r(main, "SELECT 1 FROM user_roles WHERE user_id = ? AND role = 'REP'");
    r.bind(1, rep.id);
    if (!r.step()) {
        throw UserError(fmt::format("rep export: user '{}' is not a sales rep (role REP)", name));
    }
    return rep;
}

// Removes a half-written rep file (and SQLite's side files) unless kept.
class FileGuard {
  public:
    explicit FileGuard(std::filesystem::path p) : path_(std::move(p)) {}
    FileGuard(const FileGuard&) = delete;
    FileGuard& operator=(const FileGuard&) = delete;
    ~FileGuard() {
        if (keep_) {
            return;
        }
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            std::filesystem::remove(path_.string() + suffix, ec);
        }
    }
    void keep() { keep_ = true; }

  private:
    std::filesystem::path path_;
    bool keep_ = false;
};

void owner_only(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::permissions(
        path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
        std::filesystem::perm_options::replace, ec);
    if (ec) {
        throw UserError(
            fmt::format("{}: cannot make the rep file private: {}", path.string(), ec.message()));
    }
}

void copy_settings(db::Connection& main, db::Connection& out, const RepExport& e,
                   const std::string& main_database) {
    const std::set<std::string> own{"database_id", "rep_export_id", "rep_main_database",
                                    "rep_name"};
    db::Statement s(main, "SELECT key, value FROM settings ORDER BY key");
    while (s.step()) {
        if (!own.contains(s.get_text(0))) {
            db::set_setting(out, s.get_text(0), s.get_text(1));
        }
    }
    db::set_setting(out, "rep_export_id", e.export_id);
    db::set_setting(out, "rep_main_database", main_database);
    db::set_setting(out, "rep_name", e.rep);
}

// The rep as the file's only user (role REP), under their id in the main file, and the main
// file's rights so the rep works under the same rules.
void copy_users(db::Connection& main, db::Connection& out, const Rep& rep) {
    out.exec_script("DELETE FROM users; DELETE FROM role_rights;");
    copy_rows(main, out, "role_rights", "SELECT role, right_name FROM role_rights");
    copy_rows(main, out, "users", "SELECT id, name, full_name, active FROM users WHERE id = ?1",
              [&](db::Statement& s) { s.bind(1, rep.id); });
    db::Statement r(out, "INSERT INTO user_roles(user_id, role) VALUES(?, 'REP')");
    r.bind(1, rep.id);
    r.exec();
}

// The rep's accounts with their channels and regions. A parent account is kept only when it is
// the rep's too; other partners never travel, so the link is cut. KAMs are left out.
std::int64_t copy_accounts(db::Connection& main, db::Connection& out, const Rep& rep) {
    const auto by_rep = [&](db::Statement& s) { s.bind(1, rep.id); };
    copy_rows(main, out, "channels",
              fmt::format("SELECT * FROM channels WHERE id IN (SELECT channel_id FROM accounts "
                          "WHERE id IN ({}))",
                          kRepAccounts),
              by_rep);
    copy_rows(main, out, "regions",
              fmt::format("SELECT * FROM regions WHERE id IN (SELECT region_id FROM accounts "
                          "WHERE id IN ({}))",
                          kRepAccounts),
              by_rep);
    const std::int64_t n =
        copy_rows(main, out, "accounts",
                  "SELECT id, code, name, channel_id, region_id, NULL AS parent_id, rep_id, "
                  "NULL AS kam_id FROM accounts WHERE rep_id = ?1",
                  by_rep);
    db::Statement parents(main,
                          fmt::format("SELECT id, parent_id FROM accounts WHERE rep_id = ?1 AND "
                                      "parent_id IN ({})",
                                      kRepAccounts));
    parents.bind(1, rep.id);
    db::Statement link(out, "UPDATE accounts SET parent_id = ? WHERE id = ?");
    while (parents.step()) {
        link.bind_all(parents.get_int(1), parents.get_int(0));
        link.exec();
    }
    return n;
}

// The catalogue is not secret: every category, brand (without its manager) and product, the
// central prices and the rep's accounts' own lists.
std::int64_t copy_catalogue(db::Connection& main, db::Connection& out, const Rep& rep) {
    copy_rows(main, out, "categories", "SELECT * FROM categories");
    copy_rows(main, out, "brands", "SELECT id, name, category_id, NULL AS manager_id FROM brands");
    const std::int64_t n = copy_rows(main, out, "products", "SELECT * FROM products");
    copy_rows(main, out, "prices",
              fmt::format("SELECT * FROM prices WHERE account_id IS NULL OR account_id IN ({})",
                          kRepAccounts),
              [&](db::Statement& s) { s.bind(1, rep.id); });
    return n;
}

// The rep's accounts' targets, twice: the editable table and the untouched copy a merge diffs
// the rep's edits against.
std::int64_t copy_targets(db::Connection& main, db::Connection& out, const Rep& rep) {
    const std::string sql = fmt::format(
        "SELECT period, account_id, brand_id, units, value FROM targets WHERE account_id IN ({})",
        kRepAccounts);
    const auto by_rep = [&](db::Statement& s) { s.bind(1, rep.id); };
    copy_rows(main, out, "rep_export_targets", sql, by_rep);
    return copy_rows(main, out, "targets", sql, by_rep);
}

// The rep's accounts' promotions with their campaigns, lines, scenarios and tactics, for
// reading. Who requested or edited them and which import brought them stay at HQ.
std::int64_t copy_promotions(db::Connection& main, db::Connection& out, const Rep& rep) {
    const std::string promotions =
        fmt::format("SELECT id FROM promotions WHERE account_id IN ({})", kRepAccounts);
    const auto by_rep = [&](db::Statement& s) { s.bind(1, rep.id); };
    copy_rows(main, out, "campaigns",
              fmt::format("SELECT id, name, objective, NULL AS owner_id FROM campaigns WHERE id IN "
                          "(SELECT campaign_id FROM promotions WHERE id IN ({}))",
                          promotions),
              by_rep);
    const std::int64_t n = copy_rows(
        main, out, "promotions",
        fmt::format("SELECT id, code, name, campaign_id, account_id, instore_from, instore_to, "
                    "ship_from, ship_to, status, NULL AS requested_by, scenario_id, "
                    "overlap_reason, NULL AS batch_id, created_at FROM promotions WHERE id IN ({})",
                    promotions),
        by_rep);
    copy_rows(main, out, "promotion_lines",
              fmt::format("SELECT * FROM promotion_lines WHERE promotion_id IN ({})", promotions),
              by_rep);
    copy_rows(main, out, "scenarios",
              fmt::format("SELECT * FROM scenarios WHERE promotion_id IN ({})", promotions),
              by_rep);
    const std::string scenarios =
        fmt::format("SELECT id FROM scenarios WHERE promotion_id IN ({})", promotions);
    copy_rows(main, out, "tactics",
              fmt::format("SELECT * FROM tactics WHERE scenario_id IN ({})", scenarios), by_rep);
    copy_rows(main, out, "tactic_terms",
              fmt::format("SELECT tactic_id, version, line_id, valid_from, valid_to, value, "
                          "created_at, '' AS created_by FROM tactic_terms WHERE tactic_id IN "
                          "(SELECT id FROM tactics WHERE scenario_id IN ({}))",
                          scenarios),
              by_rep);
    return n;
}

void write_rep_file(db::Connection& main, RepExport& e, const Rep& rep,
                    const std::string& main_database) {
    db::Connection out = db::create_file(e.file, db::file_currency(main));
    owner_only(e.file);
    {
        db::Transaction tx(out);
        copy_settings(main, out, e, main_database);
        copy_users(main, out, rep);
        e.accounts = copy_accounts(main, out, rep);
        e.products = copy_catalogue(main, out, rep);
        e.targets = copy_targets(main, out, rep);
        e.promotions = copy_promotions(main, out, rep);
        if (db::query_int(out, "SELECT count(*) FROM pragma_foreign_key_check") != 0) {
            throw DatabaseError(
                fmt::format("{}: the rep file would hold broken references", e.file.string()));
        }
        tx.commit();
    }
    // One self-contained file to send: no write-ahead log beside it.
    out.exec_script("PRAGMA journal_mode=DELETE;");
}

}  // namespace

RepExport export_rep_file(db::Connection& main, const ActionContext& ctx, const std::string& rep,
                          const std::filesystem::path& path) {
    require_right(main, ctx, "reps.export", "export rep files");
    if (rep_file_info(main)) {
        throw UserError(fmt::format("{}: this is a rep file; export rep files from the main file",
                                    main.path().string()));
    }
    const Rep r = find_rep(main, rep);
    if (std::filesystem::exists(path)) {
        throw UserError(fmt::format("{}: file exists; choose another name", path.string()));
    }
    db::Transaction tx(main);
    RepExport e;
    {
        db::Statement id(main, "SELECT lower(hex(randomblob(16)))");
        id.step();
        e.export_id = id.get_text(0);
    }
    e.rep = r.name;
    e.file = path;
    FileGuard guard(path);
    write_rep_file(main, e, r, db::get_setting(main, "database_id"));
    owner_only(path);

    db::Statement rec(main,
                      "INSERT INTO rep_exports(export_id, rep, exported_at, exported_by) "
                      "VALUES(?, ?, ?, ?)");
    rec.bind_all(e.export_id, e.rep, ctx.now, ctx.user_name);
    rec.exec();
    const nlohmann::json what{{"rep", e.rep},
                              {"file", path.string()},
                              {"accounts", e.accounts},
                              {"targets", e.targets},
                              {"promotions", e.promotions}};
    write_audit(main, ctx,
                {"export", "rep_file", e.export_id, std::nullopt, what.dump(), "", std::nullopt});
    tx.commit();
    guard.keep();
    return e;
}

std::vector<ExportableRep> list_exportable_reps(db::Connection& main) {
    db::Statement s(main,
                    "SELECT u.name, u.full_name, count(*) FROM users u "
                    "JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP' "
                    "JOIN accounts a ON a.rep_id = u.id "
                    "WHERE u.active = 1 GROUP BY u.id ORDER BY u.name");
    std::vector<ExportableRep> out;
    while (s.step()) {
        out.push_back({s.get_text(0), s.get_text(1), s.get_int(2)});
    }
    return out;
}

}  // namespace uplift
