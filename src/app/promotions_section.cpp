#include "promotions_section.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

#include "app_session.h"
#include "error_display.h"
#include "filtered_table_view.h"
#include "item_roles.h"
#include "promotion_calendar.h"
#include "promotion_details.h"
#include "promotion_editor.h"
#include "promotion_filter.h"
#include "promotion_filter_bar.h"
#include "promotion_list_model.h"
#include "status_badge_delegate.h"
#include "status_legend.h"
#include "text_conversions.h"
#include "workflows/promotion_workflows.h"

namespace uplift::app {

namespace {

constexpr std::string_view kEditRight = "promotions.edit";

}  // namespace

PromotionsSection::PromotionsSection(AppSession& session, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      details_(std::make_unique<PromotionDetails>(session, catalog_)),
      model_(new PromotionListModel(catalog_, this)),
      filterProxy_(new PromotionFilterProxy(catalog_, this)),
      filters_(new PromotionFilterBar(this)),
      views_(new QTabWidget(this)),
      view_(new FilteredTableView(this)),
      calendar_(new PromotionCalendar(this)),
      open_(new QPushButton(tr("&Open"), this)),
      copy_(new QPushButton(tr("Copy to &next year"), this)) {
    filterProxy_->setSourceModel(model_);
    filterProxy_->setSortRole(SortRole);
    view_->setSourceModel(filterProxy_);
    QTableView* table = view_->table();
    table->setObjectName(QStringLiteral("promotionsTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setItemDelegateForColumn(PromotionListModel::Status,
                                    new StatusBadgeDelegate(PromotionListModel::StatusRole, table));
    view_->setStretchColumn(PromotionListModel::Campaign);
    view_->filterEdit()->setPlaceholderText(tr("Find a promotion, campaign or account (Ctrl+F)"));
    view_->filterEdit()->setMinimumWidth(view_->filterEdit()->fontMetrics().horizontalAdvance(
                                             view_->filterEdit()->placeholderText()) +
                                         40);

    open_->setObjectName(QStringLiteral("openPromotionButton"));
    copy_->setObjectName(QStringLiteral("copyPromotionButton"));
    view_->toolbarLayout()->addWidget(open_);
    view_->toolbarLayout()->addWidget(copy_);
    if (!session.can(kEditRight)) {
        copy_->setEnabled(false);
        copy_->setToolTip(tr("Creating promotions needs the right “%1”.").arg(qs(kEditRight)));
    } else {
        copy_->setToolTip(tr("A draft copy of the selected promotion 52 weeks later"));
    }

    views_->setObjectName(QStringLiteral("promotionViews"));
    views_->addTab(view_, tr("&List"));
    views_->addTab(buildCalendarPage(), tr("&Calendar"));
    views_->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filters_);
    layout->addWidget(views_, 1);

    calendar_->setOverlapProvider([this](int entry) { return details_->hasOverlap(entry); });
    calendar_->setTooltipProvider([this](int entry) { return details_->tooltip(entry); });
    connect(calendar_, &PromotionCalendar::promotionActivated, this,
            &PromotionsSection::openEditor);
    connect(table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openEditor(index.data(RowKeyRole).toString()); });
    connect(open_, &QPushButton::clicked, this, [this] {
        const QString code = currentCode();
        if (!code.isEmpty()) {
            openEditor(code);
        }
    });
    connect(copy_, &QPushButton::clicked, this, &PromotionsSection::copyToNextYear);
    connect(filters_, &PromotionFilterBar::changed, this, &PromotionsSection::applyFilter);
    // The view, rows and zoom a user left are the ones they find next time.
    QSettings settings;
    views_->setCurrentIndex(settings.value(QStringLiteral("promotions/view"), 0).toInt());
    rowMode_->setCurrentIndex(settings.value(QStringLiteral("promotions/rows"), 0).toInt());
    if (settings.value(QStringLiteral("promotions/zoom"), 0).toInt() == 1) {
        year_->click();
    }
    connect(views_, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("promotions/view"), index); });
    connect(rowMode_, &QComboBox::currentIndexChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("promotions/rows"), index); });
    connect(year_, &QToolButton::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("promotions/zoom"), on ? 1 : 0); });
    connect(view_->filterEdit(), &QLineEdit::textChanged, this, &PromotionsSection::applyFilter);
}

PromotionsSection::~PromotionsSection() {
    // Editors refer to the catalog: close them before it goes.
    for (const auto& e : std::as_const(editors_)) {
        delete e.data();
    }
}

QWidget* PromotionsSection::buildCalendarPage() {
    auto* page = new QWidget(this);
    rowMode_ = new QComboBox(page);
    rowMode_->setObjectName(QStringLiteral("calendarRowMode"));
    rowMode_->addItem(tr("Accounts by channel"), static_cast<int>(CalendarRows::Accounts));
    rowMode_->addItem(tr("Brands by category"), static_cast<int>(CalendarRows::Brands));
    quarter_ = new QToolButton(page);
    quarter_->setObjectName(QStringLiteral("calendarZoomQuarter"));
    quarter_->setText(tr("Quarter"));
    quarter_->setToolTip(tr("Zoom to about a quarter (+)"));
    year_ = new QToolButton(page);
    year_->setObjectName(QStringLiteral("calendarZoomYear"));
    year_->setText(tr("Year"));
    year_->setToolTip(tr("Zoom to about a year (−)"));
    auto* zoom = new QButtonGroup(page);
    for (QToolButton* b : {quarter_, year_}) {
        b->setCheckable(true);
        zoom->addButton(b);
    }
    quarter_->setChecked(true);
    auto* today = new QToolButton(page);
    today->setText(tr("Today"));
    today->setToolTip(tr("Scroll to today (Home)"));
    auto* legend = new StatusLegend(page);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 6, 0, 0);
    bar->addWidget(new QLabel(tr("Rows:"), page));
    bar->addWidget(rowMode_);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Zoom:"), page));
    bar->addWidget(quarter_);
    bar->addWidget(year_);
    bar->addWidget(today);
    bar->addStretch(1);
    auto* hint = new QLabel(tr("Double-click a bar to open it; click a group to fold it."), page);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    bar->addWidget(hint);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(calendar_, 1);
    layout->addWidget(legend);

    connect(rowMode_, &QComboBox::currentIndexChanged, this, [this] {
        calendar_->setRowMode(static_cast<CalendarRows>(rowMode_->currentData().toInt()));
    });
    connect(quarter_, &QToolButton::clicked, this,
            [this] { calendar_->setZoom(PromotionCalendar::Zoom::Quarter); });
    connect(year_, &QToolButton::clicked, this,
            [this] { calendar_->setZoom(PromotionCalendar::Zoom::Year); });
    connect(calendar_, &PromotionCalendar::zoomChanged, this, [this](PromotionCalendar::Zoom z) {
        (z == PromotionCalendar::Zoom::Quarter ? quarter_ : year_)->setChecked(true);
    });
    connect(today, &QToolButton::clicked, this,
            [this] { calendar_->scrollToDate(session_.today().addDays(-21)); });
    return page;
}

void PromotionsSection::reload() {
    catalog_.load(session_);
    details_->clear();
    model_->catalogReset();
    QList<QPair<QString, QString>> accounts;
    for (const AccountInfo& a : catalog_.accounts()) {
        accounts.append({a.code, a.name});
    }
    filters_->setChoices(accounts, catalog_.brandNames());
    applyFilter();
    view_->fitColumns();
    for (const auto& editor : editors_) {
        if (editor != nullptr) {
            editor->reload();
        }
    }
}

void PromotionsSection::applyFilter() {
    PromotionFilter f = filters_->filter();
    f.text = view_->filterEdit()->text().trimmed();
    filterProxy_->setFilter(f);
    view_->updateCount();
    calendar_->setData(&catalog_, f, session_.today());
}

void PromotionsSection::showCalendar() {
    views_->setCurrentIndex(1);
}

void PromotionsSection::showList() {
    views_->setCurrentIndex(0);
}

PromotionEditor* PromotionsSection::editor(const QString& code) const {
    return editors_.value(code).data();
}

PromotionEditor* PromotionsSection::openEditor(const QString& code) {
    if (code.isEmpty()) {
        return nullptr;
    }
    if (PromotionEditor* open = editor(code)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* e = new PromotionEditor(session_, catalog_, code, this);
    e->setWindowFlag(Qt::Window);
    e->setAttribute(Qt::WA_DeleteOnClose);
    connect(e, &PromotionEditor::promotionChanged, this, &PromotionsSection::onPromotionChanged);
    if (!e->reload()) {
        delete e;
        return nullptr;
    }
    editors_.insert(code, e);
    e->show();
    return e;
}

void PromotionsSection::onPromotionChanged(int row) {
    if (row < 0) {
        return;
    }
    model_->rowChanged(row);
    details_->forget(catalog_.at(row).code);
    calendar_->refresh();
    emit promotionsChanged();
}

QString PromotionsSection::currentCode() const {
    if (views_->currentIndex() == 1) {
        const int bar = calendar_->selectedBar();
        if (bar >= 0) {
            return catalog_
                .at(calendar_->calendarLayout().bars()[static_cast<std::size_t>(bar)].entry)
                .code;
        }
        return {};
    }
    const QModelIndex current = view_->table()->currentIndex();
    return current.isValid() ? current.data(RowKeyRole).toString() : QString();
}

void PromotionsSection::copyToNextYear() {
    const QString code = currentCode();
    if (code.isEmpty()) {
        showRefusal(this, tr("Copy promotion"), tr("Select a promotion to copy first."));
        return;
    }
    std::vector<std::string> created;
    try {
        // 364 days: the same weekdays 52 weeks later.
        created = copy_promotion(session_.connection(), session_.action(), utf8(code), {}, 364);
    } catch (const std::exception& e) {
        showRefusal(this, tr("Promotion not copied"), qs(e.what()));
        return;
    }
    for (const std::string& c : created) {
        onPromotionChanged(catalog_.reload(session_, qs(c)));
    }
    if (!created.empty()) {
        openEditor(qs(created.front()));
    }
}

}  // namespace uplift::app
