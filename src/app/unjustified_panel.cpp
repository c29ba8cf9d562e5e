#include "unjustified_panel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app_session.h"
#include "atomic_file.h"
#include "background_jobs.h"
#include "db/uplift_file.h"
#include "discount_choices.h"
#include "error_display.h"
#include "errors.h"
#include "exact_format.h"
#include "filtered_table_view.h"
#include "money_delegate.h"
#include "money_format.h"
#include "report_pdf_export.h"
#include "reports/report_table.h"
#include "text_conversions.h"
#include "unjustified_models.h"

namespace uplift::app {

UnjustifiedPanel::UnjustifiedPanel(AppSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      groupModel_(new UnjustifiedGroupModel(this)),
      rowModel_(new UnjustifiedRowModel(this)),
      groups_(new FilteredTableView(this)),
      rowsView_(new FilteredTableView(this)),
      run_(new QPushButton(tr("&Find unjustified discounts"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      export_(new QPushButton(tr("E&xport…"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      totals_(new QLabel(this)),
      rowsTitle_(new QLabel(this)),
      period_(new QComboBox(this)) {
    setObjectName(QStringLiteral("unjustifiedPanel"));
    run_->setObjectName(QStringLiteral("runUnjustifiedButton"));
    cancel_->setObjectName(QStringLiteral("cancelUnjustifiedButton"));
    export_->setObjectName(QStringLiteral("exportUnjustifiedButton"));
    progress_->setObjectName(QStringLiteral("unjustifiedProgress"));
    status_->setObjectName(QStringLiteral("unjustifiedStatus"));
    totals_->setObjectName(QStringLiteral("unjustifiedTotals"));
    run_->setToolTip(
        tr("Check every invoiced discount of the actuals against the approved "
           "promotions and conditions (runs in the background)"));
    export_->setToolTip(tr("Save the rows listed below as CSV or PDF"));
    export_->setEnabled(false);
    cancel_->setVisible(false);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->setMaximumWidth(240);
    progress_->setVisible(false);
    status_->setText(tr("Not run yet."));
    status_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    // The period and account of the next scan; "All" reads every actuals row.
    period_->setObjectName(QStringLiteral("unjustifiedPeriod"));
    period_->addItem(tr("All weeks"), QStringLiteral("all"));
    period_->addItem(tr("This month"), QStringLiteral("month"));
    period_->addItem(tr("Last month"), QStringLiteral("last-month"));
    period_->addItem(tr("This quarter"), QStringLiteral("quarter"));
    period_->addItem(tr("This year"), QStringLiteral("year"));
    period_->addItem(tr("Last 12 months"), QStringLiteral("12-months"));
    period_->setToolTip(tr("Weeks to check, counted from today"));
    // The accounts come with reloadChoices(), when the section is first shown.
    account_ = makeAccountCombo(DiscountChoices{}, tr("All accounts"), this);
    account_->setObjectName(QStringLiteral("unjustifiedAccount"));
    account_->setToolTip(tr("An account and the accounts below it"));
    account_->setMinimumContentsLength(18);

    groups_->setSourceModel(groupModel_);
    groups_->filterEdit()->setPlaceholderText(tr("Filter (Ctrl+F)"));
    groups_->setStretchColumn(UnjustifiedGroupModel::Reason);
    QHBoxLayout* bar = groups_->toolbarLayout();
    bar->insertSpacing(1, 12);
    bar->insertWidget(2, period_);
    bar->insertWidget(3, account_);
    bar->insertWidget(4, run_);
    bar->insertWidget(5, progress_);
    bar->insertWidget(6, cancel_);
    bar->insertWidget(7, status_);
    bar->addWidget(export_);
    QTableView* groupTable = groups_->table();
    groupTable->setObjectName(QStringLiteral("unjustifiedGroupTable"));
    groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    groupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* money = new MoneyDelegate(groupTable);
    for (int c = UnjustifiedGroupModel::Invoiced; c <= UnjustifiedGroupModel::Excess; ++c) {
        groupTable->setItemDelegateForColumn(c, money);
    }
    groupTable->setToolTip(tr("Double-click (or Enter) a group to list its rows"));
    totals_->setTextFormat(Qt::RichText);
    groups_->addBelowTable(totals_);

    rowsView_->setSourceModel(rowModel_);
    rowsView_->filterEdit()->setPlaceholderText(tr("Filter rows"));
    rowsView_->setStretchColumn(UnjustifiedRowModel::Reason);
    rowsView_->toolbarLayout()->insertWidget(0, rowsTitle_);
    rowsTitle_->setObjectName(QStringLiteral("unjustifiedRowsTitle"));
    rowsTitle_->setTextFormat(Qt::RichText);
    QTableView* rowTable = rowsView_->table();
    rowTable->setObjectName(QStringLiteral("unjustifiedRowTable"));
    rowTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    rowTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* rowMoney = new MoneyDelegate(rowTable);
    for (int c = UnjustifiedRowModel::Invoiced; c <= UnjustifiedRowModel::Excess; ++c) {
        rowTable->setItemDelegateForColumn(c, rowMoney);
    }

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("unjustifiedSplitter"));
    split->addWidget(groups_);
    split->addWidget(rowsView_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(split, 1);

    connect(run_, &QPushButton::clicked, this, &UnjustifiedPanel::start);
    // A new period or account is a new question: answer it at once.
    connect(period_, &QComboBox::currentIndexChanged, this, &UnjustifiedPanel::start);
    connect(account_, &QComboBox::currentIndexChanged, this, &UnjustifiedPanel::start);
    connect(cancel_, &QPushButton::clicked, this, &UnjustifiedPanel::cancel);
    connect(export_, &QPushButton::clicked, this, &UnjustifiedPanel::chooseExportFile);
    connect(groupTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { drillDown(index.row()); });
    connect(&watcher_, &QFutureWatcher<UnjustifiedScan>::finished, this, &UnjustifiedPanel::done);
}

UnjustifiedPanel::~UnjustifiedPanel() {
    cancelFlag_.store(true);
    watcher_.waitForFinished();
}

void UnjustifiedPanel::start() {
    if (running_) {
        return;
    }
    running_ = true;
    cancelFlag_.store(false);
    run_->setEnabled(false);
    cancel_->setVisible(true);
    cancel_->setEnabled(true);
    progress_->setValue(0);
    progress_->setVisible(true);
    status_->setText(tr("Scanning the actuals…"));
    const std::filesystem::path database = toPath(session_.filePath());
    const UnjustifiedFilter filter = this->filter();
    // Progress comes back on the UI thread, at most once per per-mille step.
    QPointer<QProgressBar> bar = progress_;
    auto report = [bar, last = std::make_shared<std::atomic<int>>(-1)](std::int64_t done,
                                                                       std::int64_t total) {
        if (total <= 0) {
            return;
        }
        const int permille = static_cast<int>(done * 1000 / total);
        if (last->exchange(permille) == permille) {
            return;
        }
        QMetaObject::invokeMethod(
            bar,
            [bar, permille] {
                if (bar != nullptr) {
                    bar->setValue(permille);
                }
            },
            Qt::QueuedConnection);
    };
    watcher_.setFuture(QtConcurrent::run(backgroundJobPool(), [database, filter, report, this] {
        UnjustifiedScan out;
        try {
            // One connection per thread: never the GUI's.
            db::Connection conn = db::open_file(database);
            out.rows = find_unjustified_discounts(conn, filter, report, &cancelFlag_);
        } catch (const Cancelled&) {
            out.cancelled = true;
        } catch (const std::exception& e) {
            out.error = qs(e.what());
        } catch (...) {
            out.error = tr("unexpected error");
        }
        return out;
    }));
}

UnjustifiedFilter UnjustifiedPanel::filter() const {
    UnjustifiedFilter f;
    f.account = utf8(chosenAccount(account_));
    const QString kind = period_->currentData().toString();
    const QDate today = session_.today();
    const QDate month(today.year(), today.month(), 1);
    QDate from;
    QDate to = today;
    if (kind == QLatin1String("month")) {
        from = month;
    } else if (kind == QLatin1String("last-month")) {
        from = month.addMonths(-1);
        to = month.addDays(-1);
    } else if (kind == QLatin1String("quarter")) {
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    } else if (kind == QLatin1String("year")) {
        from = QDate(today.year(), 1, 1);
    } else if (kind == QLatin1String("12-months")) {
        from = month.addMonths(-11);
    }
    if (from.isValid()) {
        f.from = toDate(from);
        f.to = toDate(to);
    }
    return f;
}

void UnjustifiedPanel::cancel() {
    if (running_) {
        cancelFlag_.store(true);
        cancel_->setEnabled(false);
        status_->setText(tr("Cancelling…"));
    }
}

void UnjustifiedPanel::done() {
    UnjustifiedScan scan = watcher_.result();
    running_ = false;
    run_->setEnabled(true);
    run_->setText(tr("&Run again"));
    cancel_->setVisible(false);
    progress_->setVisible(false);
    if (scan.cancelled) {
        status_->setText(hasResult_ ? tr("Cancelled: the list shows the previous run.")
                                    : tr("Cancelled."));
        emit finished();
        return;
    }
    if (!scan.error.isEmpty()) {
        status_->setText(tr("Failed."));
        showRefusal(this, tr("Cannot check the discounts"), scan.error);
        emit finished();
        return;
    }
    all_ = std::move(scan.rows);
    hasResult_ = true;
    std::vector<UnjustifiedGroup> groups = group_unjustified(all_);
    std::int64_t invoiced = 0;
    Exact entitled;
    Exact excess;
    for (const UnjustifiedGroup& g : groups) {
        invoiced += g.invoiced_cents;
        entitled += g.entitled;
        excess += g.excess;
    }
    const QLocale locale;
    status_->setText(all_.empty()
                         ? tr("Every invoiced discount is covered by a promotion or a condition.")
                         : tr("%1 rows flagged in %2 groups.")
                               .arg(locale.toString(static_cast<qint64>(all_.size())))
                               .arg(locale.toString(static_cast<qint64>(groups.size()))));
    totals_->setText(
        tr("<b>Total</b>: invoiced %1, entitled %2, <b>excess %3</b>")
            .arg(formatMinorUnits(invoiced), formatExactMoney(entitled), formatExactMoney(excess)));
    groupModel_->setGroups(std::move(groups));
    groups_->updateCount();
    groups_->fitColumns();
    rowModel_->setRows(all_);
    rowsTitle_->setText(tr("<b>All flagged rows</b>"));
    rowsView_->updateCount();
    rowsView_->fitColumns();
    export_->setEnabled(!all_.empty());
    emit finished();
}

void UnjustifiedPanel::drillDown(int row) {
    const QModelIndex source = groups_->proxy()->mapToSource(groups_->proxy()->index(row, 0));
    if (!source.isValid()) {
        return;
    }
    const UnjustifiedGroup& g = groupModel_->group(source.row());
    std::vector<UnjustifiedRow> rows;
    for (const UnjustifiedRow& r : all_) {
        if (inGroup(r, g)) {
            rows.push_back(r);
        }
    }
    rowModel_->setRows(std::move(rows));
    rowsTitle_->setText(
        tr("<b>Rows of %1 · %2 · %3</b>")
            .arg(qs(g.account).toHtmlEscaped(), unjustifiedReasonText(g.reason).toHtmlEscaped(),
                 source.siblingAtColumn(UnjustifiedGroupModel::Month).data().toString()));
    rowsView_->filterEdit()->clear();
    rowsView_->updateCount();
    rowsView_->fitColumns();
}

void UnjustifiedPanel::reloadChoices() {
    try {
        fillAccountCombo(account_, loadDiscountChoices(session_.connection(), session_.today()),
                         tr("All accounts"));
    } catch (const std::exception&) {
        // An unreadable file shows its error when the scan runs.
    }
}

void UnjustifiedPanel::markOutdated() {
    if (hasResult_ && !running_) {
        status_->setText(tr("The file changed since this run: run again to update."));
    }
}

bool UnjustifiedPanel::exportCsv(const QString& path, QString* error) const {
    try {
        report_export::write_file_atomically(utf8(path),
                                             unjustifiedCsv(rowModel_->rows()).toStdString());
    } catch (const std::exception& e) {
        *error = qs(e.what());
        return false;
    }
    return true;
}

bool UnjustifiedPanel::exportPdf(const QString& path, QString* error) const {
    // The same document as `uplift-cli report unjustified-discounts --format pdf`.
    QStringList filters{period_->currentText()};
    const QString account = chosenAccount(account_);
    filters << (account.isEmpty() ? tr("all accounts") : tr("account %1 and below").arg(account));
    if (!rowsTitle_->text().isEmpty()) {
        filters << QTextDocumentFragment::fromHtml(rowsTitle_->text()).toPlainText();
    }
    try {
        writeReportPdf(session_, path, unjustified_table(rowModel_->rows(), std::nullopt), filters);
    } catch (const std::exception& e) {
        *error = qs(e.what());
        return false;
    }
    return true;
}

void UnjustifiedPanel::chooseExportFile() {
    QString chosenFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export unjustified discounts"), QStringLiteral("unjustified_discounts.csv"),
        tr("CSV files (*.csv);;PDF files (*.pdf)"), &chosenFilter);
    if (path.isEmpty()) {
        return;
    }
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
                     chosenFilter.contains(QLatin1String("*.pdf"));
    QString error;
    if (!(pdf ? exportPdf(path, &error) : exportCsv(path, &error))) {
        showRefusal(this, tr("Cannot write %1").arg(path), error);
        return;
    }
    status_->setText(
        tr("%n rows saved to %1.", nullptr, static_cast<int>(rowModel_->rowCount())).arg(path));
}

}  // namespace uplift::app
