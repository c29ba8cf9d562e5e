#pragma once
// The promotion editor: header with the life-cycle actions, the lines with their plan and the
// tactics on the left, the P&L and the units chart on the right, and tabs for scenarios and
// history. Depth and planned units are edited in the lines table; each edit is an undo command
// whose redo and undo call the core (change_depth / set_planned_units), and the P&L is read
// again from the core after every step.
#include <QDialog>
#include <QVariant>

#include "promotions/lifecycle.h"

class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace uplift::app {

class AppSession;
class PnlPanel;
class PromotionCatalog;
class PromotionHeader;
class PromotionHistoryTab;
class PromotionLinesModel;
class ScenariosTab;
class UnitsChart;

class PromotionEditor : public QDialog {
    Q_OBJECT
  public:
    // `catalog` is re-read for this promotion after every change (it outlives the editor).
    PromotionEditor(AppSession& session, PromotionCatalog& catalog, const QString& code,
                    QWidget* parent = nullptr);

    const QString& code() const { return code_; }
    // Reads the promotion and its plan again; false (after telling the user) when it cannot.
    bool reload();

    QUndoStack* undoStack() const { return undoStack_; }
    PromotionLinesModel* linesModel() const { return lines_; }
    QTableView* linesView() const { return linesView_; }
    PnlPanel* pnlPanel() const { return pnl_; }
    PromotionHeader* header() const { return header_; }
    UnitsChart* chart() const { return chart_; }
    ScenariosTab* scenariosTab() const { return scenarios_; }
    PromotionHistoryTab* historyTab() const { return history_; }
    QTabWidget* tabs() const { return tabs_; }

    // The undo commands' apply steps: one core call each, then a reload. False when refused.
    bool applyDepth(const QString& sku, qint64 percentUnits);
    bool applyPlannedUnits(const QString& sku, const QVariant& units);
    // Takes a life-cycle step, asking a reason where one is needed.
    void takeAction(PromotionAction action);

  signals:
    // The promotion changed in the file; `row` is its catalog row (already re-read).
    void promotionChanged(int row);

  private:
    void buildPlanTab(QWidget* page);
    void fillTactics(const Promotion& p);
    bool isRunning(const Promotion& p) const;

    AppSession& session_;
    PromotionCatalog& catalog_;
    QString code_;
    QUndoStack* undoStack_;
    PromotionHeader* header_;
    QLabel* notice_;
    QTabWidget* tabs_;
    PromotionLinesModel* lines_;
    QTableView* linesView_;
    QTableWidget* tactics_;
    PnlPanel* pnl_;
    UnitsChart* chart_;
    ScenariosTab* scenarios_;
    PromotionHistoryTab* history_;
    bool editable_ = false;
};

}  // namespace uplift::app
