#pragma once
// Tactics as the user reads them: "% off list", "20 %", "0.25 per unit", "1,200.00".
#include <QCoreApplication>
#include <QString>

#include "promotions/promotion.h"

namespace uplift::app {

class TacticText {
    Q_DECLARE_TR_FUNCTIONS(TacticText)
  public:
    static QString kindName(TacticKind kind);
    // The values of the current terms in date order, distinct ("15 % → 20 %").
    static QString values(const Tactic& t);
    // "% off list 20 % (fund Summer)".
    static QString summary(const Tactic& t);
};

}  // namespace uplift::app
