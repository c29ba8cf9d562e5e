#include "claim_settlement_command.h"

#include <QCoreApplication>

#include "app_session.h"
#include "errors.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

LedgerCommand::Steps steps(AppSession& session, const QString& claimId, const Settlement& settle) {
    LedgerCommand::Steps s;
    s.book = [&session, id = utf8(claimId), settle] {
        const SettlementResult r = settle_claim(session.connection(), session.action(), id, settle);
        if (r.nothing_left) {
            throw UserError(utf8(QCoreApplication::translate("ClaimSettlementCommand",
                                                             "claim %1 has nothing left to settle")
                                     .arg(qs(id))));
        }
        return r.settlement_id;
    };
    s.reverse = [&session, why = settle.reason](std::int64_t settlement) {
        reverse_settlement(session.connection(), session.action(), settlement,
                           why.empty() ? std::string("undo") : "undo: " + why);
    };
    s.bookRefused = QCoreApplication::translate("ClaimSettlementCommand", "Settlement refused");
    s.reverseRefused =
        QCoreApplication::translate("ClaimSettlementCommand", "Settlement not undone");
    return s;
}

}  // namespace

QString ClaimSettlementCommand::describe(const QString& claimId, const Settlement& s) {
    const qint64 settled = s.amount.value_or(0);
    if (settled == 0) {
        return QCoreApplication::translate("ClaimSettlementCommand", "write-off of %1 on claim %2")
            .arg(formatMinorUnits(s.write_off), claimId);
    }
    return QCoreApplication::translate("ClaimSettlementCommand", "settlement of %1 on claim %2")
        .arg(formatMinorUnits(settled), claimId);
}

ClaimSettlementCommand::ClaimSettlementCommand(AppSession& session, const QString& claimId,
                                               const Settlement& s, Refused refused,
                                               Changed changed)
    : LedgerCommand(describe(claimId, s), steps(session, claimId, s), std::move(refused),
                    std::move(changed)) {}

}  // namespace uplift::app
