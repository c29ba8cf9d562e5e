#pragma once
// Which life-cycle actions the acting user may take on a promotion now, asked of the core
// itself: each action is tried with apply_transition inside a transaction that is always
// rolled back, so the GUI offers exactly what the core would accept (states, rights, the
// approval limit) without repeating a rule. A refusal for a missing right keeps the button,
// disabled, with the core's message as its tooltip; a refusal by state hides it.
#include <QString>

#include <vector>

#include "promotions/lifecycle.h"

namespace uplift::app {

class AppSession;

struct ActionOffer {
    PromotionAction action = PromotionAction::Submit;
    bool allowed = false;
    QString refusal;  // the core's message when not allowed
};

// `plannedSpendCents` feeds the approval limit. Throws DatabaseError only.
std::vector<ActionOffer> offeredActions(AppSession& session, const Promotion& p,
                                        std::int64_t plannedSpendCents);

}  // namespace uplift::app
