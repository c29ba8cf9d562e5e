#pragma once
// How funds and their ledger read in the GUI: translated kind names, the scope, the period and
// the utilisation in the user's locale. The figures themselves come from the core.
#include <QCoreApplication>
#include <QString>

#include "funds/fund.h"
#include "funds/ledger.h"

namespace uplift::app {

class FundText {
    Q_DECLARE_TR_FUNCTIONS(FundText)
  public:
    static QString kindName(LedgerKind kind);  // "Transfer in"
    // "Fizz · STORE1 · Modern"; "All" when the fund has no scope.
    static QString scope(const Fund& fund);
    // "fixed" or "accrual 5 % of gross sales" / "accrual 0.10 per unit".
    static QString type(const Fund& fund);
    // "2025-01-01 – 2025-12-31", "from 2025-01-01", "no period limit".
    static QString period(const Fund& fund);
    // The core's utilisation (100 × actual / budget, two decimals) as "85.00 %"; empty when
    // the budget is 0.
    static QString utilisation(const FundFigures& figures);
    // Every figure of a fund, one per line, for tooltips and the ledger header.
    static QString figuresTooltip(const Fund& fund, const FundFigures& figures,
                                  std::int64_t expected);
};

}  // namespace uplift::app
