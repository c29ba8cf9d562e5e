#include "import_wizard.h"

#include "app_session.h"
#include "errors.h"
#include "import_choose_page.h"
#include "import_columns_page.h"
#include "import_preview_page.h"
#include "import_run_page.h"
#include "import_worker.h"
#include "text_conversions.h"

namespace uplift::app {

ImportWizard::ImportWizard(AppSession& session, QWidget* parent)
    : QWizard(parent), session_(session), worker_(new ImportWorker(this)) {
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ChooseFilePage, new ImportChoosePage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(ColumnsPage, new ImportColumnsPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setStartId(ChooseFilePage);
    resize(820, 560);

    connect(worker_, &ImportWorker::finished, this, [this] {
        if (worker_->outcome().status == ImportOutcome::Status::Imported) {
            emit imported();
        }
    });
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::refreshPreview() {
    try {
        preview_ = preview_file(toPath(filePath_), kind_, options_);
    } catch (const UserError& e) {
        preview_ = {};
        return qs(e.what());
    } catch (const std::exception& e) {
        preview_ = {};
        return qs(e.what());
    }
    return {};
}

void ImportWizard::startImport() {
    ImportJob job;
    job.database = toPath(session_.filePath());
    job.actor = session_.action();
    job.kind = kind_;
    job.file = toPath(filePath_);
    job.options = options_;
    worker_->start(std::move(job));
    emit importStarted(worker_);
}

void ImportWizard::reject() {
    // Closing during a run cancels it; the core rolls the transaction back.
    if (worker_->isRunning()) {
        worker_->cancel();
    }
    QWizard::reject();
}

}  // namespace uplift::app
