#pragma once
// The one-view decision panel of a discount request (SCREENS "Discounts"): the request, the
// core's recommendation with its reasons, the 13-week trend, the economics per sku, what else
// discounts the same skus, the funds that could pay and the account's past discounts. It only
// shows a DecisionPanel the core built (analytics/discount_decision.h).
#include <QWidget>

#include "analytics/discount_decision.h"

class QFrame;
class QLabel;
class QListWidget;
class QTableWidget;

namespace uplift::app {

class DecisionTrendChart;

class DecisionPanelView : public QWidget {
    Q_OBJECT
  public:
    explicit DecisionPanelView(QWidget* parent = nullptr);

    void showPanel(const DecisionPanel& panel);
    void clear();

    static QString verdictText(DecisionPanel::Verdict v);  // "Approve", translated

  private:
    void showHeader(const DecisionPanel& panel);
    void showVerdict(const DecisionPanel& panel);
    void showSkus(const DecisionPanel& panel);
    void showOverlaps(const DecisionPanel& panel);
    void showFunds(const DecisionPanel& panel);
    void showHistory(const DecisionPanel& panel);

    QLabel* title_;
    QLabel* details_;
    QFrame* banner_;
    QLabel* verdict_;
    QLabel* reasons_;
    DecisionTrendChart* chart_;
    QTableWidget* skus_;
    QListWidget* promotions_;
    QListWidget* conditions_;
    QTableWidget* funds_;
    QTableWidget* history_;
};

}  // namespace uplift::app
