#include "transition_probe.h"

#include <QCoreApplication>

#include "app_session.h"
#include "db/transaction.h"
#include "errors.h"
#include "promotion_status_style.h"
#include "text_conversions.h"

namespace uplift::app {

std::vector<ActionOffer> offeredActions(AppSession& session, const Promotion& p,
                                        std::int64_t plannedSpendCents) {
    std::vector<ActionOffer> out;
    const ActionContext ctx = session.action();
    for (const PromotionAction action : PromotionStatusStyle::allActions()) {
        TransitionRequest probe;
        probe.action = action;
        // Reasons are asked of the user when the action is taken; the probe gives some.
        probe.reason = "probe";
        probe.overlap_reason = "probe";
        probe.planned_spend_cents = plannedSpendCents;
        db::Transaction never_committed(session.connection());
        try {
            apply_transition(session.connection(), ctx, p, probe);
            out.push_back({action, true, {}});
        } catch (const PermissionDenied& e) {
            out.push_back({action, false, qs(e.what())});
        } catch (const UserError&) {
            // Not possible from this state: not offered at all.
        }
    }
    if (session.isRepFile()) {
        // Only targets travel back from a rep file: its promotions are for reading.
        for (ActionOffer& offer : out) {
            offer.allowed = false;
            offer.refusal = QCoreApplication::translate(
                "uplift::app::TransitionProbe",
                "Read-only in a rep file: only targets travel back to the main file.");
        }
    }
    return out;
}

}  // namespace uplift::app
