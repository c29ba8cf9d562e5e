#include "reports_section.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app_session.h"
#include "background_jobs.h"
#include "background_outcome.h"
#include "db/uplift_file.h"
#include "discount_choices.h"
#include "error_display.h"
#include "errors.h"
#include "funds/fund.h"
#include "masterdata/accounts.h"
#include "pdf_document.h"
#include "pivot_builder.h"
#include "report_chart_view.h"
#include "report_export_dialog.h"
#include "report_pdf_export.h"
#include "report_table_model.h"
#include "reports/pivot_saved.h"
#include "source_rows_dialog.h"
#include "sql_console.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

// Which page an entry of the list opens (ReportsPage); the standard reports' kind is in
// Qt::UserRole.
constexpr int kPageRole = Qt::UserRole + 1;
// A saved pivot's entry: {name, owner} (owner empty: the user's own).
constexpr int kSavedPivotRole = Qt::UserRole + 2;

// The "By" choices of a report: the CLI's word and what the combo shows; the first is the
// default.
QList<QPair<QString, QString>> reportGroupings(ReportKind kind) {
    switch (kind) {
        case ReportKind::Roi:
            return {{QStringLiteral("promotion"), ReportsSection::tr("Promotion")},
                    {QStringLiteral("campaign"), ReportsSection::tr("Campaign")},
                    {QStringLiteral("brand"), ReportsSection::tr("Brand")},
                    {QStringLiteral("account"), ReportsSection::tr("Account")},
                    {QStringLiteral("channel"), ReportsSection::tr("Channel")}};
        case ReportKind::BrandChannel:
            return {{QStringLiteral("month"), ReportsSection::tr("Month")},
                    {QStringLiteral("week"), ReportsSection::tr("Week")},
                    {QStringLiteral("quarter"), ReportsSection::tr("Quarter")},
                    {QStringLiteral("fiscal"), ReportsSection::tr("Fiscal year")}};
        case ReportKind::Discounts:
            return {{QStringLiteral("reason"), ReportsSection::tr("Reason")},
                    {QStringLiteral("account"), ReportsSection::tr("Account")},
                    {QStringLiteral("month"), ReportsSection::tr("Month")},
                    {QStringLiteral("depth"), ReportsSection::tr("Depth")},
                    {QStringLiteral("approver"), ReportsSection::tr("Approver")}};
        case ReportKind::Unjustified:
            return {{QStringLiteral("all"), ReportsSection::tr("Account × reason × month")},
                    {QStringLiteral("rows"), ReportsSection::tr("Rows")},
                    {QStringLiteral("account"), ReportsSection::tr("Account")},
                    {QStringLiteral("reason"), ReportsSection::tr("Reason")},
                    {QStringLiteral("month"), ReportsSection::tr("Month")}};
        case ReportKind::PostEvent:
            return {{QStringLiteral("weeks"), ReportsSection::tr("Week")},
                    {QStringLiteral("waterfall"), ReportsSection::tr("Waterfall")}};
        case ReportKind::Budget:
            return {{QString(), ReportsSection::tr("Today")},
                    {QStringLiteral("month"), ReportsSection::tr("Month")},
                    {QStringLiteral("quarter"), ReportsSection::tr("Quarter")},
                    {QStringLiteral("fiscal"), ReportsSection::tr("Fiscal year")}};
        case ReportKind::Targets:
            return {{QStringLiteral("target"), ReportsSection::tr("Target")},
                    {QStringLiteral("period"), ReportsSection::tr("Period")},
                    {QStringLiteral("account"), ReportsSection::tr("Account")},
                    {QStringLiteral("brand"), ReportsSection::tr("Brand")},
                    {QStringLiteral("rep"), ReportsSection::tr("Rep")}};
        case ReportKind::FundActivity:
            return {};
    }
    return {};
}

bool reportTakesBrand(ReportKind kind) {
    return kind == ReportKind::Roi || kind == ReportKind::BrandChannel ||
           kind == ReportKind::Budget || kind == ReportKind::Targets;
}

bool reportTakesChannel(ReportKind kind) {
    return kind == ReportKind::Roi || kind == ReportKind::BrandChannel ||
           kind == ReportKind::Budget;
}

bool reportTakesAccount(ReportKind kind) {
    return kind == ReportKind::Roi || kind == ReportKind::Budget || kind == ReportKind::Discounts ||
           kind == ReportKind::Unjustified || kind == ReportKind::Targets;
}

bool reportTakesRegion(ReportKind kind) {
    return kind == ReportKind::BrandChannel || kind == ReportKind::Budget;
}

// The statuses a promotion shows, as `report roi --status` takes them.
const char* const kPromotionStatuses[] = {"draft",    "planned",  "submitted", "approved",
                                          "rejected", "active",   "ended",     "settled",
                                          "closed",   "cancelled"};

// Budget vs actual is as of today (or each period's end), a post-event sheet covers its
// promotion's weeks, targets their periods, a fund's activity its whole ledger: no dates.
bool reportTakesDates(ReportKind kind) {
    return kind == ReportKind::Roi || kind == ReportKind::BrandChannel ||
           kind == ReportKind::Discounts || kind == ReportKind::Unjustified;
}

// Refills a combo of names with "all" first, keeping the choice when it is still offered.
void fillNameCombo(QComboBox* combo, const QString& allText, const QStringList& names) {
    const QString kept = combo->currentData().toString();
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& n : names) {
        combo->addItem(n, n);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(kept)));
}

QLabel* filterLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    label->setContentsMargins(0, 0, 2, 0);  // the last glyph whole, in any font
    return label;
}

}  // namespace

ReportsSection::ReportsSection(AppSession& session, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      list_(new QListWidget(this)),
      title_(new QLabel(this)),
      from_(new QDateEdit(this)),
      to_(new QDateEdit(this)),
      allDates_(new QCheckBox(tr("All &dates"), this)),
      by_(new QComboBox(this)),
      brand_(new QComboBox(this)),
      channel_(new QComboBox(this)),
      promotion_(new QComboBox(this)),
      fund_(new QComboBox(this)),
      region_(new QComboBox(this)),
      category_(new QComboBox(this)),
      status_filter_(new QComboBox(this)),
      run_(new QPushButton(tr("&Run"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      export_(new QPushButton(tr("E&xport…"), this)),
      print_(new QPushButton(tr("Pr&int…"), this)),
      busy_(new QProgressBar(this)),
      status_(new QLabel(this)),
      notes_(new QLabel(this)),
      chart_(new ReportChartView(this)),
      view_(new FilteredTableView(this)),
      model_(new ReportTableModel(this)),
      job_(cancel_, busy_, status_) {
    setObjectName(QStringLiteral("reportsSection"));

    // The standard reports, in the order of the CLI's `report` help.
    list_->setObjectName(QStringLiteral("reportList"));
    const std::pair<ReportKind, QString> reports[] = {
        {ReportKind::Roi, tr("Promotion ROI")},
        {ReportKind::BrandChannel, tr("Brand × channel")},
        {ReportKind::Discounts, tr("Discount analysis")},
        {ReportKind::Unjustified, tr("Unjustified discounts")},
        {ReportKind::Budget, tr("Budget vs actual")},
        {ReportKind::PostEvent, tr("Post-event sheet")},
        {ReportKind::Targets, tr("Targets")},
        {ReportKind::FundActivity, tr("Fund activity")},
    };
    for (const auto& [kind, text] : reports) {
        auto* item = new QListWidgetItem(text, list_);
        item->setData(Qt::UserRole, static_cast<int>(kind));
        item->setData(kPageRole, static_cast<int>(ReportsPage::Standard));
    }
    // Ad-hoc analysis after the standard reports.
    auto* adhoc = new QListWidgetItem(tr("Ad-hoc"), list_);
    adhoc->setFlags(Qt::NoItemFlags);
    QFont heading = adhoc->font();
    heading.setBold(true);
    adhoc->setFont(heading);
    auto* pivot = new QListWidgetItem(tr("Pivot"), list_);
    pivot->setData(kPageRole, static_cast<int>(ReportsPage::Pivot));
    pivot->setToolTip(tr("Any dimensions by any measures over the reporting views"));
    // The saved pivots come here, under Pivot (refreshSavedPivots).
    auto* sql = new QListWidgetItem(tr("SQL console"), list_);
    sql->setData(kPageRole, static_cast<int>(ReportsPage::SqlConsole));
    sql->setToolTip(tr("Read-only SQL over the reporting views (docs/reporting-views.md)"));
    list_->setCurrentRow(0);
    list_->setFixedWidth(list_->sizeHintForColumn(0) + 32);
    // Saved pivots' long names are cut with "…" (their tooltip has the whole name).
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setTextElideMode(Qt::ElideRight);
    list_->setToolTip(tr("The standard reports: the same figures as uplift-cli report"));

    title_->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title_->setFont(titleFont);

    // Dates: a period both ends included; "All dates" leaves them out.
    const QDate today = session_.today();
    for (QDateEdit* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    for (QDateEdit* edit : {from_, to_}) {
        // Room for the whole date and the popup button, in any style.
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) +
                              48);
    }
    from_->setObjectName(QStringLiteral("reportFrom"));
    to_->setObjectName(QStringLiteral("reportTo"));
    from_->setDate(QDate(today.year(), 1, 1));
    to_->setDate(QDate(today.year(), 12, 31));
    allDates_->setObjectName(QStringLiteral("reportAllDates"));
    allDates_->setChecked(true);
    allDates_->setToolTip(tr("Report over every date in the file"));

    by_->setObjectName(QStringLiteral("reportBy"));
    brand_->setObjectName(QStringLiteral("reportBrand"));
    channel_->setObjectName(QStringLiteral("reportChannel"));
    brand_->addItem(tr("All brands"), QString());
    channel_->addItem(tr("All channels"), QString());
    // Accounts, brands, channels and promotions come with reload(), when the section is first
    // shown: opening a file reads nothing for a section nobody looks at.
    account_ = makeAccountCombo(DiscountChoices{}, tr("All accounts"), this);
    account_->setObjectName(QStringLiteral("reportAccount"));
    account_->setToolTip(tr("An account and the accounts below it"));
    account_->setMinimumContentsLength(16);
    // The promotions by id, typed or chosen; thousands of them complete on any part.
    promotion_->setObjectName(QStringLiteral("reportPromotion"));
    promotion_->setEditable(true);
    promotion_->setInsertPolicy(QComboBox::NoInsert);
    promotion_->setMinimumContentsLength(12);
    promotion_->setToolTip(tr("The promotion whose sheet to show (its id)"));
    if (promotion_->completer() != nullptr) {
        promotion_->completer()->setFilterMode(Qt::MatchContains);
        promotion_->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }

    region_->setObjectName(QStringLiteral("reportRegion"));
    region_->addItem(tr("All regions"), QString());
    category_->setObjectName(QStringLiteral("reportCategory"));
    category_->addItem(tr("All categories"), QString());
    status_filter_->setObjectName(QStringLiteral("reportStatusFilter"));
    status_filter_->addItem(tr("Any status"), QString());
    for (const char* status : kPromotionStatuses) {
        status_filter_->addItem(QString::fromLatin1(status), QString::fromLatin1(status));
    }
    status_filter_->setToolTip(tr("Only promotions in this status (as shown: active, ended…)"));
    fund_->setObjectName(QStringLiteral("reportFund"));
    fund_->setMinimumContentsLength(14);
    fund_->setToolTip(tr("The fund whose ledger to show"));

    run_->setObjectName(QStringLiteral("runReportButton"));
    run_->setToolTip(tr("Run the report with these options (runs in the background)"));
    run_->setDefault(true);
    cancel_->setObjectName(QStringLiteral("cancelReportButton"));
    cancel_->setVisible(false);
    export_->setObjectName(QStringLiteral("exportReportButton"));
    export_->setToolTip(tr("Save the table as CSV (plain, for Excel, for Russian Excel) or PDF"));
    export_->setEnabled(false);
    print_->setObjectName(QStringLiteral("printReportButton"));
    print_->setToolTip(tr("Print the report as its PDF looks (Ctrl+P)"));
    print_->setShortcut(QKeySequence::Print);
    print_->setEnabled(false);
    busy_->setObjectName(QStringLiteral("reportBusy"));
    busy_->setRange(0, 0);
    busy_->setTextVisible(false);
    busy_->setMaximumWidth(120);
    busy_->setVisible(false);
    status_->setObjectName(QStringLiteral("reportStatus"));
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    status_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    // The options above the table: the period on one line, grouping and filters on the next.
    auto* period = new QHBoxLayout;
    period->addWidget(filterLabel(tr("Fro&m"), from_, this));
    period->addWidget(from_);
    period->addWidget(filterLabel(tr("T&o"), to_, this));
    period->addWidget(to_);
    period->addWidget(allDates_);
    period->addStretch(1);
    auto* options = new QHBoxLayout;
    byLabel_ = filterLabel(tr("&By"), by_, this);
    options->addWidget(byLabel_);
    options->addWidget(by_);
    options->addSpacing(8);
    brandLabel_ = filterLabel(tr("Bra&nd"), brand_, this);
    options->addWidget(brandLabel_);
    options->addWidget(brand_);
    options->addSpacing(8);
    channelLabel_ = filterLabel(tr("C&hannel"), channel_, this);
    options->addWidget(channelLabel_);
    options->addWidget(channel_);
    categoryLabel_ = filterLabel(tr("Ca&tegory"), category_, this);
    options->addWidget(categoryLabel_);
    options->addWidget(category_);
    regionLabel_ = filterLabel(tr("Re&gion"), region_, this);
    options->addWidget(regionLabel_);
    options->addWidget(region_);
    statusLabel_ = filterLabel(tr("&Status"), status_filter_, this);
    options->addWidget(statusLabel_);
    options->addWidget(status_filter_);
    accountLabel_ = filterLabel(tr("&Account"), account_, this);
    options->addWidget(accountLabel_);
    options->addWidget(account_);
    promotionLabel_ = filterLabel(tr("&Promotion"), promotion_, this);
    options->addWidget(promotionLabel_);
    options->addWidget(promotion_);
    fundLabel_ = filterLabel(tr("&Fund"), fund_, this);
    options->addWidget(fundLabel_);
    options->addWidget(fund_);
    options->addStretch(1);

    view_->setSourceModel(model_);
    view_->filterEdit()->setPlaceholderText(tr("Filter (Ctrl+F)"));
    view_->setStretchColumn(0);
    QHBoxLayout* bar = view_->toolbarLayout();
    bar->insertWidget(1, run_);
    bar->insertWidget(2, busy_);
    bar->insertWidget(3, cancel_);
    bar->insertWidget(4, status_, 1);
    bar->addWidget(export_);
    bar->addWidget(print_);
    QTableView* table = view_->table();
    table->setObjectName(QStringLiteral("reportTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    notes_->setObjectName(QStringLiteral("reportNotes"));
    notes_->setWordWrap(true);
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notes_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    view_->addBelowTable(notes_);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(6, 0, 0, 0);
    centreLayout->addWidget(title_);
    centreLayout->addLayout(period);
    centreLayout->addLayout(options);
    // The chart above the table; the splitter lets the table have the room when wanted.
    auto* split = new QSplitter(Qt::Vertical, centre);
    split->setObjectName(QStringLiteral("reportSplit"));
    split->addWidget(chart_);
    split->addWidget(view_);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setCollapsible(1, false);
    centreLayout->addWidget(split, 1);

    // The standard reports' page; the ad-hoc pages are made when first chosen.
    stack_ = new QStackedWidget(this);
    stack_->addWidget(centre);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(list_);
    layout->addWidget(stack_, 1);

    reportChosen();

    connect(list_, &QListWidget::currentRowChanged, this, [this] {
        if (currentPage() != ReportsPage::Standard) {
            showAdhocPage(currentPage());
            return;
        }
        stack_->setCurrentIndex(0);
        reportChosen();
        start();
    });
    connect(run_, &QPushButton::clicked, this, &ReportsSection::start);
    connect(cancel_, &QPushButton::clicked, this, &ReportsSection::cancel);
    connect(export_, &QPushButton::clicked, this, &ReportsSection::chooseExportFile);
    connect(print_, &QPushButton::clicked, this, &ReportsSection::choosePrinter);
    connect(allDates_, &QCheckBox::toggled, this, [this] {
        updateDateControls();
        start();
    });
    // A new grouping or filter is a new question: answer it at once (dates wait for Run).
    for (QComboBox* combo :
         {by_, brand_, channel_, account_, promotion_, fund_, region_, category_, status_filter_}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!filling_) {
                start();
            }
        });
    }
    connect(&watcher_, &QFutureWatcher<ReportRun>::finished, this, &ReportsSection::done);
    // Double-click and Enter both activate a cell: the rows behind its figure.
    connect(table, &QTableView::activated, this, &ReportsSection::openSourceRows);
}

ReportsSection::~ReportsSection() {
    job_.stop();
    watcher_.waitForFinished();
}

void ReportsSection::reload() {
    if (sqlConsole_ != nullptr) {
        sqlConsole_->reloadViews();
    }
    if (pivot_ != nullptr) {
        pivot_->reload();
    }
    refreshSavedPivots();
    // Brands, channels, accounts and promotions as the file has them now; a failure shows on
    // Run.
    try {
        const DiscountChoices choices =
            loadDiscountChoices(session_.connection(), session_.today());
        filling_ = true;
        fillNameCombo(brand_, tr("All brands"), choices.brands);
        fillNameCombo(channel_, tr("All channels"), choices.channels);
        fillAccountCombo(account_, choices, tr("All accounts"));
        const QString promotion = promotion_->currentText();
        promotion_->clear();
        for (const QString& code : choices.promotions) {
            promotion_->addItem(code, code);
        }
        promotion_->setCurrentIndex(std::max(0, promotion_->findData(promotion)));
        const QString fund = fund_->currentData().toString();
        fund_->clear();
        for (const Fund& f : list_funds(session_.connection())) {
            fund_->addItem(qs(f.name), qs(f.name));
        }
        fund_->setCurrentIndex(std::max(0, fund_->findData(fund)));
        QStringList regions;
        for (const std::string& r : list_regions(session_.connection())) {
            regions << qs(r);
        }
        fillNameCombo(region_, tr("All regions"), regions);
        fillNameCombo(category_, tr("All categories"), choices.categories);
        filling_ = false;
    } catch (const std::exception&) {
        filling_ = false;
    }
    if (currentPage() == ReportsPage::Standard) {
        start();
    }
}

FilteredTableView* ReportsSection::tableView() const {
    if (pivot_ != nullptr && stack_->currentWidget() == pivot_) {
        return pivot_->tableView();
    }
    return view_;
}

ReportsPage ReportsSection::currentPage() const {
    const QListWidgetItem* item = list_->currentItem();
    return item != nullptr ? static_cast<ReportsPage>(item->data(kPageRole).toInt())
                           : ReportsPage::Standard;
}

void ReportsSection::refreshSavedPivots() {
    const QSignalBlocker quiet(list_);
    const QVariant current =
        list_->currentItem() != nullptr ? list_->currentItem()->data(kSavedPivotRole) : QVariant();
    int pivotRow = -1;
    for (int r = list_->count() - 1; r >= 0; --r) {
        QListWidgetItem* item = list_->item(r);
        if (item->data(kSavedPivotRole).isValid()) {
            delete list_->takeItem(r);
        } else if (item->data(kPageRole).toInt() == static_cast<int>(ReportsPage::Pivot)) {
            pivotRow = r;
        }
    }
    try {
        const ActionContext actor = session_.action();
        int row = pivotRow + 1;
        for (const SavedPivot& p : list_pivot_layouts(session_.connection(), actor)) {
            const bool own = p.owner == actor.user_name;
            const QString name = own ? qs(p.name) : tr("%1 (%2)").arg(qs(p.name), qs(p.owner));
            auto* item = new QListWidgetItem(QStringLiteral("    ") + name);
            item->setData(kPageRole, static_cast<int>(ReportsPage::Pivot));
            const QStringList saved{qs(p.name), own ? QString() : qs(p.owner)};
            item->setData(kSavedPivotRole, saved);
            item->setToolTip(tr("Saved pivot %1: opens and runs it").arg(name));
            list_->insertItem(row++, item);
            if (current.isValid() && current.toStringList() == saved) {
                list_->setCurrentItem(item);
            }
        }
    } catch (const std::exception&) {
        // No list of saved pivots (a file without them yet): the Pivot page itself still works.
    }
}

void ReportsSection::showAdhocPage(ReportsPage page) {
    if (page == ReportsPage::Pivot) {
        if (pivot_ == nullptr) {
            pivot_ = new PivotBuilder(session_, stack_);
            stack_->addWidget(pivot_);
            pivot_->reload();
            // A layout saved or deleted in the builder shows in the list at once.
            connect(pivot_, &PivotBuilder::layoutsChanged, this,
                    &ReportsSection::refreshSavedPivots);
        }
        stack_->setCurrentWidget(pivot_);
        const QListWidgetItem* item = list_->currentItem();
        if (item != nullptr && item->data(kSavedPivotRole).isValid()) {
            const QStringList saved = item->data(kSavedPivotRole).toStringList();
            if (pivot_->openSavedLayout(saved.value(0), saved.value(1))) {
                pivot_->run();
            }
        }
        return;
    }
    if (page == ReportsPage::SqlConsole) {
        if (sqlConsole_ == nullptr) {
            sqlConsole_ = new SqlConsole(session_, stack_);
            stack_->addWidget(sqlConsole_);
        }
        stack_->setCurrentWidget(sqlConsole_);
        sqlConsole_->editor()->setFocus();
    }
}

void ReportsSection::showPivot() {
    refreshSavedPivots();
    int first = -1;
    for (int r = list_->count() - 1; r >= 0; --r) {
        if (list_->item(r)->data(kPageRole).toInt() == static_cast<int>(ReportsPage::Pivot)) {
            first = r;
        }
    }
    // The Pivot entry, or the first saved pivot under it.
    if (first >= 0 && first + 1 < list_->count() &&
        list_->item(first + 1)->data(kSavedPivotRole).isValid()) {
        ++first;
    }
    list_->setCurrentRow(first);
}

void ReportsSection::showSqlConsole() {
    for (int r = 0; r < list_->count(); ++r) {
        if (list_->item(r)->data(kPageRole).toInt() == static_cast<int>(ReportsPage::SqlConsole)) {
            list_->setCurrentRow(r);
        }
    }
}

ReportKind ReportsSection::currentReport() const {
    const QListWidgetItem* item = list_->currentItem();
    return item != nullptr ? static_cast<ReportKind>(item->data(Qt::UserRole).toInt())
                           : ReportKind::Roi;
}

void ReportsSection::setCurrentReport(ReportKind kind) {
    for (int r = 0; r < list_->count(); ++r) {
        const QListWidgetItem* item = list_->item(r);
        if (item->data(kPageRole).toInt() == static_cast<int>(ReportsPage::Standard) &&
            item->data(Qt::UserRole).isValid() &&
            item->data(Qt::UserRole).toInt() == static_cast<int>(kind)) {
            list_->setCurrentRow(r);
        }
    }
}

void ReportsSection::reportChosen() {
    const ReportKind kind = currentReport();
    filling_ = true;
    by_->clear();
    for (const auto& [word, text] : reportGroupings(kind)) {
        by_->addItem(text, word);
    }
    filling_ = false;
    byLabel_->setVisible(by_->count() > 0);
    by_->setVisible(by_->count() > 0);
    const std::pair<std::pair<QWidget*, QWidget*>, bool> shown[] = {
        {{brandLabel_, brand_}, reportTakesBrand(kind)},
        {{channelLabel_, channel_}, reportTakesChannel(kind)},
        {{accountLabel_, account_}, reportTakesAccount(kind)},
        {{promotionLabel_, promotion_}, kind == ReportKind::PostEvent},
        {{fundLabel_, fund_}, kind == ReportKind::FundActivity},
        {{regionLabel_, region_}, reportTakesRegion(kind)},
        {{categoryLabel_, category_}, kind == ReportKind::BrandChannel},
        {{statusLabel_, status_filter_}, kind == ReportKind::Roi},
    };
    for (const auto& [widgets, visible] : shown) {
        widgets.first->setVisible(visible);
        widgets.second->setVisible(visible);
    }
    if (const QListWidgetItem* item = list_->currentItem()) {
        title_->setText(item->text());
    }
    pinned_ = {};
    // The previous report's table does not answer this one.
    model_->setTable({});
    chart_->display(std::nullopt);
    notes_->clear();
    notes_->setVisible(false);
    export_->setEnabled(false);
    print_->setEnabled(false);
    hasResult_ = false;
    view_->updateCount();
    updateDateControls();
}

void ReportsSection::updateDateControls() {
    const bool dated = reportTakesDates(currentReport());
    allDates_->setEnabled(dated);
    from_->setEnabled(dated && !allDates_->isChecked());
    to_->setEnabled(dated && !allDates_->isChecked());
}

ReportRequest ReportsSection::request() const {
    ReportRequest r;
    r.kind = currentReport();
    if (!allDates_->isChecked() && reportTakesDates(r.kind)) {
        r.from = toDate(from_->date());
        r.to = toDate(to_->date());
    }
    r.by = utf8(by_->currentData().toString());
    if (reportTakesBrand(r.kind)) {
        r.brand = utf8(brand_->currentData().toString());
    }
    if (reportTakesChannel(r.kind)) {
        r.channel = utf8(channel_->currentData().toString());
    }
    if (reportTakesAccount(r.kind)) {
        r.account = utf8(chosenAccount(account_));
    }
    if (r.kind == ReportKind::PostEvent) {
        r.promotion = utf8(promotion_->currentText().trimmed());
    }
    if (r.kind == ReportKind::FundActivity) {
        r.fund = utf8(fund_->currentData().toString());
    }
    if (reportTakesRegion(r.kind)) {
        r.region = utf8(region_->currentData().toString());
    }
    if (r.kind == ReportKind::BrandChannel) {
        r.category = utf8(category_->currentData().toString());
    }
    if (r.kind == ReportKind::Roi) {
        r.status = utf8(status_filter_->currentData().toString());
    }
    if (pinned_.kind == r.kind) {
        r.period = pinned_.period;
        r.rep = pinned_.rep;
        if (!reportTakesAccount(r.kind)) {
            r.account = pinned_.account;
        }
    }
    return r;
}

void ReportsSection::showReport(const ReportRequest& r) {
    {
        const QSignalBlocker quiet(list_);
        setCurrentReport(r.kind);
    }
    stack_->setCurrentIndex(0);
    reportChosen();
    filling_ = true;
    const auto choose = [](QComboBox* combo, const std::string& value) {
        const int i = combo->findData(qs(value));
        if (i >= 0) {
            combo->setCurrentIndex(i);
        } else if (combo->isEditable()) {
            combo->setEditText(qs(value));
        }
    };
    choose(by_, r.by);
    choose(brand_, r.brand);
    choose(channel_, r.channel);
    choose(promotion_, r.promotion);
    choose(fund_, r.fund);
    choose(region_, r.region);
    choose(category_, r.category);
    choose(status_filter_, r.status);
    chooseAccount(account_, qs(r.account));
    allDates_->setChecked(!(r.from && r.to));
    if (r.from && r.to) {
        from_->setDate(toQDate(*r.from));
        to_->setDate(toQDate(*r.to));
    }
    filling_ = false;
    updateDateControls();
    pinned_ = r;
    QStringList pins;
    if (!r.period.empty()) {
        pins << tr("period %1").arg(qs(r.period));
    }
    if (!r.rep.empty()) {
        pins << tr("rep %1").arg(qs(r.rep));
    }
    if (!r.account.empty() && !reportTakesAccount(r.kind)) {
        pins << tr("account %1 and below").arg(qs(r.account));
    }
    if (!pins.isEmpty()) {
        title_->setText(tr("%1 — %2").arg(title_->text(), pins.join(QStringLiteral(", "))));
    }
    start();
}

void ReportsSection::start() {
    if (!job_.begin()) {
        return;
    }
    const std::filesystem::path database = toPath(session_.filePath());
    const ReportRequest request = this->request();
    const Date today = toDate(session_.today());
    watcher_.setFuture(QtConcurrent::run(backgroundJobPool(), [database, request, today, this] {
        ReportRun out;
        out.request = request;
        const JobEnd end = runCatching([&] {
            // One connection per thread: never the GUI's.
            db::Connection conn = db::open_file(database);
            out.table = runReport(conn, request, today, job_.cancelFlag());
            out.cancelled = job_.cancelled();
        });
        out.cancelled = out.cancelled || end.cancelled;
        out.error = end.error;
        return out;
    }));
}

void ReportsSection::cancel() {
    job_.cancel();
}

void ReportsSection::done() {
    ReportRun run = watcher_.result();
    if (job_.end()) {
        start();
        return;
    }
    if (!job_.answered(run.cancelled, run.error, hasResult_, this, tr("Cannot run the report"))) {
        emit finished();
        return;
    }
    QStringList notes;
    for (const std::string& n : run.table.notes) {
        notes << qs(n);
    }
    notes_->setText(notes.join(QLatin1Char('\n')));
    notes_->setVisible(!notes.isEmpty());
    shown_ = run.request;
    chart_->display(run.table.chart);
    model_->setTable(std::move(run.table));
    hasResult_ = true;
    view_->updateCount();
    view_->fitColumns();
    export_->setEnabled(true);
    print_->setEnabled(true);
    status_->setText(model_->rowCount() == 0 ? tr("No rows for these options.") : QString());
    emit finished();
}

QStringList ReportsSection::filterTexts(const ReportRequest& r) const {
    QStringList out;
    if (!r.by.empty() || r.kind == ReportKind::Budget) {
        out << tr("By %1").arg(by_->findData(qs(r.by)) >= 0
                                   ? by_->itemText(by_->findData(qs(r.by))).toLower()
                                   : qs(r.by));
    }
    if (r.kind == ReportKind::PostEvent) {
        out << tr("Promotion %1").arg(qs(r.promotion));
    } else if (r.kind == ReportKind::FundActivity) {
        out << tr("Fund %1").arg(qs(r.fund));
    } else if (r.kind == ReportKind::Targets) {
        out << (r.period.empty() ? tr("All periods") : tr("Period %1").arg(qs(r.period)));
        if (!r.rep.empty()) {
            out << tr("Rep %1").arg(qs(r.rep));
        }
    } else if (r.kind == ReportKind::Budget) {
        out << tr("As of %1").arg(session_.today().toString(Qt::ISODate));
    } else if (r.from && r.to) {
        out << tr("From %1 to %2").arg(qs(to_iso(*r.from)), qs(to_iso(*r.to)));
    } else {
        out << tr("All dates");
    }
    if (!r.brand.empty()) {
        out << tr("Brand %1").arg(qs(r.brand));
    }
    if (!r.channel.empty()) {
        out << tr("Channel %1").arg(qs(r.channel));
    }
    if (!r.region.empty()) {
        out << tr("Region %1").arg(qs(r.region));
    }
    if (!r.category.empty()) {
        out << tr("Category %1").arg(qs(r.category));
    }
    if (!r.status.empty()) {
        out << tr("Status %1").arg(qs(r.status));
    }
    if (reportTakesAccount(r.kind)) {
        out << (r.account.empty() ? tr("All accounts")
                                  : tr("Account %1 and below").arg(qs(r.account)));
    }
    return out;
}

bool ReportsSection::exportTo(const QString& path, ReportFileFormat format, QString* error) const {
    // The document `uplift-cli report NAME --format pdf` writes, with the options shown.
    return writeReportFile(session_, path, format, model_->table(), filterTexts(shown_), error);
}

bool ReportsSection::printTo(QPrinter& printer, QString* error) const {
    try {
        printReport(session_, printer, model_->table(), filterTexts(shown_));
    } catch (const std::exception& e) {
        *error = qs(e.what());
        return false;
    }
    return true;
}

void ReportsSection::choosePrinter() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(title_->text()));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QString error;
    if (!printTo(printer, &error)) {
        showRefusal(this, tr("Cannot print"), error);
        return;
    }
    status_->setText(tr("Sent to %1.")
                         .arg(printer.printerName().isEmpty() ? printer.outputFileName()
                                                              : printer.printerName()));
}

void ReportsSection::chooseExportFile() {
    const std::optional<ReportExportTarget> target = chooseReportExport(
        this, tr("Export %1").arg(title_->text()),
        QStringLiteral("%1.csv").arg(QString::fromLatin1(reportCliName(shown_.kind))));
    if (!target) {
        return;
    }
    const QString& path = target->path;
    const ReportFileFormat format = target->format;
    QString error;
    if (!exportTo(path, format, &error)) {
        showRefusal(this, tr("Cannot write %1").arg(path), error);
        return;
    }
    status_->setText(tr("%n row(s) saved to %1.", nullptr, model_->rowCount())
                         .arg(QDir::toNativeSeparators(path)));
}

void ReportsSection::openSourceRows(const QModelIndex& index) {
    // The view sorts and filters through a proxy: the core's row is the source model's.
    const QModelIndex cell = view_->proxy()->mapToSource(index);
    if (!cell.isValid()) {
        return;
    }
    const auto ref = source_for_cell(model_->table(), static_cast<std::size_t>(cell.row()),
                                     static_cast<std::size_t>(cell.column()));
    if (!ref) {
        status_->setText(tr("No source rows are recorded for this row."));
        return;
    }
    auto* dialog = new SourceRowsDialog(session_, *ref, this);
    dialog->show();
}

}  // namespace uplift::app
