#include "fund_allocation_command.h"

#include <QCoreApplication>

#include "app_session.h"
#include "funds/fund.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

LedgerCommand::Steps steps(AppSession& session, const QString& fund, qint64 cents,
                           const QString& reason) {
    LedgerCommand::Steps s;
    s.book = [&session, name = utf8(fund), cents, why = utf8(reason)] {
        return allocate(session.connection(), session.action(), name, cents, why);
    };
    s.reverse = [&session, why = utf8(reason)](std::int64_t entry) {
        reverse_allocation(session.connection(), session.action(), entry,
                           why.empty() ? std::string("undo") : "undo: " + why);
    };
    s.bookRefused = QCoreApplication::translate("FundAllocationCommand", "Allocation refused");
    s.reverseRefused =
        QCoreApplication::translate("FundAllocationCommand", "Allocation not undone");
    return s;
}

}  // namespace

FundAllocationCommand::FundAllocationCommand(AppSession& session, const QString& fund, qint64 cents,
                                             const QString& reason, Refused refused,
                                             Changed changed)
    : LedgerCommand(QCoreApplication::translate("FundAllocationCommand", "allocation of %1 to %2")
                        .arg(formatMinorUnits(cents), fund),
                    steps(session, fund, cents, reason), std::move(refused), std::move(changed)) {}

}  // namespace uplift::app
