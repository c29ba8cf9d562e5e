#pragma once
// A transfer between funds as an undo step: redo books it through the core, undo has the core
// book the exact reverse of its two entries (reverse_transfer), so both funds' figures are as
// before, and the reverse needs no approver.
#include <QString>

#include <optional>

#include "ledger_command.h"

namespace uplift::app {

class AppSession;

class FundTransferCommand : public LedgerCommand {
  public:
    struct Transfer {
        QString from;
        QString to;
        qint64 cents = 0;
        QString reason;
        std::optional<QString> overrideReason;  // a finance override of the overspend guard
    };

    // `refused` shows the core's message; `changed` refreshes the figures after a booking.
    FundTransferCommand(AppSession& session, const Transfer& transfer, Refused refused,
                        Changed changed);
};

}  // namespace uplift::app
