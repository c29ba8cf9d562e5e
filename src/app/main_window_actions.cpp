// The main window's actions and menus: File, Edit, View, Tools, Help, with shortcuts.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

#include "app_session.h"
#include "main_window.h"
#include "navigation_sidebar.h"
#include "recent_files.h"
#include "rep_file_actions.h"
#include "security/roles.h"
#include "start_page.h"
#include "text_conversions.h"

namespace uplift::app {

void MainWindow::createActions() {
    auto make = [this](const QString& text, const char* name, const QKeySequence& key,
                       const char* icon = nullptr) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
        }
        if (icon != nullptr) {
            a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
        }
        return a;
    };
    Actions& a = actions_;
    a.newFile = make(tr("&New…"), "actionNew", QKeySequence::New, "file-new");
    a.open = make(tr("&Open…"), "actionOpen", QKeySequence::Open, "file-open");
    a.importFile = make(tr("&Import…"), "actionImport", QKeySequence(tr("Ctrl+I")), "imports");
    a.backup = make(tr("&Backup…"), "actionBackup", QKeySequence(tr("Ctrl+Shift+B")), "backup");
    a.close = make(tr("&Close file"), "actionClose", QKeySequence::Close);
    a.quit = make(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.undo = undoStack_->createUndoAction(this, tr("&Undo"));
    a.undo->setObjectName(QStringLiteral("actionUndo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    a.redo = undoStack_->createRedoAction(this, tr("&Redo"));
    a.redo->setObjectName(QStringLiteral("actionRedo"));
    a.redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    a.redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    a.copy = make(tr("&Copy"), "actionCopy", QKeySequence::Copy);
    a.find = make(tr("&Filter…"), "actionFind", QKeySequence::Find);

    a.refresh = make(tr("&Refresh"), "actionRefresh", QKeySequence::Refresh);
    a.showSidebar =
        make(tr("Show &navigation"), "actionShowSidebar", QKeySequence(tr("Ctrl+Shift+N")));
    a.showSidebar->setCheckable(true);
    a.showSidebar->setChecked(true);

    a.users = make(tr("&Users"), "actionUsers", QKeySequence(tr("Ctrl+Shift+U")), "users");
    a.about = make(tr("&About Uplift"), "actionAbout", QKeySequence::HelpContents);
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = make(tr("About &Qt"), "actionAboutQt", QKeySequence());
    a.aboutQt->setMenuRole(QAction::AboutQtRole);

    // One action per possible section, shown only when the section exists for this user.
    auto* group = new QActionGroup(this);
    const std::pair<Section, QString> sections[] = {
        {Section::Promotions, tr("Pro&motions")}, {Section::Products, tr("&Products")},
        {Section::Accounts, tr("&Accounts")},     {Section::Prices, tr("P&rices")},
        {Section::Imports, tr("&Imports")},       {Section::Users, tr("U&sers")},
        {Section::Funds, tr("&Funds")},           {Section::Targets, tr("&Targets")},
        {Section::Discounts, tr("&Discounts")},   {Section::Reports, tr("R&eports")},
        {Section::Dashboard, tr("Das&hboard")},
    };
    int n = 0;
    for (const auto& [id, label] : sections) {
        // Ctrl+1 … Ctrl+0 for the first ten; later sections have no number left.
        ++n;
        QAction* s = make(label, "actionSection",
                          n <= 10 ? QKeySequence(tr("Ctrl+%1").arg(n % 10)) : QKeySequence());
        s->setObjectName(QStringLiteral("actionSection%1").arg(n));
        s->setCheckable(true);
        s->setVisible(false);
        group->addAction(s);
        a.sections[id] = s;
        connect(s, &QAction::triggered, this, [this, section = id] { showSection(section); });
    }

    connect(a.newFile, &QAction::triggered, this, &MainWindow::newFile);
    connect(a.open, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(a.importFile, &QAction::triggered, this, &MainWindow::showImportWizard);
    connect(a.backup, &QAction::triggered, this, &MainWindow::backup);
    connect(a.close, &QAction::triggered, this, &MainWindow::closeFile);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.copy, &QAction::triggered, this, &MainWindow::copySelection);
    connect(a.find, &QAction::triggered, this, &MainWindow::focusFilter);
    connect(a.refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(a.showSidebar, &QAction::toggled, sidebar_, &QWidget::setVisible);
    connect(a.users, &QAction::triggered, this, [this] { showSection(Section::Users); });
    connect(a.about, &QAction::triggered, this, &MainWindow::about);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus() {
    Actions& a = actions_;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newFile);
    file->addAction(a.open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(a.importFile);
    file->addAction(a.backup);
    file->addSeparator();
    // Offline rep files: export for a rep, merge what comes back (SM).
    repFiles_ = new RepFileActions(this);
    file->addAction(repFiles_->exportAction());
    file->addAction(repFiles_->mergeAction());
    connect(repFiles_, &RepFileActions::merged, this, [this] {
        markAllStale();
        statusBar()->showMessage(tr("Rep file merged."), 8000);
    });
    file->addSeparator();
    file->addAction(a.close);
    file->addAction(a.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.copy);
    edit->addAction(a.find);

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    for (auto& [id, action] : a.sections) {
        viewMenu_->addAction(action);
    }
    viewMenu_->addSeparator();
    viewMenu_->addAction(a.showSidebar);
    viewMenu_->addAction(a.refresh);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setToolTipsVisible(true);  // disabled entries say which right is missing
    tools->addAction(a.users);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);
    help->addAction(a.aboutQt);
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = RecentFiles::list();
    int n = 0;
    for (const QString& path : files) {
        ++n;
        // &1..&9: keyboard access to the first nine.
        const QString label = n < 10
                                  ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                  : QFileInfo(path).fileName();
        QAction* item = recentMenu_->addAction(label);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setStatusTip(QDir::toNativeSeparators(path));
        connect(item, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        recentMenu_->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    recentMenu_->addSeparator();
    connect(recentMenu_->addAction(tr("&Clear list")), &QAction::triggered, this, [this] {
        RecentFiles::clear();
        startPage_->refresh();
    });
}

void MainWindow::updateActions() {
    const bool open = session_ != nullptr;
    Actions& a = actions_;
    a.backup->setEnabled(open);
    a.close->setEnabled(open);
    a.copy->setEnabled(open);
    a.find->setEnabled(open);
    a.refresh->setEnabled(open);
    const bool canImport = open && session_->canImportAny();
    a.importFile->setEnabled(canImport);
    a.importFile->setToolTip(open && !canImport ? tr("Importing needs an import right.")
                                                : QString());
    const bool canUsers = open && session_->can(rights::kManageUsers);
    a.users->setEnabled(canUsers);
    a.users->setToolTip(
        open && !canUsers ? tr("Needs the right “%1”.").arg(qs(rights::kManageUsers)) : QString());
}

}  // namespace uplift::app
