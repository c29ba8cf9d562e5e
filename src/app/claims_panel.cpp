#include "claims_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "app_session.h"
#include "claim_settle_dialog.h"
#include "claim_settlement_command.h"
#include "claim_table_model.h"
#include "discounts/reason_codes.h"
#include "error_display.h"
#include "filtered_table_view.h"
#include "item_roles.h"
#include "money_delegate.h"
#include "money_format.h"
#include "promotions/promotion_store.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

constexpr const char* kSettleRight = "claims.settle";

}  // namespace

ClaimsPanel::ClaimsPanel(AppSession& session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent),
      session_(session),
      undoStack_(undoStack),
      maySettle_(session.can(kSettleRight)),
      model_(new ClaimTableModel(this)),
      view_(new FilteredTableView(this)),
      show_(new QComboBox(this)),
      settle_(new QPushButton(tr("&Settle"), this)),
      part_(new QPushButton(tr("Settle &part…"), this)),
      writeOff_(new QPushButton(tr("&Write off…"), this)),
      totals_(new QLabel(this)) {
    setObjectName(QStringLiteral("claimsPanel"));
    show_->setObjectName(QStringLiteral("claimShowCombo"));
    settle_->setObjectName(QStringLiteral("settleClaimButton"));
    part_->setObjectName(QStringLiteral("settlePartButton"));
    writeOff_->setObjectName(QStringLiteral("writeOffButton"));
    totals_->setObjectName(QStringLiteral("claimTotals"));
    show_->addItem(tr("Open claims"), static_cast<int>(ClaimTableModel::Show::Open));
    show_->addItem(tr("All claims"), static_cast<int>(ClaimTableModel::Show::All));
    show_->addItem(tr("Settled claims"), static_cast<int>(ClaimTableModel::Show::Done));
    settle_->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    part_->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    writeOff_->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));

    view_->setSourceModel(model_);
    view_->filterEdit()->setPlaceholderText(tr("Filter claims (Ctrl+F)"));
    view_->setStretchColumn(ClaimTableModel::Reason);
    QHBoxLayout* bar = view_->toolbarLayout();
    bar->insertWidget(1, show_);
    bar->insertSpacing(2, 12);
    bar->insertWidget(3, settle_);
    bar->insertWidget(4, part_);
    bar->insertWidget(5, writeOff_);
    QTableView* table = view_->table();
    table->setObjectName(QStringLiteral("claimTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* money = new MoneyDelegate(table);
    for (int c = ClaimTableModel::Amount; c <= ClaimTableModel::Open; ++c) {
        table->setItemDelegateForColumn(c, money);
    }
    if (!maySettle_) {
        const QString tip = tr("Needs the right “%1”.").arg(QLatin1String(kSettleRight));
        for (QPushButton* b : {settle_, part_, writeOff_}) {
            b->setToolTip(tip);
        }
        view_->setNotice(tr("Read-only: settling claims needs the right “%1” (finance).")
                             .arg(QLatin1String(kSettleRight)));
    } else {
        settle_->setToolTip(tr("Settle what is open of the selected claim (Ctrl+Shift+S)"));
        part_->setToolTip(tr("Settle an amount now; the rest stays open (Ctrl+Shift+P)"));
        writeOff_->setToolTip(tr("Write off an amount, with a reason (Ctrl+Shift+W)"));
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(view_, 1);
    layout->addWidget(totals_);

    connect(show_, &QComboBox::currentIndexChanged, this, &ClaimsPanel::reload);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClaimsPanel::updateActions);
    connect(table, &QTableView::activated, this, &ClaimsPanel::openPromotion);
    connect(settle_, &QPushButton::clicked, this, &ClaimsPanel::settleInFull);
    connect(part_, &QPushButton::clicked, this, &ClaimsPanel::openPartDialog);
    connect(writeOff_, &QPushButton::clicked, this, &ClaimsPanel::openWriteOffDialog);
    updateActions();
}

void ClaimsPanel::reload() {
    const std::optional<Claim> selected = currentClaim();
    std::vector<Claim> claims;
    try {
        claims = list_claims(session_.connection());
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the claims"), qs(e.what()));
    }
    qint64 open = 0;
    qint64 settled = 0;
    qint64 writtenOff = 0;
    for (const Claim& c : claims) {
        open += c.open();
        settled += c.settled;
        writtenOff += c.written_off;
    }
    totals_->setText(
        tr("All claims: %1 open, %2 settled, %3 written off.")
            .arg(formatMinorUnits(open), formatMinorUnits(settled), formatMinorUnits(writtenOff)));
    model_->setClaims(std::move(claims),
                      static_cast<ClaimTableModel::Show>(show_->currentData().toInt()));
    view_->updateCount();
    view_->fitColumns();
    // The same claim as before when it is still shown, else the first one.
    const int row = selected ? model_->rowOf(selected->id) : -1;
    const QModelIndex current =
        row >= 0 ? view_->proxy()->mapFromSource(model_->index(row, ClaimTableModel::ClaimId))
                 : view_->proxy()->index(0, ClaimTableModel::ClaimId);
    if (current.isValid()) {
        view_->table()->setCurrentIndex(current);
    }
    updateActions();
}

void ClaimsPanel::selectClaim(qint64 id) {
    if (model_->rowOf(id) < 0 && show_->currentIndex() != 1) {
        show_->setCurrentIndex(1);  // all claims
    }
    const int row = model_->rowOf(id);
    if (row < 0) {
        return;
    }
    view_->showSourceRow(row, ClaimTableModel::ClaimId);
    view_->table()->setFocus();
}

std::optional<Claim> ClaimsPanel::currentClaim() const {
    const QModelIndex current = view_->proxy()->mapToSource(view_->table()->currentIndex());
    if (!current.isValid() || current.row() >= model_->rowCount()) {
        return std::nullopt;
    }
    return model_->claim(current.row());
}

void ClaimsPanel::updateActions() {
    const std::optional<Claim> c = currentClaim();
    const bool open = c && c->open() > 0;
    for (QPushButton* b : {settle_, part_, writeOff_}) {
        b->setEnabled(maySettle_ && open);
    }
}

void ClaimsPanel::openPromotion(const QModelIndex& index) {
    const std::optional<Claim> c = currentClaim();
    if (!c || index.column() != ClaimTableModel::Promotion) {
        return;
    }
    try {
        if (const auto p = load_promotion(session_.connection(), c->promo_id)) {
            emit promotionRequested(p->id);
        }
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the promotion"), qs(e.what()));
    }
}

bool ClaimsPanel::settle(const Claim& claim, const Settlement& s) {
    auto* command = new ClaimSettlementCommand(
        session_, qs(claim.claim_id), s,
        [this](const QString& title, const QString& message) {
            refusedLast_ = true;
            showRefusal(dialog_ != nullptr ? dialog_.data() : this, title, message);
        },
        [this] {
            reload();
            emit claimsChanged();
        });
    // push() runs redo(); a refused settlement leaves the command obsolete and the stack
    // deletes it at once, so the refusal is noted here rather than asked of it.
    refusedLast_ = false;
    undoStack_->push(command);
    return !refusedLast_;
}

bool ClaimsPanel::settleInFull() {
    const std::optional<Claim> c = currentClaim();
    if (!maySettle_ || !c || c->open() <= 0) {
        return false;
    }
    Settlement s;
    s.amount = c->open();
    dialog_ = nullptr;
    return settle(*c, s);
}

ClaimSettleDialog* ClaimsPanel::openPartDialog() {
    return openDialog(static_cast<int>(ClaimSettleDialog::Mode::Part));
}

ClaimSettleDialog* ClaimsPanel::openWriteOffDialog() {
    return openDialog(static_cast<int>(ClaimSettleDialog::Mode::WriteOff));
}

ClaimSettleDialog* ClaimsPanel::openDialog(int mode) {
    const std::optional<Claim> c = currentClaim();
    if (!maySettle_ || !c || c->open() <= 0) {
        return nullptr;
    }
    const Claim claim = *c;
    auto* dialog = new ClaimSettleDialog(
        claim, static_cast<ClaimSettleDialog::Mode>(mode),
        [this, claim](const Settlement& s) { return settle(claim, s); }, this);
    try {
        QList<QPair<QString, QString>> codes;
        for (const auto& r : list_reason_codes(session_.connection())) {
            if (r.active) {
                codes.append({qs(r.code), qs(r.description)});
            }
        }
        dialog->setReasonCodes(codes);
    } catch (const std::exception&) {
        // Without the catalogue the write-off still takes its free-text reason.
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    dialog->open();
    return dialog;
}

}  // namespace uplift::app
