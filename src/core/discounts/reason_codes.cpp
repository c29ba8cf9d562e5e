#include "discounts/reason_codes.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "security/audit.h"

namespace uplift {

namespace {

constexpr std::size_t kMaxCodeLength = 32;

// Codes are typed by hand and read from files: " damaged" and "Damaged" mean DAMAGED.
std::string normalise_code(std::string_view text) {
    const auto blank = [](unsigned char ch) { return std::isspace(ch) != 0; };
    while (!text.empty() && blank(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && blank(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    return out;
}

bool well_formed(std::string_view code) {
    return !code.empty() && code.size() <= kMaxCodeLength &&
           std::all_of(code.begin(), code.end(), [](unsigned char ch) {
               return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
           });
}

std::string active_codes_text(db::Connection& conn) {
    std::string out;
    for (const auto& r : list_reason_codes(conn)) {
        if (r.active) {
            out += (out.empty() ? "" : ", ") + r.code;
        }
    }
    return out;
}

}  // namespace

std::vector<ReasonCode> list_reason_codes(db::Connection& conn) {
    db::Statement s(conn, "SELECT code, description, active FROM reason_codes ORDER BY code");
    std::vector<ReasonCode> out;
    while (s.step()) {
        out.push_back({s.get_text(0), s.get_text(1), s.get_int(2) != 0});
    }
    return out;
}

std::optional<std::string> active_reason_code(db::Connection& conn, std::string_view text) {
    const std::string normal = normalise_code(text);
    db::Statement s(conn, "SELECT 1 FROM reason_codes WHERE code = ? AND active = 1");
    s.bind(1, normal);
    if (!s.step()) {
        return std::nullopt;
    }
    return normal;
}

std::string require_reason_code(db::Connection& conn, std::string_view code,
                                std::string_view what) {
    std::string normal = normalise_code(code);
    db::Statement s(conn, "SELECT active FROM reason_codes WHERE code = ?");
    s.bind(1, normal);
    const bool known = s.step();
    if (known && s.get_int(0) != 0) {
        return normal;
    }
    if (known) {
        throw UserError(fmt::format("{} {} is no longer in use (one of {})", what, normal,
                                    active_codes_text(conn)));
    }
    // Quote what was typed, not the normalised form, so the user recognises it.
    throw UserError(
        fmt::format("unknown {} '{}' (one of {})", what, code, active_codes_text(conn)));
}

std::string add_reason_code(db::Connection& conn, const ActionContext& ctx, std::string_view code,
                            const std::string& description) {
    require_right(conn, ctx, rights::kEditMasterData, "add reason codes");
    std::string normal = normalise_code(code);
    if (!well_formed(normal)) {
        throw UserError(fmt::format("reason code '{}' must be 1 to {} letters, digits or _", code,
                                    kMaxCodeLength));
    }
    db::Transaction tx(conn);
    db::Statement existing(conn, "SELECT active FROM reason_codes WHERE code = ?");
    existing.bind(1, normal);
    if (existing.step()) {
        throw UserError(fmt::format("reason code {} exists already{}", normal,
                                    existing.get_int(0) != 0 ? "" : " (inactive)"));
    }
    db::Statement ins(conn, "INSERT INTO reason_codes(code, description) VALUES(?, ?)");
    ins.bind_all(normal, description);
    ins.exec();
    const nlohmann::json added{{"description", description}, {"active", true}};
    write_audit(conn, ctx,
                {"create", "reason_code", normal, std::nullopt, added.dump(), "", std::nullopt});
    tx.commit();
    return normal;
}

}  // namespace uplift
