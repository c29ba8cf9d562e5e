#pragma once
// The Discounts section (SCREENS "Discounts"): tabs Inbox (discount requests with the decision
// panel: Enter opens it, A approves, R rejects), Conditions (central conditions with clash
// warnings, undoable edits), Returns & write-offs (undoable entries) and Unjustified discounts
// (a background scan of the actuals, grouped, each group drillable to its rows). Rights are the
// core's: controls the user may not use are disabled with a tooltip naming why.
#include "section_widget.h"

class QTabWidget;
class QUndoStack;

namespace uplift::app {

class AppSession;
class ConditionsPanel;
class DiscountInbox;
class ReturnsPanel;
class UnjustifiedPanel;

class DiscountsSection : public SectionWidget {
    Q_OBJECT
  public:
    DiscountsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent = nullptr);

    void reload() override;
    // The table of the tab shown (Edit > Copy and Ctrl+F act on it).
    FilteredTableView* tableView() const override;

    QTabWidget* tabs() const { return tabs_; }
    DiscountInbox* inbox() const { return inbox_; }
    ConditionsPanel* conditions() const { return conditions_; }
    ReturnsPanel* returns() const { return returns_; }
    UnjustifiedPanel* unjustified() const { return unjustified_; }

  signals:
    // An approval made a condition or a promotion tactic, or conditions changed: promotions and
    // funds may show stale figures.
    void discountsChanged();

  private:
    void tabShown(int index);

    AppSession& session_;
    QTabWidget* tabs_;
    DiscountInbox* inbox_;
    ConditionsPanel* conditions_;
    ReturnsPanel* returns_;
    UnjustifiedPanel* unjustified_;
    bool unjustifiedRun_ = false;
};

}  // namespace uplift::app
