#pragma once
// How promotion states and life-cycle actions look in the GUI: translated names and one
// colour per displayed state (the core's names are English and lower-case).
#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

#include "promotions/lifecycle.h"
#include "promotions/promotion.h"

namespace uplift::app {

class PromotionStatusStyle {
    Q_DECLARE_TR_FUNCTIONS(PromotionStatusStyle)
  public:
    static QString name(PromotionStatus status);      // "Submitted"
    static QColor color(PromotionStatus status);      // bar and badge fill
    static QColor textColor(PromotionStatus status);  // readable on color()
    // Every state a user can filter on, in life-cycle order.
    static const std::vector<PromotionStatus>& all();

    static QString actionName(PromotionAction action);  // "Submit"
    static const std::vector<PromotionAction>& allActions();
};

}  // namespace uplift::app
