#pragma once
// The claims of the file (SPEC §4): every claim with its status, promotion, amount, what is
// settled, written off and still open, filterable. Finance settles a claim in full, settles
// part of it (the rest stays open) or writes part of it off with a reason; each is one undo
// step through the core. Others see the list read-only.
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <optional>

#include "funds/claims.h"

class QComboBox;
class QLabel;
class QPushButton;
class QUndoStack;

namespace uplift::app {

class AppSession;
class ClaimSettleDialog;
class ClaimTableModel;
class FilteredTableView;

class ClaimsPanel : public QWidget {
    Q_OBJECT
  public:
    ClaimsPanel(AppSession& session, QUndoStack* undoStack, QWidget* parent = nullptr);

    FilteredTableView* view() const { return view_; }
    ClaimTableModel* model() const { return model_; }
    QComboBox* showCombo() const { return show_; }
    QPushButton* settleButton() const { return settle_; }
    QPushButton* partButton() const { return part_; }
    QPushButton* writeOffButton() const { return writeOff_; }
    // The claim selected in the table, if any.
    std::optional<Claim> currentClaim() const;

  public slots:
    void reload();
    // Selects a claim by its row id (showing every claim when the filter hides it).
    void selectClaim(qint64 id);
    // The actions; each returns false when nothing was settled (no claim, no right, refused).
    bool settleInFull();
    ClaimSettleDialog* openPartDialog();
    ClaimSettleDialog* openWriteOffDialog();

  signals:
    // A settlement was booked or undone: the funds' figures changed.
    void claimsChanged();
    void promotionRequested(qint64 promotionId);

  private:
    bool settle(const Claim& claim, const Settlement& s);
    ClaimSettleDialog* openDialog(int mode);
    void updateActions();
    void openPromotion(const QModelIndex& index);

    AppSession& session_;
    QUndoStack* undoStack_;
    bool maySettle_;
    ClaimTableModel* model_;
    FilteredTableView* view_;
    QComboBox* show_;
    QPushButton* settle_;
    QPushButton* part_;
    QPushButton* writeOff_;
    QLabel* totals_;
    QPointer<QWidget> dialog_;  // the open dialog: refusals show on top of it
    bool refusedLast_ = false;
};

}  // namespace uplift::app
