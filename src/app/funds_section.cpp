#include "funds_section.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "analytics/budget_vs_actual.h"
#include "app_session.h"
#include "claims_panel.h"
#include "error_display.h"
#include "filtered_table_view.h"
#include "fund_bar_delegate.h"
#include "fund_ledger_model.h"
#include "fund_rules_panel.h"
#include "fund_text.h"
#include "fund_tree_model.h"
#include "funds/claims.h"
#include "item_roles.h"
#include "money_delegate.h"
#include "money_format.h"
#include "promotions/promotion_store.h"
#include "text_conversions.h"

namespace uplift::app {

FundsSection::FundsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      undoStack_(undoStack),
      model_(new FundTreeModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      ledger_(new FundLedgerModel(this)),
      tabs_(new QTabWidget(this)) {
    tabs_->setObjectName(QStringLiteral("fundTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(buildFundsPage(), tr("Fun&ds"));
    claims_ = new ClaimsPanel(session_, undoStack_, this);
    tabs_->addTab(claims_, tr("C&laims"));
    connect(claims_, &ClaimsPanel::claimsChanged, this, &FundsSection::afterChange);
    rules_ = new FundRulesPanel(session_, this);
    rules_->setObjectName(QStringLiteral("fundRulesPanel"));
    tabs_->addTab(rules_, tr("&Rules"));
    // A run books money: the tree and the ledger show it at once.
    connect(rules_, &FundRulesPanel::rulesChanged, this, &FundsSection::afterChange);
    connect(claims_, &ClaimsPanel::promotionRequested, this, &FundsSection::promotionRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    tabs_->setCurrentIndex(QSettings().value(QStringLiteral("funds/tab"), 0).toInt());
    connect(tabs_, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("funds/tab"), index); });
}

QWidget* FundsSection::buildFundsPage() {
    auto* page = new QWidget(this);
    filter_ = new QLineEdit(page);
    filter_->setObjectName(QStringLiteral("fundFilterEdit"));
    filter_->setPlaceholderText(tr("Find a fund"));
    filter_->setClearButtonEnabled(true);
    filter_->setMaximumWidth(320);
    newFund_ = new QPushButton(tr("&New fund…"), page);
    allocate_ = new QPushButton(tr("&Allocate…"), page);
    transfer_ = new QPushButton(tr("T&ransfer…"), page);
    newFund_->setObjectName(QStringLiteral("newFundButton"));
    allocate_->setObjectName(QStringLiteral("allocateButton"));
    transfer_->setObjectName(QStringLiteral("transferButton"));
    setRight(newFund_, "funds.create", tr("A new fund, at the top or below the selected one"));
    setRight(allocate_, "funds.create", tr("Budget for the selected fund (Ctrl+Shift+A)"));
    setRight(transfer_, "funds.transfer", tr("Move budget from the selected fund (Ctrl+Shift+T)"));
    allocate_->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    transfer_->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(filter_);
    bar->addSpacing(12);
    bar->addWidget(newFund_);
    bar->addWidget(allocate_);
    bar->addWidget(transfer_);
    bar->addStretch(1);
    auto* legend = new QLabel(page);
    legend->setObjectName(QStringLiteral("fundBarLegend"));
    const auto swatch = [](const QColor& c) {
        return QStringLiteral("<span style=\"color:%1\">■</span>").arg(c.name());
    };
    legend->setText(tr("%1 spent  %2 committed  %3 free  %4 at warning level  %5 over budget")
                        .arg(swatch(FundBarDelegate::spentColor(FundLevel::Normal)),
                             swatch(FundBarDelegate::committedColor(FundLevel::Normal)),
                             swatch(FundBarDelegate::freeColor().darker(115)),
                             swatch(FundBarDelegate::spentColor(FundLevel::Warning)),
                             swatch(FundBarDelegate::spentColor(FundLevel::Over))));
    legend->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    bar->addWidget(legend);

    proxy_->setSourceModel(model_);
    proxy_->setSortRole(SortRole);
    proxy_->setFilterKeyColumn(FundTreeModel::Name);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setRecursiveFilteringEnabled(true);
    proxy_->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setSortLocaleAware(true);
    tree_ = new QTreeView(page);
    tree_->setObjectName(QStringLiteral("fundTree"));
    tree_->setModel(proxy_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree_->setAllColumnsShowFocus(true);
    tree_->header()->setSortIndicator(-1, Qt::AscendingOrder);
    tree_->setSortingEnabled(true);
    // The figures keep their width, the bar a fixed one; the scope gives way when space is short.
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    tree_->header()->setSectionResizeMode(FundTreeModel::Scope, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(FundTreeModel::Bar, QHeaderView::Fixed);
    tree_->header()->resizeSection(FundTreeModel::Bar, 22 * fontMetrics().averageCharWidth());
    auto* money = new MoneyDelegate(tree_);
    for (int c = FundTreeModel::Allocated; c <= FundTreeModel::Available; ++c) {
        tree_->setItemDelegateForColumn(c, money);
    }
    tree_->setItemDelegateForColumn(FundTreeModel::Bar, new FundBarDelegate(tree_));

    ledgerTitle_ = new QLabel(page);
    ledgerTitle_->setObjectName(QStringLiteral("ledgerTitle"));
    ledgerTitle_->setWordWrap(true);
    ledgerTitle_->setTextFormat(Qt::RichText);
    ledgerView_ = new FilteredTableView(page);
    ledgerView_->setSourceModel(ledger_);
    ledgerView_->filterEdit()->setPlaceholderText(tr("Filter the ledger (Ctrl+F)"));
    ledgerView_->setStretchColumn(FundLedgerModel::Reason);
    QTableView* table = ledgerView_->table();
    table->setObjectName(QStringLiteral("fundLedgerTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setItemDelegateForColumn(FundLedgerModel::Amount, new MoneyDelegate(table));
    table->setMouseTracking(true);
    auto* ledgerPane = new QWidget(page);
    auto* ledgerLayout = new QVBoxLayout(ledgerPane);
    ledgerLayout->setContentsMargins(0, 6, 0, 0);
    ledgerLayout->addWidget(ledgerTitle_);
    ledgerLayout->addWidget(ledgerView_, 1);

    auto* split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("fundSplitter"));
    split->addWidget(tree_);
    split->addWidget(ledgerPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setFilterFixedString(text);
        tree_->expandAll();
    });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FundsSection::showLedger);
    connect(tree_, &QTreeView::activated, this, [this] {
        if (allocate_->isEnabled()) {
            openAllocateDialog();
        }
    });
    connect(table, &QTableView::activated, this, &FundsSection::followLink);
    connect(table, &QTableView::entered, this, [table](const QModelIndex& index) {
        const bool link = index.column() == FundLedgerModel::Source &&
                          index.data(FundLedgerModel::LinkRole).toInt() != 0;
        table->viewport()->setCursor(link ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    connect(newFund_, &QPushButton::clicked, this, &FundsSection::openNewFundDialog);
    connect(allocate_, &QPushButton::clicked, this, &FundsSection::openAllocateDialog);
    connect(transfer_, &QPushButton::clicked, this, &FundsSection::openTransferDialog);
    return page;
}

void FundsSection::reload() {
    const qint64 selected = currentFund();
    std::vector<BudgetRow> rows =
        budget_vs_actual(session_.connection(), {}, session_.actor().today);
    claimIds_.clear();
    for (const Claim& c : list_claims(session_.connection())) {
        claimIds_[c.id] = qs(c.claim_id);
    }
    promotionCodes_.clear();
    for (const auto& [id, code] : promotion_codes(session_.connection())) {
        promotionCodes_[id] = qs(code);
    }
    model_->setRows(std::move(rows));
    tree_->expandAll();
    for (int c = 0; c < FundTreeModel::Bar; ++c) {
        if (c != FundTreeModel::Scope) {
            tree_->resizeColumnToContents(c);
            tree_->header()->resizeSection(c, tree_->header()->sectionSize(c) + 8);
        }
    }
    if (selected != 0 && model_->row(selected) != nullptr) {
        selectFund(selected);
    } else if (!model_->rows().empty()) {
        tree_->setCurrentIndex(proxy_->index(0, 0));
    } else {
        showLedger();
    }
    claims_->reload();
    rules_->reload();
}

qint64 FundsSection::currentFund() const {
    const QModelIndex current = tree_->currentIndex();
    return current.isValid() ? current.data(FundTreeModel::FundIdRole).toLongLong() : 0;
}

void FundsSection::selectFund(qint64 id) {
    const QModelIndex index = proxy_->mapFromSource(model_->indexOf(id));
    if (!index.isValid()) {
        return;
    }
    tree_->setCurrentIndex(index);
    tree_->scrollTo(index);
    showLedger();
}

bool FundsSection::selectFund(const QString& name) {
    for (const BudgetRow& r : model_->rows()) {
        if (qs(r.fund.name) == name) {
            selectFund(r.fund.id);
            return currentFund() == r.fund.id;
        }
    }
    return false;
}

void FundsSection::showLedger() {
    const BudgetRow* row = model_->row(currentFund());
    if (row == nullptr) {
        ledger_->clear();
        ledgerTitle_->setText(model_->rows().empty()
                                  ? tr("No funds yet. “New fund…” creates the first one.")
                                  : tr("Select a fund to see its ledger."));
        return;
    }
    const Fund& f = row->fund;
    const FundLevel level = fundLevel(*row);
    QString name = qs(f.name).toHtmlEscaped();
    if (level != FundLevel::Normal) {
        name = QStringLiteral("<span style=\"color:%1\">%2 (%3)</span>")
                   .arg(fundLevelTextColor(level).name(), name, fundLevelText(level));
    }
    ledgerTitle_->setText(
        tr("<b>Ledger of %1</b> — %2 · %3 · %4%5 · budget %6, available %7")
            .arg(name, FundText::type(f).toHtmlEscaped(), FundText::scope(f).toHtmlEscaped(),
                 FundText::period(f).toHtmlEscaped(),
                 f.owner.empty() ? QString() : tr(" · owner %1").arg(qs(f.owner).toHtmlEscaped()),
                 formatMinorUnits(row->figures.budget()),
                 formatMinorUnits(row->figures.available())));
    LedgerSourceNames names;
    names.fund = [this](qint64 id) {
        const BudgetRow* r = model_->row(id);
        return r != nullptr ? qs(r->fund.name) : QString();
    };
    names.fundColor = [this](qint64 id) {
        const BudgetRow* r = model_->row(id);
        return r != nullptr ? fundLevelTextColor(fundLevel(*r)) : QColor();
    };
    names.promotion = [this](qint64 id) {
        const auto it = promotionCodes_.find(id);
        return it != promotionCodes_.end() ? it->second : QString();
    };
    names.claim = [this](qint64 id) {
        const auto it = claimIds_.find(id);
        return it != claimIds_.end() ? it->second : QString();
    };
    try {
        ledger_->setEntries(fund_entries(session_.connection(), f.id), names);
    } catch (const std::exception& e) {
        ledger_->clear();
        showRefusal(this, tr("Cannot read the ledger"), qs(e.what()));
    }
    ledgerView_->fitColumns();
}

void FundsSection::followLink(const QModelIndex& ledgerIndex) {
    const auto link = static_cast<LedgerLink>(ledgerIndex.data(FundLedgerModel::LinkRole).toInt());
    const qint64 target = ledgerIndex.data(FundLedgerModel::LinkTargetRole).toLongLong();
    switch (link) {
        case LedgerLink::Promotion:
            emit promotionRequested(target);
            break;
        case LedgerLink::Fund:
            filter_->clear();
            selectFund(target);
            tree_->setFocus();
            break;
        case LedgerLink::Claim:
            tabs_->setCurrentWidget(claims_);
            claims_->selectClaim(target);
            break;
        case LedgerLink::None:
            break;
    }
}

QString FundsSection::selectionAsText() const {
    if (!tree_->hasFocus()) {
        return SectionWidget::selectionAsText();
    }
    const QModelIndex current = tree_->currentIndex();
    if (!current.isValid()) {
        return {};
    }
    QStringList header;
    QStringList fields;
    for (int c = 0; c < FundTreeModel::Bar; ++c) {
        header << model_->headerData(c, Qt::Horizontal).toString();
        fields << current.siblingAtColumn(c).data().toString();
    }
    return header.join(QLatin1Char('\t')) + QLatin1Char('\n') + fields.join(QLatin1Char('\t'));
}

void FundsSection::afterChange() {
    try {
        reload();
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the file"), qs(e.what()));
    }
    emit fundsChanged();
}

void FundsSection::refused(const QString& title, const QString& message) {
    refusedLast_ = true;
    QWidget* on = dialog_ != nullptr ? static_cast<QWidget*>(dialog_.data()) : this;
    showRefusal(on, title, message);
}

}  // namespace uplift::app
