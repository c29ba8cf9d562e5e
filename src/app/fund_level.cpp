#include "fund_level.h"

#include <QCoreApplication>

namespace uplift::app {

FundLevel fundLevel(const BudgetRow& r) {
    if (r.figures.available() < 0 || r.figures.actual > r.figures.budget()) {
        return FundLevel::Over;
    }
    return r.warning ? FundLevel::Warning : FundLevel::Normal;
}

QColor fundLevelTextColor(FundLevel level) {
    switch (level) {
        case FundLevel::Warning:
            return {0x9a, 0x5b, 0x00};
        case FundLevel::Over:
            return {0xb3, 0x26, 0x1e};
        case FundLevel::Normal:
            break;
    }
    return {};
}

QString fundLevelText(FundLevel level) {
    switch (level) {
        case FundLevel::Warning:
            return QCoreApplication::translate("FundLevel", "at the warning level");
        case FundLevel::Over:
            return QCoreApplication::translate("FundLevel", "over budget");
        case FundLevel::Normal:
            break;
    }
    return {};
}

}  // namespace uplift::app
