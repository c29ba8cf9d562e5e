#include "fund_transfer_command.h"

#include <QCoreApplication>

#include "app_session.h"
#include "funds/fund.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

LedgerCommand::Steps steps(AppSession& session, const FundTransferCommand::Transfer& t) {
    std::optional<OverspendOverride> ovr;
    if (t.overrideReason) {
        ovr = OverspendOverride{utf8(*t.overrideReason)};
    }
    const std::string from = utf8(t.from);
    const std::string to = utf8(t.to);
    const std::string reason = utf8(t.reason);
    const std::int64_t cents = t.cents;
    LedgerCommand::Steps s;
    s.book = [&session, from, to, cents, reason, ovr] {
        return transfer(session.connection(), session.action(), from, to, cents, reason, ovr);
    };
    s.reverse = [&session, reason](std::int64_t entry) {
        reverse_transfer(session.connection(), session.action(), entry, "undo: " + reason);
    };
    s.bookRefused = QCoreApplication::translate("FundTransferCommand", "Transfer refused");
    s.reverseRefused = QCoreApplication::translate("FundTransferCommand", "Transfer not undone");
    return s;
}

}  // namespace

FundTransferCommand::FundTransferCommand(AppSession& session, const Transfer& transfer,
                                         Refused refused, Changed changed)
    : LedgerCommand(
          QCoreApplication::translate("FundTransferCommand", "transfer of %1 from %2 to %3")
              .arg(formatMinorUnits(transfer.cents), transfer.from, transfer.to),
          steps(session, transfer), std::move(refused), std::move(changed)) {}

}  // namespace uplift::app
