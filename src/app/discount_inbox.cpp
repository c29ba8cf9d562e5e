#include "discount_inbox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "analytics/discount_decision.h"
#include "app_session.h"
#include "decision_panel_view.h"
#include "discount_choices.h"
#include "discount_models.h"
#include "discount_request_dialog.h"
#include "discounts/condition.h"
#include "error_display.h"
#include "exact_format.h"
#include "filtered_table_view.h"
#include "item_roles.h"
#include "money_delegate.h"
#include "money_format.h"
#include "reason_dialog.h"
#include "text_conversions.h"
#include "workflows/discount_decisions.h"

namespace uplift::app {

namespace {

constexpr const char* kRequestRight = "discounts.request";

}  // namespace

DiscountInbox::DiscountInbox(AppSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      model_(new DiscountRequestModel(this)),
      view_(new FilteredTableView(this)),
      status_(new QComboBox(this)),
      approve_(new QPushButton(tr("&Approve"), this)),
      reject_(new QPushButton(tr("&Reject…"), this)),
      withdraw_(new QPushButton(tr("&Withdraw…"), this)),
      newRequest_(new QPushButton(tr("&New request…"), this)),
      summary_(new QLabel(this)),
      outcome_(new QLabel(this)),
      splitter_(new QSplitter(Qt::Vertical, this)),
      panel_(new DecisionPanelView(this)),
      panelTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("discountInbox"));
    status_->setObjectName(QStringLiteral("requestStatusCombo"));
    approve_->setObjectName(QStringLiteral("approveRequestButton"));
    reject_->setObjectName(QStringLiteral("rejectRequestButton"));
    withdraw_->setObjectName(QStringLiteral("withdrawRequestButton"));
    newRequest_->setObjectName(QStringLiteral("newRequestButton"));
    summary_->setObjectName(QStringLiteral("inboxSummary"));
    outcome_->setObjectName(QStringLiteral("inboxOutcome"));
    splitter_->setObjectName(QStringLiteral("inboxSplitter"));
    panel_->setObjectName(QStringLiteral("decisionPanelView"));

    status_->addItem(tr("Pending"), QStringLiteral("pending"));
    status_->addItem(tr("All requests"), QString());
    status_->addItem(tr("Approved"), QStringLiteral("approved"));
    status_->addItem(tr("Rejected"), QStringLiteral("rejected"));
    status_->addItem(tr("Withdrawn"), QStringLiteral("withdrawn"));
    status_->setToolTip(tr("Which requests to list"));
    // The buttons' mnemonics would be Alt+A / Alt+R; the inbox takes the bare keys (eventFilter).
    approve_->setToolTip(tr("Approve the current request (A)"));
    reject_->setToolTip(tr("Reject the current request, with a reason (R)"));
    withdraw_->setToolTip(tr("Withdraw a request of your own that is still pending"));
    if (session_.can(kRequestRight)) {
        newRequest_->setToolTip(tr("Ask for a discount on an account's skus (Ctrl+Shift+N)"));
        newRequest_->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    } else {
        newRequest_->setEnabled(false);
        newRequest_->setToolTip(tr("Needs the right “%1”.").arg(QLatin1String(kRequestRight)));
    }
    outcome_->setWordWrap(true);
    outcome_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    view_->setSourceModel(model_);
    view_->filterEdit()->setPlaceholderText(tr("Filter (Ctrl+F)"));
    QHBoxLayout* bar = view_->toolbarLayout();
    bar->insertWidget(1, status_);
    bar->insertSpacing(2, 12);
    bar->insertWidget(3, approve_);
    bar->insertWidget(4, reject_);
    bar->insertWidget(5, withdraw_);
    bar->insertSpacing(6, 12);
    bar->insertWidget(7, newRequest_);
    bar->addWidget(summary_);
    QTableView* table = view_->table();
    table->setObjectName(QStringLiteral("requestTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setItemDelegateForColumn(DiscountRequestModel::Value, new MoneyDelegate(table));
    table->installEventFilter(this);
    // The last column shown takes what is left; accounts and skus are capped below so the
    // line fits a 1280-pixel window (tooltips hold the whole text).
    table->horizontalHeader()->setStretchLastSection(true);

    auto* listPane = new QWidget(splitter_);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(view_, 1);
    listLayout->addWidget(outcome_);
    listPane->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 8);
    splitter_->addWidget(listPane);
    // The panel scrolls inside its pane: its many parts never squeeze the list.
    auto* panelScroll = new QScrollArea(splitter_);
    panelScroll->setObjectName(QStringLiteral("decisionPanelScroll"));
    panelScroll->setWidget(panel_);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    splitter_->addWidget(panelScroll);
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);
    splitter_->setChildrenCollapsible(false);
    const QByteArray state =
        QSettings().value(QStringLiteral("discounts/inboxSplitter")).toByteArray();
    splitSet_ = !state.isEmpty() && splitter_->restoreState(state);
    connect(splitter_, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("discounts/inboxSplitter"), splitter_->saveState());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(splitter_, 1);

    // Arrowing through the list shows each panel after a short pause, so holding the key down
    // does not build a panel per row; Enter shows it at once.
    panelTimer_->setSingleShot(true);
    panelTimer_->setInterval(120);
    connect(panelTimer_, &QTimer::timeout, this, &DiscountInbox::showPanel);
    connect(status_, &QComboBox::currentIndexChanged, this, &DiscountInbox::reload);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DiscountInbox::currentChanged);
    connect(table, &QTableView::activated, this, &DiscountInbox::openPanel);
    connect(approve_, &QPushButton::clicked, this, &DiscountInbox::approveCurrent);
    connect(reject_, &QPushButton::clicked, this, &DiscountInbox::rejectCurrent);
    connect(withdraw_, &QPushButton::clicked, this, &DiscountInbox::withdrawCurrent);
    connect(newRequest_, &QPushButton::clicked, this, &DiscountInbox::openNewRequestDialog);
    updateActions();
}

void DiscountInbox::reload() {
    const std::optional<DiscountRequest> selected = currentRequest();
    std::vector<DiscountRequest> requests;
    try {
        const QString status = status_->currentData().toString();
        requests =
            list_requests(session_.connection(),
                          status.isEmpty() ? std::nullopt : parse_request_status(utf8(status)));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the discount requests"), qs(e.what()));
    }
    qint64 pendingValue = 0;
    int pending = 0;
    for (const DiscountRequest& r : requests) {
        if (r.status == RequestStatus::Pending) {
            ++pending;
            pendingValue += r.value_cents;
        }
    }
    summary_->setText(
        pending == 0
            ? tr("Nothing pending.")
            : tr("%n pending, worth %1", nullptr, pending).arg(formatMinorUnits(pendingValue)));
    model_->setRequests(std::move(requests));
    // The decided columns say nothing in the pending list.
    const bool pendingOnly = status_->currentData().toString() == QLatin1String("pending");
    view_->table()->setColumnHidden(DiscountRequestModel::Status, pendingOnly);
    view_->table()->setColumnHidden(DiscountRequestModel::Decided, pendingOnly);
    view_->updateCount();
    view_->fitColumns();
    QHeaderView* header = view_->table()->horizontalHeader();
    const int chars = view_->table()->fontMetrics().averageCharWidth();
    header->resizeSection(DiscountRequestModel::Account,
                          std::min(header->sectionSize(DiscountRequestModel::Account), 30 * chars));
    header->resizeSection(DiscountRequestModel::Skus,
                          std::min(header->sectionSize(DiscountRequestModel::Skus), 24 * chars));
    const int row = selected ? model_->rowOf(selected->id) : -1;
    const QModelIndex current = row >= 0 ? view_->proxy()->mapFromSource(model_->index(row, 0))
                                         : view_->proxy()->index(0, 0);
    if (current.isValid()) {
        view_->table()->setCurrentIndex(current);
    } else {
        currentChanged();
    }
}

std::optional<DiscountRequest> DiscountInbox::currentRequest() const {
    const QModelIndex current = view_->proxy()->mapToSource(view_->table()->currentIndex());
    if (!current.isValid() || current.row() >= model_->rowCount()) {
        return std::nullopt;
    }
    return model_->request(current.row());
}

bool DiscountInbox::selectRequest(qint64 id) {
    int row = model_->rowOf(id);
    if (row < 0 && status_->currentIndex() != 1) {
        status_->setCurrentIndex(1);  // all requests
        row = model_->rowOf(id);
    }
    if (row < 0) {
        return false;
    }
    view_->showSourceRow(row);
    return true;
}

void DiscountInbox::currentChanged() {
    updateActions();
    panelTimer_->start();
}

void DiscountInbox::updateActions() {
    const std::optional<DiscountRequest> r = currentRequest();
    QString why;
    if (!r) {
        why = tr("No request is selected.");
    } else {
        try {
            why = qs(why_may_not_decide(session_.connection(), session_.actor(), *r));
        } catch (const std::exception& e) {
            why = qs(e.what());
        }
    }
    approve_->setEnabled(why.isEmpty());
    reject_->setEnabled(why.isEmpty());
    approve_->setToolTip(why.isEmpty() ? tr("Approve the current request (A)") : why);
    reject_->setToolTip(why.isEmpty() ? tr("Reject the current request, with a reason (R)") : why);
    const bool own =
        r && r->status == RequestStatus::Pending && qs(r->requested_by) == session_.userName();
    withdraw_->setVisible(session_.can(kRequestRight));
    withdraw_->setEnabled(own);
    withdraw_->setToolTip(own ? tr("Withdraw your pending request")
                              : tr("Only the requester may withdraw a pending request."));
}

void DiscountInbox::openPanel() {
    panelTimer_->stop();
    showPanel();
    QList<int> sizes = splitter_->sizes();
    if (sizes.size() == 2 && sizes[1] < splitter_->height() / 4) {
        splitter_->setSizes({splitter_->height() * 2 / 5, splitter_->height() * 3 / 5});
    }
}

void DiscountInbox::showPanel() {
    panelTimer_->stop();
    const std::optional<DiscountRequest> r = currentRequest();
    if (!r) {
        panelRequest_ = 0;
        panel_->clear();
        return;
    }
    if (r->id == panelRequest_) {
        return;
    }
    try {
        const DecisionPanel p =
            build_decision_panel(session_.connection(), r->id, session_.actor().today);
        panel_->showPanel(p);
        panelRequest_ = r->id;
    } catch (const std::exception& e) {
        panelRequest_ = 0;
        panel_->clear();
        say(tr("Cannot show request %1: %2").arg(r->id).arg(qs(e.what())), true);
    }
}

void DiscountInbox::say(const QString& text, bool refused) {
    outcome_->setStyleSheet(refused ? QStringLiteral("color: #b3261e;") : QString());
    outcome_->setText(text);
}

bool DiscountInbox::approveCurrent() {
    const std::optional<DiscountRequest> r = currentRequest();
    if (!r) {
        return false;
    }
    if (!approve_->isEnabled()) {
        say(approve_->toolTip(), true);
        return false;
    }
    const int row = view_->table()->currentIndex().row();
    try {
        approve_discount_request(session_.connection(), session_.action(), r->id, {});
    } catch (const std::exception& e) {
        showRefusal(this, tr("Request %1 not approved").arg(r->id), qs(e.what()));
        return false;
    }
    say(r->promo_id.empty() ? tr("Request %1 approved: condition REQ-%1 now grants %2 on %3.")
                                  .arg(r->id)
                                  .arg(formatPercentUnits(r->pct_units), qs(r->account))
                            : tr("Request %1 approved: a %2 discount on promotion %3.")
                                  .arg(r->id)
                                  .arg(formatPercentUnits(r->pct_units), qs(r->promo_id)));
    afterDecision(r->id, row);
    return true;
}

bool DiscountInbox::rejectCurrent() {
    const std::optional<DiscountRequest> r = currentRequest();
    if (!r) {
        return false;
    }
    if (!reject_->isEnabled()) {
        say(reject_->toolTip(), true);
        return false;
    }
    const int row = view_->table()->currentIndex().row();
    ReasonDialog ask(tr("Reject request %1").arg(r->id),
                     tr("Why? %1 sees the reason with the request.").arg(qs(r->requested_by)), true,
                     this);
    if (ask.exec() != QDialog::Accepted) {
        view_->table()->setFocus();
        return false;
    }
    try {
        reject_discount_request(session_.connection(), session_.action(), r->id,
                                utf8(ask.reason()));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Request %1 not rejected").arg(r->id), qs(e.what()));
        return false;
    }
    say(tr("Request %1 rejected: %2").arg(r->id).arg(ask.reason()));
    afterDecision(r->id, row);
    return true;
}

bool DiscountInbox::withdrawCurrent() {
    const std::optional<DiscountRequest> r = currentRequest();
    if (!r || !withdraw_->isEnabled()) {
        return false;
    }
    const int row = view_->table()->currentIndex().row();
    ReasonDialog ask(tr("Withdraw request %1").arg(r->id), tr("Why (optional)?"), false, this);
    if (ask.exec() != QDialog::Accepted) {
        return false;
    }
    try {
        withdraw_request(session_.connection(), session_.action(), r->id, utf8(ask.reason()));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Request %1 not withdrawn").arg(r->id), qs(e.what()));
        return false;
    }
    say(tr("Request %1 withdrawn.").arg(r->id));
    afterDecision(r->id, row);
    return true;
}

void DiscountInbox::afterDecision(qint64 id, int row) {
    panelRequest_ = 0;  // its state changed: build the panel again
    reload();
    // The next request: the decided one left a pending list, so the row below moved up into
    // its place; in a list that keeps it, the next is the row after it.
    const int stillAt = model_->rowOf(id);
    int next = row;
    if (stillAt >= 0) {
        next = view_->proxy()->mapFromSource(model_->index(stillAt, 0)).row() + 1;
    }
    const int count = view_->proxy()->rowCount();
    if (count > 0) {
        next = std::clamp(next, 0, count - 1);
        view_->table()->setCurrentIndex(view_->proxy()->index(next, 0));
    }
    view_->table()->setFocus();
    showPanel();
    emit requestsChanged();
}

DiscountRequestDialog* DiscountInbox::openNewRequestDialog() {
    if (!newRequest_->isEnabled()) {
        return nullptr;
    }
    DiscountChoices choices;
    try {
        choices = loadDiscountChoices(session_.connection(), session_.today());
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the file"), qs(e.what()));
        return nullptr;
    }
    auto* dialog = new DiscountRequestDialog(
        choices,
        [this](const NewDiscountRequest& in) {
            RequestOutcome out;
            try {
                out = request_discount(session_.connection(), session_.action(), in);
            } catch (const std::exception& e) {
                showRefusal(dialog_ != nullptr ? dialog_.data() : this, tr("Request not raised"),
                            qs(e.what()));
                return false;
            }
            if (out.status == RequestStatus::Approved) {
                say(out.condition.empty()
                        ? tr("Request %1 approved at once (within the automatic limit).")
                              .arg(out.id)
                        : tr("Request %1 approved at once (within the automatic limit): "
                             "condition %2.")
                              .arg(out.id)
                              .arg(qs(out.condition)));
            } else {
                say(out.level == ApproverLevel::Finance
                        ? tr("Request %1 waits for a decision by finance.").arg(out.id)
                        : tr("Request %1 waits for a decision by a sales manager.").arg(out.id));
            }
            reload();
            selectRequest(out.id);
            emit requestsChanged();
            return true;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    dialog->open();
    return dialog;
}

void DiscountInbox::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!splitSet_ && splitter_->height() > 0) {
        // The first time: the list gets two fifths, the decision panel the rest.
        splitSet_ = true;
        splitter_->setSizes({splitter_->height() * 2 / 5, splitter_->height() * 3 / 5});
    }
}

bool DiscountInbox::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->table() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods =
            key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (mods == Qt::NoModifier && !key->isAutoRepeat()) {
            if (key->key() == Qt::Key_A) {
                approveCurrent();
                return true;
            }
            if (key->key() == Qt::Key_R) {
                rejectCurrent();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace uplift::app
