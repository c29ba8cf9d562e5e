#include "discounts/returns.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "db/statement.h"
#include "db/transaction.h"
#include "discounts/reason_codes.h"
#include "errors.h"
#include "masterdata/account_store.h"
#include "money/money.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr std::string_view kEnterRight = "returns.enter";
constexpr std::size_t kMaxNote = 500;

constexpr const char* kReturnSelect =
    "SELECT x.id, x.kind, x.date, a.code, p.sku, x.units, x.amount, x.reason, x.note, "
    "x.batch_id, x.entered_by FROM returns x JOIN accounts a ON a.id = x.account_id "
    "JOIN products p ON p.id = x.product_id ";

ReturnEntry read_return(const db::Statement& s) {
    ReturnEntry e;
    e.id = s.get_int(0);
    e.kind = *parse_return_kind(s.get_text_view(1));
    e.date = parse_date(s.get_text_view(2));
    e.account = s.get_text(3);
    e.sku = s.get_text(4);
    e.units = s.get_int(5);
    e.amount_cents = s.get_int(6);
    e.reason = s.get_text(7);
    e.note = s.get_text(8);
    e.batch_id = s.get_opt_int(9);
    e.entered_by = s.get_text(10);
    return e;
}

std::optional<std::int64_t> find_sku_id(db::Connection& conn, const std::string& sku) {
    db::Statement s(conn, "SELECT id FROM products WHERE sku = ?");
    s.bind(1, sku);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.get_int(0);
}

// A row with nothing in it would count in no report; a refusal tells the user at once.
constexpr const char* kNothingReturned = "units and amount are both 0; give at least one";

// The checked row, ready to insert; the caller holds the transaction.
struct ReturnRow {
    ReturnKind kind;
    std::string date;
    std::int64_t account_id;
    std::int64_t product_id;
    std::int64_t units;
    std::int64_t amount;
    std::string reason;
    std::string note;
};

std::int64_t insert_return(db::Connection& conn, const ActionContext& ctx, const ReturnRow& r,
                           std::optional<std::int64_t> batch_id) {
    db::Statement ins(conn,
                      "INSERT INTO returns(kind, date, account_id, product_id, units, amount, "
                      "reason, note, batch_id, entered_by, created_at) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind_all(return_kind_name(r.kind), r.date, r.account_id, r.product_id, r.units, r.amount,
                 r.reason, r.note, batch_id, ctx.user_name, ctx.now);
    ins.exec();
    return conn.last_insert_id();
}

nlohmann::json entry_json(const ReturnEntry& e) {
    return {{"kind", return_kind_name(e.kind)},
            {"date", to_iso(e.date)},
            {"account", e.account},
            {"sku", e.sku},
            {"units", e.units},
            {"amount", format_minor(e.amount_cents)},
            {"reason", e.reason},
            {"note", e.note}};
}

std::optional<ReturnEntry> find_return(db::Connection& conn, std::int64_t id) {
    db::Statement s(conn, std::string(kReturnSelect) + "WHERE x.id = ?");
    s.bind(1, id);
    if (!s.step()) {
        return std::nullopt;
    }
    return read_return(s);
}

}  // namespace

std::string return_kind_name(ReturnKind k) {
    return k == ReturnKind::WriteOff ? "write_off" : "return";
}

std::optional<ReturnKind> parse_return_kind(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (lower == "return") {
        return ReturnKind::Return;
    }
    if (lower == "write_off" || lower == "write-off" || lower == "writeoff") {
        return ReturnKind::WriteOff;
    }
    return std::nullopt;
}

std::vector<ReturnEntry> list_returns(db::Connection& conn, const ReturnFilter& f) {
    if (!f.account.empty() && !find_account_id(conn, f.account)) {
        throw UserError(fmt::format("unknown account '{}'", f.account));
    }
    // Empty filters match everything, so one statement serves every combination.
    db::Statement s(conn, std::string(kReturnSelect) +
                              "WHERE (?1 = '' OR a.code = ?1) AND (?2 IS NULL OR x.kind = ?2) "
                              "AND (?3 IS NULL OR x.date BETWEEN ?3 AND ?4) "
                              "ORDER BY x.date, x.id");
    s.bind(1, f.account);
    s.bind(2, f.kind ? std::optional<std::string>(return_kind_name(*f.kind)) : std::nullopt);
    s.bind(3, f.period ? std::optional<std::string>(to_iso(f.period->first)) : std::nullopt);
    s.bind(4, f.period ? std::optional<std::string>(to_iso(f.period->last)) : std::nullopt);
    std::vector<ReturnEntry> out;
    while (s.step()) {
        out.push_back(read_return(s));
    }
    return out;
}

std::int64_t enter_return(db::Connection& conn, const ActionContext& ctx, const NewReturn& in) {
    require_right(conn, ctx, kEnterRight, "enter returns and write-offs");
    db::Transaction tx(conn);
    if (in.date.is_special()) {
        throw UserError("a return or write-off needs a date (YYYY-MM-DD)");
    }
    const auto account = find_account_id(conn, in.account);
    if (!account) {
        throw UserError(fmt::format("unknown account '{}'", in.account));
    }
    const auto product = find_sku_id(conn, in.sku);
    if (!product) {
        throw UserError(fmt::format("unknown sku '{}'", in.sku));
    }
    if (in.units < 0) {
        throw UserError(fmt::format("units must not be negative (got {})", in.units));
    }
    if (in.amount_cents < 0) {
        throw UserError(
            fmt::format("amount must not be negative (got {})", format_minor(in.amount_cents)));
    }
    if (in.units == 0 && in.amount_cents == 0) {
        throw UserError(kNothingReturned);
    }
    if (in.note.size() > kMaxNote) {
        throw UserError(fmt::format("the note is longer than {} characters", kMaxNote));
    }
    const ReturnRow row{in.kind,
                        to_iso(in.date),
                        *account,
                        *product,
                        in.units,
                        in.amount_cents,
                        require_reason_code(conn, in.reason),
                        in.note};
    const std::int64_t id = insert_return(conn, ctx, row, std::nullopt);
    write_audit(conn, ctx,
                {"enter", "return", std::to_string(id), std::nullopt,
                 entry_json(*find_return(conn, id)).dump(), "", std::nullopt});
    tx.commit();
    return id;
}

void delete_return(db::Connection& conn, const ActionContext& ctx, std::int64_t id,
                   const std::string& reason) {
    require_right(conn, ctx, kEnterRight, "delete returns and write-offs");
    db::Transaction tx(conn);
    const auto entry = find_return(conn, id);
    if (!entry) {
        throw UserError(fmt::format("there is no return or write-off {}", id));
    }
    if (entry->batch_id) {
        // Deleting one row of a batch would leave the batch half there; the batch goes whole.
        throw UserError(
            fmt::format("{} {} was imported in batch {}; roll the batch back to take "
                        "it back (uplift-cli rollback {})",
                        return_kind_name(entry->kind), id, *entry->batch_id, *entry->batch_id));
    }
    db::Statement del(conn, "DELETE FROM returns WHERE id = ?");
    del.bind(1, id);
    del.exec();
    write_audit(conn, ctx,
                {"delete", "return", std::to_string(id), entry_json(*entry).dump(), std::nullopt,
                 reason, std::nullopt});
    tx.commit();
}

namespace {

class ReturnImporter final : public RowImporter {
  public:
    explicit ReturnImporter(ImportContext& ctx) : ctx_(ctx) {}

    void row(RowFields& f) override {
        const auto date = f.date("date", false);
        const auto account = f.required_text("account", 64);
        const auto sku = f.required_text("sku", 64);
        const auto kind_text = f.required_text("kind", 20);
        const auto units = f.whole_number("units", ctx_.decimal_mark, false);
        const auto amount = f.money_minor("amount", ctx_.decimal_mark, false);
        const auto reason_text = f.required_text("reason", 64);
        const std::string note(f.text("note").value_or(""));

        std::optional<std::int64_t> account_id;
        if (account) {
            account_id = lookup(accounts_, *account, &find_account_id);
            if (!account_id) {
                f.problem("account", fmt::format("unknown account '{}'", *account));
            }
        }
        std::optional<std::int64_t> product_id;
        if (sku) {
            product_id = lookup(products_, *sku, &find_sku_id);
            if (!product_id) {
                f.problem("sku", fmt::format("unknown sku '{}'", *sku));
            }
        }
        std::optional<ReturnKind> kind;
        if (kind_text) {
            kind = parse_return_kind(*kind_text);
            if (!kind) {
                f.problem("kind", fmt::format("'{}' is not return or write_off", *kind_text));
            }
        }
        std::optional<std::string> reason;
        if (reason_text) {
            try {
                reason = require_reason_code(ctx_.conn, *reason_text);
            } catch (const UserError& e) {
                f.problem("reason", e.what());
            }
        }
        if (units && amount && *units == 0 && *amount == 0) {
            f.problem("units", kNothingReturned);
            return;
        }
        if (note.size() > kMaxNote) {
            f.problem("note", fmt::format("longer than {} characters", kMaxNote));
            return;
        }
        if (!date || !account_id || !product_id || !kind || !units || !amount || !reason) {
            return;
        }
        if (!ctx_.issues.empty()) {
            return;  // a file with errors writes nothing; keep checking the rest
        }
        const ReturnRow r{*kind,  to_iso(*date), *account_id, *product_id,
                          *units, *amount,       *reason,     note};
        note_repeat(r, f.line());
        insert_return(ctx_.conn, ctx_.actor, r, ctx_.batch_id);
        ++ctx_.counts.inserted;
    }

    void finish() override {
        if (repeats_ > 0) {
            ctx_.warnings.push_back(fmt::format(
                "{} row{} (first on line {}) repeat{} a return or write-off already in the file; "
                "if this file was imported before, roll this batch back",
                repeats_, repeats_ == 1 ? "" : "s", first_repeat_line_, repeats_ == 1 ? "s" : ""));
        }
    }

  private:
    using Finder = std::optional<std::int64_t> (*)(db::Connection&, const std::string&);

    std::optional<std::int64_t> lookup(std::unordered_map<std::string, std::int64_t>& cache,
                                       const std::string& key, Finder find) {
        if (const auto it = cache.find(key); it != cache.end()) {
            return it->second;
        }
        const auto id = find(ctx_.conn, key);
        if (id) {
            cache.emplace(key, *id);
        }
        return id;
    }

    // Returns have no natural key, so a file imported twice would count twice; rows equal to
    // one of an earlier batch or entered by hand get one warning (not an error: two equal
    // returns on one day happen).
    void note_repeat(const ReturnRow& r, std::int64_t line) {
        db::Statement s(ctx_.conn,
                        "SELECT 1 FROM returns WHERE account_id = ? AND date = ? AND "
                        "product_id = ? AND kind = ? AND units = ? AND amount = ? AND reason = ? "
                        "AND (batch_id IS NULL OR batch_id <> ?) LIMIT 1");
        s.bind_all(r.account_id, r.date, r.product_id, return_kind_name(r.kind), r.units, r.amount,
                   r.reason, ctx_.batch_id);
        if (s.step() && repeats_++ == 0) {
            first_repeat_line_ = line;
        }
    }

    ImportContext& ctx_;
    std::unordered_map<std::string, std::int64_t> accounts_, products_;
    std::int64_t repeats_ = 0;
    std::int64_t first_repeat_line_ = 0;
};

}  // namespace

std::unique_ptr<RowImporter> make_return_importer(ImportContext& ctx) {
    return std::make_unique<ReturnImporter>(ctx);
}

void rollback_returns_batch(db::Connection& conn, std::int64_t batch_id) {
    // Nothing refers to a return row, so the batch's rows simply go.
    db::Statement del(conn, "DELETE FROM returns WHERE batch_id = ?");
    del.bind(1, batch_id);
    del.exec();
}

}  // namespace uplift
