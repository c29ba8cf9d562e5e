#pragma once
// Settling a claim (in full, in part, or writing part of it off) as an undo step: redo settles
// through the core, undo has the core book the exact reverse of that settlement's ledger
// entries and mark it reversed (reverse_settlement), so its amount is open on the claim again.
#include <QString>

#include "funds/claims.h"
#include "ledger_command.h"

namespace uplift::app {

class AppSession;

class ClaimSettlementCommand : public LedgerCommand {
  public:
    ClaimSettlementCommand(AppSession& session, const QString& claimId, const Settlement& s,
                           Refused refused, Changed changed);

    // "settlement of 120.00 on claim CL-1", "write-off of 30.00 on claim CL-1"; `s.amount` is
    // given (the panel always says how much it settles).
    static QString describe(const QString& claimId, const Settlement& s);
};

}  // namespace uplift::app
