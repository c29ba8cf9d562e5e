#include "main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "accounts_section.h"
#include "background_progress.h"
#include "batch_list_view.h"
#include "batch_table_model.h"
#include "dashboard_section.h"
#include "db/migrations.h"
#include "discounts_section.h"
#include "error_display.h"
#include "errors.h"
#include "filtered_table_view.h"
#include "funds_section.h"
#include "import_wizard.h"
#include "import_worker.h"
#include "navigation_sidebar.h"
#include "new_file_dialog.h"
#include "prices_section.h"
#include "products_section.h"
#include "promotions/promotion_store.h"
#include "promotions_section.h"
#include "recent_files.h"
#include "rep_file_actions.h"
#include "reports_section.h"
#include "role_names.h"
#include "security/roles.h"
#include "session_bar.h"
#include "start_page.h"
#include "targets_section.h"
#include "text_conversions.h"
#include "users_section.h"
#include "workflows/imports.h"

#include <algorithm>

namespace uplift::app {

MainWindow::MainWindow(SessionOptions options, QWidget* parent)
    : QMainWindow(parent),
      options_(std::move(options)),
      undoStack_(new QUndoStack(this)),
      pages_(new QStackedWidget(this)),
      startPage_(new StartPage(this)),
      workspace_(new QWidget(this)),
      sessionBar_(new SessionBar(workspace_)),
      sidebar_(new NavigationSidebar(workspace_)),
      sectionStack_(new QStackedWidget(workspace_)),
      lastImport_(new QLabel(this)),
      progress_(new BackgroundProgress(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/uplift.svg")));

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(sidebar_);
    auto* sectionFrame = new QVBoxLayout;
    sectionFrame->setContentsMargins(12, 10, 12, 6);
    sectionFrame->addWidget(sectionStack_);
    body->addLayout(sectionFrame, 1);

    auto* workspaceLayout = new QVBoxLayout(workspace_);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(sessionBar_);
    workspaceLayout->addLayout(body, 1);

    pages_->addWidget(startPage_);
    pages_->addWidget(workspace_);
    setCentralWidget(pages_);

    lastImport_->setObjectName(QStringLiteral("lastImportLabel"));
    statusBar()->addWidget(lastImport_, 1);
    statusBar()->addPermanentWidget(progress_);

    createActions();
    createMenus();

    connect(startPage_, &StartPage::newRequested, this, &MainWindow::newFile);
    connect(startPage_, &StartPage::openRequested, this, &MainWindow::openFileDialog);
    connect(startPage_, &StartPage::recentChosen, this, &MainWindow::openFile);
    connect(sidebar_, &NavigationSidebar::sectionChosen, this, &MainWindow::switchToSection);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    actions_.showSidebar->setChecked(
        settings.value(QStringLiteral("mainWindow/showNavigation"), true).toBool());
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() {
    // Sections and commands refer to the session: take them down before it goes.
    closeFile();
}

SectionWidget* MainWindow::sectionWidget(Section section) const {
    const auto it = sections_.find(section);
    return it == sections_.end() ? nullptr : it->second;
}

ImportWizard* MainWindow::importWizard() const {
    return wizard_.data();
}

bool MainWindow::openFile(const QString& path) {
    std::unique_ptr<AppSession> opened;
    try {
        opened = AppSession::open(path, options_);
    } catch (const std::exception& e) {
        // UserError (not an Uplift file, newer schema, unknown user) or DatabaseError alike.
        showRefusal(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), qs(e.what()));
        return false;
    }
    const QString backupPath = opened->migrationBackup();
    adoptSession(std::move(opened));
    if (!backupPath.isEmpty()) {
        statusBar()->showMessage(
            tr("The file was upgraded to the current version; the old one is kept as %1.")
                .arg(QDir::toNativeSeparators(backupPath)),
            15000);
    }
    return true;
}

bool MainWindow::createFile(const QString& path, const QString& currency) {
    try {
        return adoptSession(AppSession::create(path, currency, options_));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot create %1").arg(QFileInfo(path).fileName()), qs(e.what()));
        return false;
    }
}

bool MainWindow::adoptSession(std::unique_ptr<AppSession> session) {
    closeFile();
    session_ = std::move(session);
    RecentFiles::add(session_->filePath());
    sessionBar_->showSession(session_.get());
    repFiles_->setSession(session_.get());
    buildSections();
    pages_->setCurrentWidget(workspace_);
    updateTitle();
    updateLastImport();
    updateActions();
    return true;
}

void MainWindow::closeFile() {
    if (wizard_ != nullptr) {
        // Deleting the wizard cancels and joins a running import.
        delete wizard_.data();
    }
    undoStack_->clear();
    clearSections();
    if (repFiles_ != nullptr) {
        repFiles_->setSession(nullptr);
    }
    session_.reset();
    sessionBar_->showSession(nullptr);
    startPage_->refresh();
    pages_->setCurrentWidget(startPage_);
    lastImport_->clear();
    progress_->end();
    updateTitle();
    updateActions();
}

void MainWindow::buildSections() {
    AppSession& s = *session_;
    struct Entry {
        Section id;
        const char* icon;
        QString label;
        SectionWidget* widget;
    };
    std::vector<Entry> entries;
    // The dashboard shows the figures of the user's roles; each opens the report behind it.
    auto* dashboard = new DashboardSection(s, sectionStack_);
    connect(
        dashboard, &DashboardSection::reportRequested, this, [this](const ReportRequest& request) {
            showSection(Section::Reports);
            if (auto* reports = qobject_cast<ReportsSection*>(sectionWidget(Section::Reports))) {
                reports->showReport(request);
            }
        });
    entries.push_back({Section::Dashboard, "dashboard", tr("Dashboard"), dashboard});
    // Promotions are readable by everyone; the editor offers what the user may change.
    auto* promotions = new PromotionsSection(s, sectionStack_);
    connect(promotions, &PromotionsSection::promotionsChanged, this, [this] {
        markStale(Section::Funds);
        markStale(Section::Reports);
    });
    entries.push_back({Section::Promotions, "promotions", tr("Promotions"), promotions});
    // Funds are readable by everyone; the actions follow the user's rights.
    auto* funds = new FundsSection(s, undoStack_, sectionStack_);
    connect(funds, &FundsSection::promotionRequested, this, &MainWindow::openPromotion);
    // Promotions show their tactics' funds with the amount available.
    connect(funds, &FundsSection::fundsChanged, this, [this] {
        markStale(Section::Promotions);
        markStale(Section::Reports);
    });
    entries.push_back({Section::Funds, "funds", tr("Funds"), funds});
    // Discounts are readable by everyone; requesting, deciding, conditions and returns follow
    // the user's rights (the core checks them again).
    auto* discounts = new DiscountsSection(s, undoStack_, sectionStack_);
    // An approved request becomes a condition or a promotion tactic that commits funds.
    connect(discounts, &DiscountsSection::discountsChanged, this, [this] {
        markStale(Section::Promotions);
        markStale(Section::Funds);
        markStale(Section::Reports);
    });
    entries.push_back({Section::Discounts, "discounts", tr("Discounts"), discounts});
    // The standard reports are readable by everyone: the same tables as `uplift-cli report`.
    entries.push_back(
        {Section::Reports, "reports", tr("Reports"), new ReportsSection(s, sectionStack_)});
    // Master data is readable by everyone; editing is checked per table (and by the core).
    entries.push_back({Section::Products, "products", tr("Products"),
                       new ProductsSection(s, undoStack_, sectionStack_)});
    entries.push_back({Section::Accounts, "accounts", tr("Accounts"),
                       new AccountsSection(s, undoStack_, sectionStack_)});
    entries.push_back(
        {Section::Prices, "prices", tr("Prices"), new PricesSection(s, sectionStack_)});
    // Targets are readable by everyone; the grid offers the cells the user may change.
    entries.push_back({Section::Targets, "targets", tr("Targets"),
                       new TargetsSection(s, undoStack_, sectionStack_)});
    if (s.canImportAny()) {
        auto* batches = new BatchListView(s, sectionStack_);
        connect(batches, &BatchListView::importRequested, this, &MainWindow::showImportWizard);
        connect(batches, &BatchListView::fileChanged, this, [this] {
            markAllStale();
            updateLastImport();
            statusBar()->showMessage(tr("Batch rolled back."), 8000);
        });
        entries.push_back({Section::Imports, "imports", tr("Imports"), batches});
    }
    if (s.can(rights::kManageUsers)) {
        entries.push_back(
            {Section::Users, "users", tr("Users"), new UsersSection(s, sectionStack_)});
    }
    sidebar_->clearSections();
    for (const Entry& e : entries) {
        sections_[e.id] = e.widget;
        sectionStack_->addWidget(e.widget);
        sidebar_->addSection(e.id, QIcon(QStringLiteral(":/icons/%1.svg").arg(e.icon)), e.label);
        if (QAction* a = actions_.sections[e.id]) {
            a->setVisible(true);
        }
    }
    sidebar_->setFixedWidth(sidebar_->sizeHint().width());
    const int remembered = QSettings().value(QStringLiteral("mainWindow/section"), 0).toInt();
    // A rep opens their file to enter targets: it always starts there.
    const auto section = s.isRepFile() ? Section::Targets : static_cast<Section>(remembered);
    showSection(sidebar_->hasSection(section) ? section : Section::Products);
}

void MainWindow::clearSections() {
    sidebar_->clearSections();
    for (auto& [id, widget] : sections_) {
        sectionStack_->removeWidget(widget);
        delete widget;
    }
    sections_.clear();
    for (auto& [id, action] : actions_.sections) {
        action->setVisible(false);
    }
}

void MainWindow::showSection(Section section) {
    if (sidebar_->hasSection(section)) {
        sidebar_->selectSection(section);
        switchToSection(section);  // also when it was already selected
    }
}

void MainWindow::switchToSection(Section section) {
    SectionWidget* w = sectionWidget(section);
    if (w == nullptr) {
        return;
    }
    try {
        w->ensureLoaded();
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the file"), qs(e.what()));
    }
    sectionStack_->setCurrentWidget(w);
    if (QAction* a = actions_.sections[section]) {
        a->setChecked(true);
    }
    QSettings().setValue(QStringLiteral("mainWindow/section"), static_cast<int>(section));
}

void MainWindow::markAllStale() {
    for (auto& [id, widget] : sections_) {
        widget->markStale();
    }
    if (auto* current = qobject_cast<SectionWidget*>(sectionStack_->currentWidget())) {
        try {
            current->ensureLoaded();
        } catch (const std::exception& e) {
            showRefusal(this, tr("Cannot read the file"), qs(e.what()));
        }
    }
}

void MainWindow::markStale(Section section) {
    SectionWidget* w = sectionWidget(section);
    if (w == nullptr) {
        return;
    }
    w->markStale();
    if (sectionStack_->currentWidget() == w) {
        try {
            w->ensureLoaded();
        } catch (const std::exception& e) {
            showRefusal(this, tr("Cannot read the file"), qs(e.what()));
        }
    }
}

void MainWindow::openPromotion(qint64 promotionId) {
    auto* promotions = qobject_cast<PromotionsSection*>(sectionWidget(Section::Promotions));
    if (promotions == nullptr || !session_) {
        return;
    }
    QString code;
    try {
        for (const auto& [id, c] : promotion_codes(session_->connection())) {
            if (id == promotionId) {
                code = qs(c);
            }
        }
        promotions->ensureLoaded();
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read the file"), qs(e.what()));
        return;
    }
    promotions->openEditor(code);
}

void MainWindow::updateTitle() {
    if (session_ && session_->isRepFile()) {
        setWindowTitle(tr("%1 — Offline — rep file of %2 — Uplift")
                           .arg(session_->fileName(), session_->repName()));
    } else {
        setWindowTitle(session_ ? tr("%1 — Uplift").arg(session_->fileName()) : tr("Uplift"));
    }
    if (session_) {
        setWindowFilePath(session_->filePath());
    }
}

void MainWindow::updateLastImport() {
    if (!session_) {
        lastImport_->clear();
        return;
    }
    std::vector<BatchInfo> batches;
    try {
        batches = list_batches(session_->connection());
    } catch (const std::exception&) {
        // The status line is a convenience; the Imports section reports read errors.
    }
    const auto last = std::find_if(batches.rbegin(), batches.rend(),
                                   [](const BatchInfo& b) { return !b.rolled_back; });
    if (last == batches.rend()) {
        lastImport_->setText(tr("No imports yet."));
        return;
    }
    const auto kind = parse_import_kind(last->kind);
    lastImport_->setText(
        tr("Last import: %1 from %2, %3, by %4")
            .arg(kind ? RoleNames::importKind(*kind) : qs(last->kind), qs(last->file_name),
                 BatchTableModel::localTimestamp(last->imported_at), qs(last->user)));
}

void MainWindow::newFile() {
    NewFileDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        createFile(dialog.filePath(), dialog.currency());
    }
}

void MainWindow::openFileDialog() {
    const QString start = session_ ? QFileInfo(session_->filePath()).absolutePath()
                                   : QFileInfo(RecentFiles::mostRecent()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Uplift file"), start,
                                                      tr("Uplift files (*.uplift);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

ImportWizard* MainWindow::showImportWizard() {
    if (!session_) {
        return nullptr;
    }
    if (!session_->canImportAny()) {
        showRefusal(this, tr("Import"),
                    tr("User “%1” holds no import right.").arg(session_->userName()));
        return nullptr;
    }
    if (wizard_ == nullptr) {
        wizard_ = new ImportWizard(*session_, this);
        wizard_->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard_, &ImportWizard::importStarted, this, &MainWindow::watchImport);
        connect(wizard_, &ImportWizard::imported, this, &MainWindow::onImported);
    }
    wizard_->show();
    wizard_->raise();
    wizard_->activateWindow();
    return wizard_;
}

void MainWindow::watchImport(ImportWorker* worker) {
    progress_->begin(tr("Importing %1…").arg(worker->fileName()));
    if (watchedWorker_ == worker) {
        return;
    }
    watchedWorker_ = worker;
    connect(worker, &ImportWorker::progressChanged, progress_, &BackgroundProgress::setProgress);
    connect(worker, &ImportWorker::finished, progress_, &BackgroundProgress::end);
    // A wizard closed mid-run takes its worker with it before `finished` arrives.
    connect(worker, &QObject::destroyed, progress_, &BackgroundProgress::end);
    connect(progress_, &BackgroundProgress::cancelRequested, worker, &ImportWorker::cancel);
}

void MainWindow::onImported() {
    markAllStale();
    updateLastImport();
}

void MainWindow::backup() {
    if (!session_) {
        return;
    }
    const QFileInfo current(session_->filePath());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1-backup-%2.uplift")
            .arg(current.completeBaseName(), session_->today().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Back up to"), suggested, tr("Uplift files (*.uplift);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(target)) {
        // As the CLI does: a backup never overwrites a file.
        showRefusal(
            this, tr("Backup"),
            tr("%1: file exists; choose another name.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    try {
        db::backup_to(session_->connection(), toPath(target));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Backup failed"), qs(e.what()));
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1.").arg(QDir::toNativeSeparators(target)),
                             10000);
}

void MainWindow::copySelection() {
    if (auto* edit = qobject_cast<QLineEdit*>(QApplication::focusWidget())) {
        edit->copy();
        return;
    }
    auto* current = qobject_cast<SectionWidget*>(sectionStack_->currentWidget());
    if (current == nullptr || !session_) {
        return;
    }
    const QString text = current->selectionAsText();
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
    }
}

void MainWindow::focusFilter() {
    auto* current = qobject_cast<SectionWidget*>(sectionStack_->currentWidget());
    if (current != nullptr && current->tableView() != nullptr) {
        current->tableView()->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        current->tableView()->filterEdit()->selectAll();
    }
}

void MainWindow::refresh() {
    if (session_) {
        markAllStale();
        updateLastImport();
    }
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Uplift"),
        tr("<h3>Uplift %1</h3><p>Trade-promotion management: promotions, funds, discounts, "
           "targets and their real return, over one local SQLite file.</p>")
            .arg(QStringLiteral(UPLIFT_VERSION)));
}

void MainWindow::saveWindowState() {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/showNavigation"),
                      actions_.showSidebar->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    closeFile();
    event->accept();
}

}  // namespace uplift::app
