#pragma once
// The import wizard: choose kind and file -> preview with detected format (changeable) ->
// column check -> run in the background with progress and cancel -> result, or the errors by
// line with nothing imported. Modeless, so the main window stays usable during a long import.
#include <QWizard>

#include <optional>

#include "io/import_kind.h"
#include "workflows/imports.h"

namespace uplift::app {

class AppSession;
class ImportWorker;

class ImportWizard : public QWizard {
    Q_OBJECT
  public:
    enum PageId { ChooseFilePage, PreviewPage, ColumnsPage, RunPage };

    ImportWizard(AppSession& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    AppSession& session() { return session_; }
    ImportWorker* worker() const { return worker_; }

    // What the pages decided so far.
    ImportKind kind() const { return kind_; }
    void setKind(ImportKind kind) { kind_ = kind; }
    QString filePath() const { return filePath_; }
    void setFilePath(const QString& path) { filePath_ = path; }
    ImportOptions& options() { return options_; }

    // The preview of the chosen file with the current options (re-read on demand).
    const FilePreview& preview() const { return preview_; }
    // Re-reads the preview; on a file that cannot be read, returns the reason.
    QString refreshPreview();

    // Starts the import in the background (the run page calls it).
    void startImport();

  signals:
    // The main window shows the worker's progress in its status bar too.
    void importStarted(ImportWorker* worker);
    // A batch was committed: the main window re-reads what it shows.
    void imported();

  public slots:
    void reject() override;

  private:
    AppSession& session_;
    ImportWorker* worker_;
    ImportKind kind_ = ImportKind::Actuals;
    QString filePath_;
    ImportOptions options_;
    FilePreview preview_;
};

}  // namespace uplift::app
