#include "promotion_status_style.h"

namespace uplift::app {

QString PromotionStatusStyle::name(PromotionStatus status) {
    switch (status) {
        case PromotionStatus::Draft:
            return tr("Draft");
        case PromotionStatus::Planned:
            return tr("Planned");
        case PromotionStatus::Submitted:
            return tr("Submitted");
        case PromotionStatus::Approved:
            return tr("Approved");
        case PromotionStatus::Rejected:
            return tr("Rejected");
        case PromotionStatus::Active:
            return tr("Active");
        case PromotionStatus::Ended:
            return tr("Ended");
        case PromotionStatus::Settled:
            return tr("Settled");
        case PromotionStatus::Closed:
            return tr("Closed");
        case PromotionStatus::Cancelled:
            return tr("Cancelled");
    }
    return {};
}

QColor PromotionStatusStyle::color(PromotionStatus status) {
    // Calm fills that stay apart for the common colour-vision deficiencies: the planning
    // states in greys and blues, approval in green, money states in teal, the end states faded.
    switch (status) {
        case PromotionStatus::Draft:
            return {0xd5, 0xd9, 0xde};
        case PromotionStatus::Planned:
            return {0xb8, 0xd4, 0xf0};
        case PromotionStatus::Submitted:
            return {0xf6, 0xc8, 0x6d};
        case PromotionStatus::Approved:
            return {0x8f, 0xd1, 0x9e};
        case PromotionStatus::Rejected:
            return {0xe8, 0x9a, 0x94};
        case PromotionStatus::Active:
            return {0x3f, 0xa3, 0x5b};
        case PromotionStatus::Ended:
            return {0x8e, 0xa8, 0x9a};
        case PromotionStatus::Settled:
            return {0x6f, 0xb7, 0xb5};
        case PromotionStatus::Closed:
            return {0xa9, 0xb4, 0xc2};
        case PromotionStatus::Cancelled:
            return {0xf4, 0xf4, 0xf4};
    }
    return Qt::lightGray;
}

QColor PromotionStatusStyle::textColor(PromotionStatus status) {
    return status == PromotionStatus::Active ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x33);
}

const std::vector<PromotionStatus>& PromotionStatusStyle::all() {
    static const std::vector<PromotionStatus> states{
        PromotionStatus::Draft,    PromotionStatus::Planned,  PromotionStatus::Submitted,
        PromotionStatus::Approved, PromotionStatus::Rejected, PromotionStatus::Active,
        PromotionStatus::Ended,    PromotionStatus::Settled,  PromotionStatus::Closed,
        PromotionStatus::Cancelled};
    return states;
}

QString PromotionStatusStyle::actionName(PromotionAction action) {
    switch (action) {
        case PromotionAction::Plan:
            return tr("Plan");
        case PromotionAction::Submit:
            return tr("Submit");
        case PromotionAction::Approve:
            return tr("Approve");
        case PromotionAction::Reject:
            return tr("Reject");
        case PromotionAction::Cancel:
            return tr("Cancel promotion");
        case PromotionAction::Settle:
            return tr("Settle");
        case PromotionAction::Close:
            return tr("Close");
        case PromotionAction::Reopen:
            return tr("Reopen");
    }
    return {};
}

const std::vector<PromotionAction>& PromotionStatusStyle::allActions() {
    static const std::vector<PromotionAction> actions{
        PromotionAction::Plan,   PromotionAction::Submit, PromotionAction::Approve,
        PromotionAction::Reject, PromotionAction::Cancel, PromotionAction::Settle,
        PromotionAction::Close,  PromotionAction::Reopen};
    return actions;
}

}  // namespace uplift::app
