// claim list|enter|settle: claims and deductions against promotions.
#include <fmt/format.h>

#include <ostream>

#include "command.h"
#include "errors.h"
#include "funds/claims.h"
#include "io/csv_writer.h"
#include "money/money.h"

namespace uplift::cli {

namespace {

int run_claim(CommandContext& c) {
    const std::string& sub = c.positional(0, "list, enter or settle");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (sub == "list") {
        c.out << "claim_id,promo_id,amount,date,settled,written_off,open,reason\n";
        for (const auto& cl : list_claims(conn)) {
            write_csv_row(c.out,
                          {cl.claim_id, cl.promo_id, format_minor(cl.amount), to_iso(cl.date),
                           format_minor(cl.settled), format_minor(cl.written_off),
                           format_minor(cl.open()), cl.reason});
        }
        return 0;
    }
    const std::string& id = c.positional(1, "CLAIM_ID");
    if (sub == "enter") {
        NewClaim n;
        n.claim_id = id;
        n.promo_id = c.args.get("--promo").value_or("");
        if (n.promo_id.empty() || !c.args.has("--amount") || !c.args.has("--date")) {
            throw UsageError("claim enter needs --promo ID --amount A --date DATE");
        }
        n.amount = Money::parse(*c.args.get("--amount")).minor();
        n.date = parse_date(*c.args.get("--date"));
        n.reason = c.args.get("--reason").value_or("");
        enter_claim(conn, actor, n);
        c.out << fmt::format("claim {} entered\n", id);
        return 0;
    }
    if (sub == "settle") {
        Settlement s;
        if (const auto a = c.args.get("--amount")) {
            s.amount = Money::parse(*a).minor();
        }
        if (const auto w = c.args.get("--write-off")) {
            s.write_off = Money::parse(*w).minor();
        }
        s.reason = c.args.get("--reason").value_or("");
        s.reason_code = c.args.get("--code").value_or("");
        if (c.args.has("--override")) {
            if (s.reason.empty()) {
                throw UsageError("--override needs --reason TEXT");
            }
            s.overspend = s.reason;
        }
        const SettlementResult r = settle_claim(conn, actor, id, s);
        if (r.nothing_left) {
            c.out << fmt::format("claim {} is settled already; nothing was booked\n", id);
        } else {
            c.out << fmt::format("claim {}: settled {}, written off {}\n", id,
                                 format_minor(r.settled), format_minor(r.written_off));
        }
        return 0;
    }
    throw UsageError(fmt::format("unknown claim command '{}' (list, enter, settle)", sub));
}

}  // namespace

void add_claim_commands(std::vector<Command>& out) {
    out.push_back(
        {"claim",
         "claim list | enter ID ... | settle ID [--amount A] [--write-off A --reason T]",
         "claims and deductions against promotions",
         "claim enter ID --promo PROMO_ID --amount A --date DATE [--reason TEXT]\n"
         "claim settle ID [--amount A] [--write-off A --reason TEXT [--code CODE]] [--override]\n"
         "  Settling draws the promotion's commitments down (variable tactics first, then\n"
         "  fixed) and books actual spend; a write-off counts in actual. Settling a settled\n"
         "  claim again books nothing. Import many with 'import claims FILE'.",
         {{"--promo", true, "PROMO_ID"},
          {"--amount", true, "AMOUNT"},
          {"--date", true, "DATE"},
          {"--write-off", true, "AMOUNT  part written off (needs --reason)"},
          {"--reason", true, "TEXT"},
          {"--code", true,
           "CODE  a write-off's reason code (reason list); a --reason that is a "
           "code counts as one"},
          {"--override", false, "finance: accept an overspend (with --reason)"}},
         run_claim});
}

}  // namespace uplift::cli
