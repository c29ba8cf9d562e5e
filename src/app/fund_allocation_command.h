#pragma once
// An allocation to a fund as an undo step: redo allocates through the core (a sub-fund's share
// is carved out of its parent), undo has the core take it back exactly (reverse_allocation).
#include <QString>

#include "ledger_command.h"

namespace uplift::app {

class AppSession;

class FundAllocationCommand : public LedgerCommand {
  public:
    FundAllocationCommand(AppSession& session, const QString& fund, qint64 cents,
                          const QString& reason, Refused refused, Changed changed);
};

}  // namespace uplift::app
