#pragma once
// The File menu's rep-file actions (SPEC §6.1): "Export rep file…" and "Merge rep file…",
// enabled by the acting user's rights (reps.export, reps.merge) in a main file, each opening
// its dialog. The main window adds the actions to its menu and hands over the session.
#include <QObject>

class QAction;
class QWidget;

namespace uplift::app {

class AppSession;
class RepExportDialog;
class RepMergeDialog;

class RepFileActions : public QObject {
    Q_OBJECT
  public:
    static constexpr const char* kExportRight = "reps.export";
    static constexpr const char* kMergeRight = "reps.merge";

    // `window` parents the dialogs.
    explicit RepFileActions(QWidget* window);

    // nullptr when no file is open. The session must outlive the dialogs (they are modal).
    void setSession(AppSession* session);

    QAction* exportAction() const { return export_; }
    QAction* mergeAction() const { return merge_; }

    // Opens the merge dialog for `path` and starts the merge, without asking for the file.
    RepMergeDialog* openMergeDialog(const QString& path);

  public slots:
    RepExportDialog* exportRepFile();
    // Asks for the rep file, then merges it.
    RepMergeDialog* mergeRepFile();

  signals:
    // A merge changed the main file's targets: reload what shows them.
    void merged();

  private:
    void updateActions();

    QWidget* window_;
    AppSession* session_ = nullptr;
    QAction* export_;
    QAction* merge_;
};

}  // namespace uplift::app
