#include "returns_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "app_session.h"
#include "discount_choices.h"
#include "discount_models.h"
#include "discounts/returns.h"
#include "error_display.h"
#include "filtered_table_view.h"
#include "ledger_command.h"
#include "money_delegate.h"
#include "money_format.h"
#include "return_dialog.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

constexpr const char* kReturnsRight = "returns.enter";

}  // namespace

ReturnsPanel::ReturnsPanel(AppSession& session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent),
      session_(session),
      undoStack_(undoStack),
      mayEnter_(session.can(kReturnsRight)),
      model_(new ReturnTableModel(this)),
      view_(new FilteredTableView(this)),
      kind_(new QComboBox(this)),
      new_(new QPushButton(tr("&New…"), this)),
      totals_(new QLabel(this)) {
    setObjectName(QStringLiteral("returnsPanel"));
    kind_->setObjectName(QStringLiteral("returnKindFilter"));
    new_->setObjectName(QStringLiteral("newReturnButton"));
    totals_->setObjectName(QStringLiteral("returnTotals"));
    kind_->addItem(tr("Returns and write-offs"), -1);
    kind_->addItem(tr("Returns"), static_cast<int>(ReturnKind::Return));
    kind_->addItem(tr("Write-offs"), static_cast<int>(ReturnKind::WriteOff));
    if (mayEnter_) {
        new_->setToolTip(tr("Enter a return or a write-off"));
    } else {
        new_->setEnabled(false);
        new_->setToolTip(tr("Needs the right “%1”.").arg(QLatin1String(kReturnsRight)));
    }
    view_->setSourceModel(model_);
    view_->filterEdit()->setPlaceholderText(tr("Filter (Ctrl+F)"));
    view_->setStretchColumn(ReturnTableModel::Note);
    QHBoxLayout* bar = view_->toolbarLayout();
    bar->insertWidget(1, kind_);
    bar->insertSpacing(2, 12);
    bar->insertWidget(3, new_);
    QTableView* table = view_->table();
    table->setObjectName(QStringLiteral("returnTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setItemDelegateForColumn(ReturnTableModel::Amount, new MoneyDelegate(table));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(view_, 1);
    layout->addWidget(totals_);
    connect(kind_, &QComboBox::currentIndexChanged, this, &ReturnsPanel::reload);
    connect(new_, &QPushButton::clicked, this, &ReturnsPanel::openNewDialog);
}

void ReturnsPanel::reload() {
    ReturnFilter filter;
    if (const int kind = kind_->currentData().toInt(); kind >= 0) {
        filter.kind = static_cast<ReturnKind>(kind);
    }
    std::vector<ReturnEntry> entries;
    try {
        entries = list_returns(session_.connection(), filter);
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the returns"), qs(e.what()));
    }
    qint64 returned = 0;
    qint64 writtenOff = 0;
    for (const ReturnEntry& e : entries) {
        (e.kind == ReturnKind::Return ? returned : writtenOff) += e.amount_cents;
    }
    totals_->setText(tr("Returns %1, write-offs %2.")
                         .arg(formatMinorUnits(returned), formatMinorUnits(writtenOff)));
    model_->setReturns(std::move(entries));
    view_->updateCount();
    view_->fitColumns();
}

ReturnDialog* ReturnsPanel::openNewDialog() {
    if (!mayEnter_) {
        return nullptr;
    }
    DiscountChoices choices;
    try {
        choices = loadDiscountChoices(session_.connection(), session_.today());
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the file"), qs(e.what()));
        return nullptr;
    }
    auto* dialog = new ReturnDialog(
        choices,
        [this](const NewReturn& in) {
            LedgerCommand::Steps s;
            s.book = [this, in] {
                return enter_return(session_.connection(), session_.action(), in);
            };
            s.reverse = [this](std::int64_t id) {
                delete_return(session_.connection(), session_.action(), id,
                              "undo: entered by mistake");
            };
            s.bookRefused = tr("Not entered");
            s.reverseRefused = tr("Entry not undone");
            const QString what = in.kind == ReturnKind::Return ? tr("return of %1 from %2")
                                                               : tr("write-off of %1 for %2");
            auto* command = new LedgerCommand(
                what.arg(formatMinorUnits(in.amount_cents), qs(in.account)), std::move(s),
                [this](const QString& title, const QString& message) {
                    refusedLast_ = true;
                    showRefusal(dialog_ != nullptr ? dialog_.data() : this, title, message);
                },
                [this] {
                    reload();
                    emit returnsChanged();
                });
            refusedLast_ = false;
            undoStack_->push(command);  // runs redo()
            return !refusedLast_;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    dialog->open();
    return dialog;
}

}  // namespace uplift::app
