#pragma once
// The top of the promotion editor: id and name, campaign, account, in-store and ship dates,
// the state as a badge, and one button per life-cycle action the user may take (actions the
// user lacks the right for stay visible, disabled, with the core's reason as tooltip).
#include <QWidget>

#include <vector>

#include "promotion_catalog.h"
#include "transition_probe.h"

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace uplift::app {

class PromotionHeader : public QWidget {
    Q_OBJECT
  public:
    explicit PromotionHeader(QWidget* parent = nullptr);

    void display(const CatalogEntry& entry, const std::vector<ActionOffer>& offers);
    // The button of an action, or nullptr when it is not offered.
    QPushButton* actionButton(PromotionAction action) const;

  signals:
    void actionTriggered(PromotionAction action);

  private:
    QLabel* title_;
    QLabel* status_;
    QLabel* campaign_;
    QLabel* account_;
    QLabel* inStore_;
    QLabel* ship_;
    QHBoxLayout* actions_;
    std::vector<QPushButton*> buttons_;
};

}  // namespace uplift::app
