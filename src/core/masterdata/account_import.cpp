#include "masterdata/account_import.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <unordered_map>

#include "db/statement.h"
#include "errors.h"
#include "masterdata/account_store.h"
#include "security/audit.h"
#include "security/users.h"

namespace uplift {

namespace {

struct PendingAccount {
    std::int64_t line;
    AccountRecord record;                  // parent not yet resolved
    std::optional<AccountRecord> before;   // nullopt: inserted by this file
    std::optional<std::string> parent;     // nullopt: no parent column (keep the current one)
};

class AccountImporter final : public RowImporter {
public:
    explicit AccountImporter(ImportContext& ctx) : ctx_(ctx) {}

    void row(RowFields& f) override {
        auto code = f.required_text("code", 64);
        auto name = f.required_text("name");
        auto channel = f.required_text("channel", 100);
        auto region = f.required_text("region", 100);
        std::optional<std::string> parent;
        if (const auto p = f.text("parent")) {
            parent = std::string(*p);
        }
        std::optional<std::string> rep;
        if (const auto r = f.text("rep")) {
            rep = std::string(*r);
        }
        if (!code || !name || !channel || !region) {
            return;
        }
        if (const auto [it, fresh] = lines_.emplace(*code, f.line()); !fresh) {
            f.problem("code", fmt::format("'{}' appears twice in the file (first on line {})",
                                          *code, it->second));
            return;
        }
        if (parent && *parent == *code) {
            f.problem("parent", "an account cannot be its own parent");
            return;
        }
        if (!ctx_.issues.empty()) {
            return;
        }
        PendingAccount p{f.line(), {}, std::nullopt, parent};
        if (const auto id = find_account_id(ctx_.conn, *code)) {
            p.before = load_account_record(ctx_.conn, *id);
            p.record = *p.before;
        }
        p.record.code = *code;
        p.record.name = *name;
        p.record.channel_id = lookup("channels", "channel", *channel);
        p.record.region_id = lookup("regions", "region", *region);
        if (rep) {
            p.record.rep_id.reset();
            if (!rep->empty()) {
                try {
                    p.record.rep_id = rep_user(*rep);
                } catch (const UserError& e) {
                    f.problem("rep", e.what());
                    return;
                }
            }
        }
        if (!p.before) {
            AccountRecord fresh_rec = p.record;
            fresh_rec.parent_id.reset();  // set once every account of the file exists
            p.record.id = insert_account_record(ctx_.conn, fresh_rec);
        }
        pending_.push_back(std::move(p));
    }

    void finish() override {
        if (!ctx_.issues.empty()) {
            return;
        }
        for (auto& p : pending_) {
            if (p.parent) {
                p.record.parent_id.reset();
                if (!p.parent->empty()) {
                    const auto id = find_account_id(ctx_.conn, *p.parent);
                    if (!id) {
                        ctx_.issues.add(p.line, "parent",
                                        fmt::format("unknown account '{}' (not in this file nor "
                                                    "in the database)",
                                                    *p.parent));
                        continue;
                    }
                    p.record.parent_id = id;
                }
            }
            store_account_record(ctx_.conn, p.record);
        }
        if (!ctx_.issues.empty()) {
            return;
        }
        for (auto& p : pending_) {
            if (p.record.parent_id &&
                parent_would_cycle(ctx_.conn, p.record.id, *p.record.parent_id)) {
                ctx_.issues.add(p.line, "parent",
                                fmt::format("account '{}' would be its own ancestor (a loop in "
                                            "the hierarchy)",
                                            p.record.code));
            }
        }
        if (!ctx_.issues.empty()) {
            return;
        }
        for (const auto& p : pending_) {
            const std::string after = account_record_json(p.record);
            if (!p.before) {
                ctx_.record_change("account", p.record.id, "insert", std::nullopt, after);
                write_audit(ctx_.conn, ctx_.actor,
                            {"import", "account", p.record.code, std::nullopt, after, "",
                             ctx_.batch_id});
                ++ctx_.counts.inserted;
            } else if (*p.before == p.record) {
                ++ctx_.counts.unchanged;
            } else {
                const std::string before = account_record_json(*p.before);
                ctx_.record_change("account", p.record.id, "update", before, after);
                write_audit(ctx_.conn, ctx_.actor,
                            {"import", "account", p.record.code, before, after, "",
                             ctx_.batch_id});
                ++ctx_.counts.updated;
            }
        }
    }

private:
    std::int64_t lookup(const char* table, const char* entity, const std::string& name) {
        bool created = false;
        const std::int64_t id = ensure_lookup(ctx_.conn, table, name, &created);
        if (created) {
            ctx_.record_change(entity, id, "insert", std::nullopt,
                               nlohmann::json{{"name", name}}.dump());
        }
        return id;
    }

    std::int64_t rep_user(const std::string& name) {
        db::Statement find(ctx_.conn, "SELECT id FROM users WHERE name = ?");
        find.bind(1, name);
        if (find.step()) {
            return find.get_int(0);
        }
        const std::int64_t id = ensure_rep_user(ctx_.conn, ctx_.actor, name);
        ctx_.record_change("user", id, "insert", std::nullopt,
                           nlohmann::json{{"name", name}, {"role", "REP"}}.dump());
        return id;
    }

    ImportContext& ctx_;
    std::unordered_map<std::string, std::int64_t> lines_;
    std::vector<PendingAccount> pending_;
};

}  // namespace

std::unique_ptr<RowImporter> make_account_importer(ImportContext& ctx) {
    return std::make_unique<AccountImporter>(ctx);
}

}  // namespace uplift
