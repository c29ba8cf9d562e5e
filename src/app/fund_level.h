#pragma once
// How a fund's utilisation reads on screen: normal, amber at the core's warning level (its
// BudgetRow warning flag), red above 100 % or below zero available. The bar, the fund's name
// and its utilisation take the same colour wherever the Funds screen shows them.
#include <QColor>

#include "analytics/budget_vs_actual.h"

namespace uplift::app {

enum class FundLevel { Normal, Warning, Over };

FundLevel fundLevel(const BudgetRow& row);
// The text colour of a fund's name and utilisation; invalid (the palette's) when Normal.
QColor fundLevelTextColor(FundLevel level);
// "at the warning level", "over budget"; empty when Normal (tooltips, accessible text).
QString fundLevelText(FundLevel level);

}  // namespace uplift::app
