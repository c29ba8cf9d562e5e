#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "actuals/actuals_summary.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "discounts/returns.h"
#include "errors.h"
#include "funds/accruals.h"
#include "masterdata/account_store.h"
#include "masterdata/product_store.h"
#include "promotions/promotion_content.h"
#include "promotions/promotion_store.h"
#include "security/audit.h"
#include "targets/target_import.h"
#include "targets/target_store.h"
#include "workflows/imports.h"

namespace uplift {

namespace {

// Master-data rows an import created or changed, undone newest first.
struct Change {
    std::int64_t seq;
    std::string entity;
    std::int64_t entity_id;
    std::string action;
    std::optional<std::string> old_values;
    std::string new_values;
};

const char* table_of(const std::string& entity) {
    if (entity == "product") {
        return "products";
    }
    if (entity == "brand") {
        return "brands";
    }
    if (entity == "category") {
        return "categories";
    }
    if (entity == "account") {
        return "accounts";
    }
    if (entity == "channel") {
        return "channels";
    }
    if (entity == "region") {
        return "regions";
    }
    if (entity == "price") {
        return "prices";
    }
    if (entity == "user") {
        return "users";
    }
    if (entity == "promotion") {
        return "promotions";
    }
    if (entity == "campaign") {
        return "campaigns";
    }
    throw DatabaseError(fmt::format("batch change of unknown entity '{}'", entity));
}

// The stored values of a changed row, in the same JSON form the import recorded.
std::string current_json(db::Connection& conn, const Change& c) {
    if (c.entity == "product") {
        return product_record_json(load_product_record(conn, c.entity_id));
    }
    if (c.entity == "account") {
        return account_record_json(load_account_record(conn, c.entity_id));
    }
    if (c.entity == "promotion") {
        db::Statement s(conn, "SELECT code, campaign_id FROM promotions WHERE id = ?");
        s.bind(1, c.entity_id);
        if (!s.step()) {
            return "{}";
        }
        const auto p = load_promotion(conn, s.get_text(0));
        return new_promotion_json(promotion_as_new(*p, s.get_opt_int(1)));
    }
    if (c.entity == "price") {
        db::Statement s(conn,
                        "SELECT product_id, account_id, valid_from, valid_to, list_price, "
                        "unit_cost FROM prices WHERE id = ?");
        s.bind(1, c.entity_id);
        if (!s.step()) {
            return "{}";
        }
        nlohmann::json j{{"product_id", s.get_int(0)}, {"account_id", nullptr},
                         {"valid_from", nullptr},      {"valid_to", nullptr},
                         {"list_price", s.get_int(4)}, {"unit_cost", s.get_int(5)}};
        if (!s.is_null(1)) {
            j["account_id"] = s.get_int(1);
        }
        if (!s.is_null(2)) {
            j["valid_from"] = s.get_text(2);
        }
        if (!s.is_null(3)) {
            j["valid_to"] = s.get_text(3);
        }
        return j.dump();
    }
    return c.new_values;
}

void restore(db::Connection& conn, const Change& c, const ActionContext& ctx) {
    if (c.entity == "promotion") {
        replace_promotion(conn, c.entity_id, new_promotion_from_json(*c.old_values), ctx.now,
                          ctx.user_name);
    } else if (c.entity == "product") {
        store_product_record(conn, product_record_from_json(*c.old_values));
    } else if (c.entity == "account") {
        store_account_record(conn, account_record_from_json(*c.old_values));
    } else if (c.entity == "price") {
        const auto j = nlohmann::json::parse(*c.old_values);
        db::Statement s(conn,
                        "UPDATE prices SET valid_to = ?, list_price = ?, unit_cost = ? "
                        "WHERE id = ?");
        s.bind(1, j.at("valid_to").is_null() ? std::optional<std::string>()
                                             : j.at("valid_to").get<std::string>());
        s.bind(2, j.at("list_price").get<std::int64_t>());
        s.bind(3, j.at("unit_cost").get<std::int64_t>());
        s.bind(4, c.entity_id);
        s.exec();
    }
}

void remove_row(db::Connection& conn, const Change& c) {
    if (c.entity == "user") {
        db::Statement roles(conn, "DELETE FROM user_roles WHERE user_id = ?");
        roles.bind(1, c.entity_id);
        roles.exec();
    }
    db::Statement del(conn, fmt::format("DELETE FROM {} WHERE id = ?", table_of(c.entity)));
    del.bind(1, c.entity_id);
    try {
        del.exec();
    } catch (const UserError&) {
        throw UserError(fmt::format(
            "cannot roll back: the {} created by this batch (#{}) is used by data added since",
            c.entity, c.entity_id));
    }
}

void rollback_master_data(db::Connection& conn, const ActionContext& ctx, std::int64_t batch_id) {
    db::Statement s(conn,
                    "SELECT seq, entity, entity_id, action, old_values, new_values "
                    "FROM batch_changes WHERE batch_id = ? ORDER BY seq DESC");
    s.bind(1, batch_id);
    std::vector<Change> changes;
    while (s.step()) {
        changes.push_back({s.get_int(0), s.get_text(1), s.get_int(2), s.get_text(3),
                           s.get_opt_text(4), s.get_text(5)});
    }
    for (const auto& c : changes) {
        if (c.action == "update" || c.entity == "product" || c.entity == "account" ||
            c.entity == "price" || c.entity == "promotion") {
            // Refuse to undo over a later change: it would silently discard someone's work.
            if (nlohmann::json::parse(current_json(conn, c)) !=
                nlohmann::json::parse(c.new_values)) {
                throw UserError(fmt::format(
                    "cannot roll back: {} #{} was changed after this batch; roll back or undo "
                    "that change first",
                    c.entity, c.entity_id));
            }
        }
        if (c.action == "update") {
            restore(conn, c, ctx);
        } else {
            remove_row(conn, c);
        }
    }
}

void rollback_actuals(db::Connection& conn, std::int64_t batch_id) {
    db::Statement later(conn,
                        "SELECT r.replaced_by FROM actuals_replaced r JOIN import_batches b "
                        "ON b.id = r.replaced_by WHERE r.batch_id = ? AND b.rolled_back_at IS "
                        "NULL LIMIT 1");
    later.bind(1, batch_id);
    if (later.step()) {
        throw UserError(
            fmt::format("cannot roll back batch {}: batch {} replaced some of its "
                        "rows since; roll back batch {} first",
                        batch_id, later.get_int(0), later.get_int(0)));
    }
    subtract_batch_from_summary(conn, batch_id);
    db::Statement del(conn, "DELETE FROM actuals WHERE batch_id = ?");
    del.bind(1, batch_id);
    del.exec();
    add_replaced_rows_to_summary(conn, batch_id);
    db::Statement put_back(conn,
                           "INSERT INTO actuals(account_id, product_id, week, kind, units, "
                           "gross_amount, discount_amount, batch_id) "
                           "SELECT account_id, product_id, week, kind, units, gross_amount, "
                           "discount_amount, batch_id FROM actuals_replaced WHERE replaced_by = ?");
    put_back.bind(1, batch_id);
    put_back.exec();
    // The batch's tracking events go with it (they describe changes that are undone).
    db::Statement events(conn, "DELETE FROM promotion_events WHERE batch_id = ?");
    events.bind(1, batch_id);
    events.exec();
    db::Statement forget(conn, "DELETE FROM actuals_replaced WHERE replaced_by = ?");
    forget.bind(1, batch_id);
    forget.exec();
}

}  // namespace

std::vector<BatchInfo> list_batches(db::Connection& conn) {
    db::Statement s(conn,
                    "SELECT b.id, b.kind, b.file_name, b.imported_at, u.name, b.rows_inserted, "
                    "b.rows_updated, b.rows_unchanged, b.warnings, b.rolled_back_at IS NOT NULL "
                    "FROM import_batches b JOIN users u ON u.id = b.user_id ORDER BY b.id");
    std::vector<BatchInfo> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_text(1), s.get_text(2), s.get_text(3), s.get_text(4),
                       s.get_int(5), s.get_int(6), s.get_int(7), s.get_text(8), s.get_int(9) != 0});
    }
    return out;
}

void rollback_batch(db::Connection& conn, const ActionContext& ctx, std::int64_t batch_id) {
    db::Statement s(conn,
                    "SELECT kind, rolled_back_at IS NOT NULL FROM import_batches WHERE id = ?");
    s.bind(1, batch_id);
    if (!s.step()) {
        throw UserError(fmt::format("there is no batch {}", batch_id));
    }
    const std::string kind = s.get_text(0);
    const bool already = s.get_int(1) != 0;
    s.reset();
    require_right(conn, ctx, rights::import_right(kind),
                  fmt::format("roll back batch {} ({} import)", batch_id, kind));
    if (already) {
        throw UserError(fmt::format("batch {} was rolled back already", batch_id));
    }
    db::Transaction tx(conn);
    if (kind == "actuals") {
        rollback_actuals(conn, batch_id);
        reverse_batch_accruals(conn, ctx, batch_id);
    } else if (kind == "claims") {
        db::Statement settled(conn,
                              "SELECT c.claim_id FROM claims c JOIN claim_settlements s ON "
                              "s.claim_id = c.id WHERE c.batch_id = ? LIMIT 1");
        settled.bind(1, batch_id);
        if (settled.step()) {
            throw UserError(
                fmt::format("cannot roll back batch {}: claim {} has been settled "
                            "since",
                            batch_id, settled.get_text(0)));
        }
        db::Statement del(conn, "DELETE FROM claims WHERE batch_id = ?");
        del.bind(1, batch_id);
        del.exec();
    } else if (kind == "targets") {
        rollback_target_batch(conn, ctx, batch_id);
    } else if (kind == "inventory") {
        rollback_inventory_batch(conn, batch_id);
    } else if (kind == "returns") {
        rollback_returns_batch(conn, batch_id);
    } else {
        rollback_master_data(conn, ctx, batch_id);
    }
    // Undoing a products batch may give products their old brands back.
    refresh_actuals_summary(conn);
    db::Statement mark(conn,
                       "UPDATE import_batches SET rolled_back_at = ?, rolled_back_by = ? "
                       "WHERE id = ?");
    mark.bind_all(ctx.now, ctx.user_id, batch_id);
    mark.exec();
    write_audit(conn, ctx,
                {"rollback", "batch", std::to_string(batch_id), std::nullopt, kind, "", batch_id});
    tx.commit();
}

}  // namespace uplift
