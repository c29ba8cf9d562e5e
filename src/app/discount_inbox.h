#pragma once
// The Discounts inbox (SCREENS "Discounts"): discount requests ordered by value, largest first,
// one line each, with the one-view decision panel of the current request below the list. Enter
// (or a double-click) opens the panel, A approves, R rejects asking a reason, each one
// keystroke; after a decision the next request is current. Approve and Reject are disabled with
// the core's reason when the user may not decide (own request, level, state). A status filter
// shows the decided ones; "New request…" raises one for those who may.
#include <QPointer>
#include <QWidget>

#include <optional>

#include "discounts/discount_request.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;

namespace uplift::app {

class AppSession;
class DecisionPanelView;
class DiscountRequestDialog;
class DiscountRequestModel;
class FilteredTableView;

class DiscountInbox : public QWidget {
    Q_OBJECT
  public:
    explicit DiscountInbox(AppSession& session, QWidget* parent = nullptr);

    FilteredTableView* view() const { return view_; }
    DiscountRequestModel* model() const { return model_; }
    QComboBox* statusCombo() const { return status_; }
    QPushButton* approveButton() const { return approve_; }
    QPushButton* rejectButton() const { return reject_; }
    QPushButton* withdrawButton() const { return withdraw_; }
    QPushButton* newRequestButton() const { return newRequest_; }
    DecisionPanelView* panelView() const { return panel_; }
    QSplitter* splitter() const { return splitter_; }
    // The last outcome: a decision, a new request's routing, a refusal.
    QLabel* outcomeLabel() const { return outcome_; }
    // The request of the current row, if any.
    std::optional<DiscountRequest> currentRequest() const;
    // The request whose decision panel is shown, 0 when none.
    qint64 panelRequest() const { return panelRequest_; }
    bool selectRequest(qint64 id);

  public slots:
    void reload();
    // Shows the decision panel of the current request at once.
    void openPanel();
    // Each returns whether the core recorded the decision.
    bool approveCurrent();
    bool rejectCurrent();  // asks the reason first
    bool withdrawCurrent();
    DiscountRequestDialog* openNewRequestDialog();

  signals:
    // A request was approved (a condition or a tactic now exists) or raised.
    void requestsChanged();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    void currentChanged();
    void updateActions();
    void showPanel();
    void afterDecision(qint64 id, int row);
    void say(const QString& text, bool refused = false);

    AppSession& session_;
    DiscountRequestModel* model_;
    FilteredTableView* view_;
    QComboBox* status_;
    QPushButton* approve_;
    QPushButton* reject_;
    QPushButton* withdraw_;
    QPushButton* newRequest_;
    QLabel* summary_;
    QLabel* outcome_;
    QSplitter* splitter_;
    DecisionPanelView* panel_;
    QTimer* panelTimer_;
    qint64 panelRequest_ = 0;
    bool splitSet_ = false;  // the splitter's sizes are the user's or set at the first show
    QPointer<QWidget> dialog_;
};

}  // namespace uplift::app
