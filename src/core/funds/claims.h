#pragma once
// Claims and deductions (SPEC §4, §9): a customer's claim against a promotion, validated
// against it, settled (partly, in several parts, with write-offs) against the promotion's
// open commitments, which turns commitment into actual spend. Settling twice adds nothing.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "io/row_importer.h"
#include "security/action_context.h"

namespace uplift {

struct Claim {
    std::int64_t id = 0;
    std::string claim_id;
    std::string promo_id;
    std::int64_t amount = 0;  // cents
    Date date;
    std::string reason;
    std::int64_t settled = 0;
    std::int64_t written_off = 0;
    std::int64_t open() const { return amount - settled - written_off; }
};

std::vector<Claim> list_claims(db::Connection& conn);  // ordered by claim_id
std::optional<Claim> find_claim(db::Connection& conn, const std::string& claim_id);

struct NewClaim {
    std::string claim_id;
    std::string promo_id;
    std::int64_t amount = 0;
    Date date;
    std::string reason;  // also justifies a look-alike (same promotion, amount and date)
};

// Checks a claim against its promotion; returns the problem ("" when valid). The column named
// in `column` is the one at fault (for import messages).
struct ClaimProblem {
    std::string column;
    std::string message;
};
std::optional<ClaimProblem> validate_claim(db::Connection& conn, const NewClaim& c);

// Enters one claim (own transaction). Needs claims.enter.
void enter_claim(db::Connection& conn, const ActionContext& ctx, const NewClaim& c);

struct Settlement {
    std::optional<std::int64_t> amount;  // default: what is open less any write-off
    std::int64_t write_off = 0;
    std::string reason;                    // required with a write-off
    std::optional<std::string> overspend;  // a finance override, with its reason
    // A write-off's code from the reason-code catalogue; when empty and `reason` is itself an
    // active code, that code.
    std::string reason_code;
};
struct SettlementResult {
    std::int64_t settled = 0;
    std::int64_t written_off = 0;
    bool nothing_left = false;       // the claim was fully settled already: nothing was booked
    std::int64_t settlement_id = 0;  // what reverse_settlement takes back (0: nothing booked)
};
// Settles part or all of a claim (own transaction). Needs claims.settle.
SettlementResult settle_claim(db::Connection& conn, const ActionContext& ctx,
                              const std::string& claim_id, const Settlement& s);

// Takes a settlement back (undo): books the exact reverse of every ledger entry it booked (the
// actual spend returns to the tactics' open commitments, a write-off leaves the fund's actual)
// and marks it reversed, so its amounts are open on the claim again. Own transaction; needs
// claims.settle; refused when it was reversed already.
void reverse_settlement(db::Connection& conn, const ActionContext& ctx, std::int64_t settlement_id,
                        const std::string& reason);

// The claims importer (claim_id,promo_id,amount,date[,reason]).
std::unique_ptr<RowImporter> make_claim_importer(ImportContext& ctx);

}  // namespace uplift
