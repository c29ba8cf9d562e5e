#pragma once
// The recommendation of the decision panel and the reasons behind it (docs/formulas.md,
// "Decision panel"): reject a depth at or beyond a sku's margin, ask for a review when the
// request overlaps other discounts, no fund can pay for it or the account's past discounts lost
// money, approve otherwise.
#include "analytics/discount_decision.h"

namespace uplift::decision {

// Sets panel.verdict and panel.reasons from the rest of the panel.
void decide(DecisionPanel& panel);

}  // namespace uplift::decision
