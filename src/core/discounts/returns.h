#pragma once
// Returns and write-offs (SPEC §5) with reason codes from the one catalogue: goods an account
// sent back, and goods or money given up (damaged, expired, a pricing error). Entered one by
// one or imported as a batch (date,account,sku,kind,units,amount,reason[,note]).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "io/row_importer.h"
#include "security/action_context.h"

namespace uplift {

enum class ReturnKind { Return, WriteOff };
std::string return_kind_name(ReturnKind k);  // "return", "write_off"
// "return", "write_off" (also "write-off", "writeoff"), case-insensitive.
std::optional<ReturnKind> parse_return_kind(std::string_view text);

struct ReturnEntry {
    std::int64_t id = 0;
    ReturnKind kind = ReturnKind::Return;
    Date date;
    std::string account;
    std::string sku;
    std::int64_t units = 0;
    std::int64_t amount_cents = 0;
    std::string reason;
    std::string note;
    std::optional<std::int64_t> batch_id;
    std::string entered_by;
};

struct ReturnFilter {
    std::optional<Period> period;
    std::string account;  // code; empty: all
    std::optional<ReturnKind> kind;
};
std::vector<ReturnEntry> list_returns(db::Connection& conn, const ReturnFilter& f = {});

struct NewReturn {
    ReturnKind kind = ReturnKind::Return;
    Date date;
    std::string account;
    std::string sku;
    std::int64_t units = 0;
    std::int64_t amount_cents = 0;
    std::string reason;
    std::string note;
};

// Enters one return or write-off. Own transaction, audited; needs returns.enter.
std::int64_t enter_return(db::Connection& conn, const ActionContext& ctx, const NewReturn& in);
// Takes an entered (not imported) one back: undo, or an entry made by mistake. Own
// transaction, audited with its content; needs returns.enter.
void delete_return(db::Connection& conn, const ActionContext& ctx, std::int64_t id,
                   const std::string& reason);

std::unique_ptr<RowImporter> make_return_importer(ImportContext& ctx);
void rollback_returns_batch(db::Connection& conn, std::int64_t batch_id);

}  // namespace uplift
