#pragma once
// The Funds section: the fund tree (HQ → brand → account) with the core's figures and a budget
// bar per fund, the selected fund's ledger below it with links to the promotion, claim or fund
// behind each entry, and the actions the user's rights allow: New fund, Allocate and Transfer
// (both undoable). Tabs: Funds, Claims (settle, split, write off; undoable); a Rules tab
// (FundRulesPanel) is to come as the third.
#include <QPointer>

#include <unordered_map>

#include "section_widget.h"

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace uplift::app {

class AppSession;
class ClaimsPanel;
class FundRulesPanel;
class FundAllocateDialog;
class FundLedgerModel;
class FundTransferDialog;
class FundTreeModel;
class NewFundDialog;

class FundsSection : public SectionWidget {
    Q_OBJECT
  public:
    FundsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent = nullptr);

    void reload() override;
    FilteredTableView* tableView() const override { return ledgerView_; }
    QString selectionAsText() const override;

    FundTreeModel* treeModel() const { return model_; }
    QTreeView* tree() const { return tree_; }
    FundLedgerModel* ledgerModel() const { return ledger_; }
    ClaimsPanel* claims() const { return claims_; }
    FundRulesPanel* rules() const { return rules_; }
    QTabWidget* tabs() const { return tabs_; }
    // The fund selected in the tree, 0 when none.
    qint64 currentFund() const;
    bool selectFund(const QString& name);
    void selectFund(qint64 id);

  public slots:
    FundTransferDialog* openTransferDialog();
    FundAllocateDialog* openAllocateDialog();
    NewFundDialog* openNewFundDialog();

  signals:
    // A ledger entry's promotion was activated: open its editor.
    void promotionRequested(qint64 promotionId);
    // Money moved (a fund action or a claim settled): other screens may show stale figures.
    void fundsChanged();

  private:
    QWidget* buildFundsPage();
    void setRight(QPushButton* button, const char* right, const QString& tip);
    void showLedger();
    void followLink(const QModelIndex& ledgerIndex);
    void afterChange();
    void refused(const QString& title, const QString& message);

    AppSession& session_;
    QUndoStack* undoStack_;
    FundTreeModel* model_;
    QSortFilterProxyModel* proxy_;
    FundLedgerModel* ledger_;
    QTabWidget* tabs_;
    QTreeView* tree_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QLabel* ledgerTitle_ = nullptr;
    FilteredTableView* ledgerView_ = nullptr;
    QPushButton* newFund_ = nullptr;
    QPushButton* allocate_ = nullptr;
    QPushButton* transfer_ = nullptr;
    ClaimsPanel* claims_ = nullptr;
    FundRulesPanel* rules_ = nullptr;
    std::unordered_map<qint64, QString> promotionCodes_;
    std::unordered_map<qint64, QString> claimIds_;
    QPointer<QDialog> dialog_;  // the open dialog: refusals show on top of it
    bool refusedLast_ = false;
};

}  // namespace uplift::app
