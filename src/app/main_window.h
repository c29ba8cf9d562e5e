#pragma once
// The application window: session bar on top, navigation sidebar on the left with the sections
// the actor's rights allow, the section in the centre, and a status line with the last import
// and background progress. With no file open it shows the start page.
#include <QMainWindow>
#include <QPointer>

#include <map>
#include <memory>

#include "app_session.h"
#include "section_id.h"

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace uplift::app {

class RepFileActions;

class BackgroundProgress;
class ImportWizard;
class ImportWorker;
class NavigationSidebar;
class SectionWidget;
class SessionBar;
class StartPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(SessionOptions options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Open or create a file and show it; on failure the core's message is shown, the current
    // file (if any) stays open, and false is returned.
    bool openFile(const QString& path);
    bool createFile(const QString& path, const QString& currency);
    void closeFile();

    void showSection(Section section);
    AppSession* session() const { return session_.get(); }
    QUndoStack* undoStack() const { return undoStack_; }
    NavigationSidebar* sidebar() const { return sidebar_; }
    SectionWidget* sectionWidget(Section section) const;
    ImportWizard* importWizard() const;

  public slots:
    void newFile();
    void openFileDialog();
    // Opens the import wizard (or raises the open one) and returns it.
    ImportWizard* showImportWizard();
    void backup();
    void copySelection();
    void focusFilter();
    void refresh();
    void about();
    // Opens the promotion editor of a promotion (by row id), as the Promotions section does.
    void openPromotion(qint64 promotionId);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    struct Actions {
        QAction* newFile = nullptr;
        QAction* open = nullptr;
        QAction* importFile = nullptr;
        QAction* backup = nullptr;
        QAction* close = nullptr;
        QAction* quit = nullptr;
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        QAction* copy = nullptr;
        QAction* find = nullptr;
        QAction* refresh = nullptr;
        QAction* showSidebar = nullptr;
        QAction* users = nullptr;
        QAction* about = nullptr;
        QAction* aboutQt = nullptr;
        std::map<Section, QAction*> sections;
    };

    // main_window_actions.cpp
    void createActions();
    void createMenus();
    void rebuildRecentMenu();
    void updateActions();

    void buildSections();
    void clearSections();
    void switchToSection(Section section);
    void markAllStale();
    // Marks one section stale; the one on screen reloads at once.
    void markStale(Section section);
    void updateTitle();
    void updateLastImport();
    void watchImport(ImportWorker* worker);
    void onImported();
    bool adoptSession(std::unique_ptr<AppSession> session);
    void saveWindowState();

    SessionOptions options_;
    std::unique_ptr<AppSession> session_;
    QUndoStack* undoStack_;
    QStackedWidget* pages_;
    StartPage* startPage_;
    QWidget* workspace_;
    SessionBar* sessionBar_;
    NavigationSidebar* sidebar_;
    QStackedWidget* sectionStack_;
    std::map<Section, SectionWidget*> sections_;
    QLabel* lastImport_;
    BackgroundProgress* progress_;
    QPointer<ImportWizard> wizard_;
    QPointer<ImportWorker> watchedWorker_;
    Actions actions_;
    RepFileActions* repFiles_ = nullptr;  // Export / Merge rep file in the File menu
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
};

}  // namespace uplift::app
