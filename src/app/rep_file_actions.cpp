#include "rep_file_actions.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

#include "app_session.h"
#include "rep_export_dialog.h"
#include "rep_merge_dialog.h"
#include "sync/rep_file_info.h"

namespace uplift::app {

RepFileActions::RepFileActions(QWidget* window)
    : QObject(window),
      window_(window),
      export_(new QAction(tr("E&xport rep file…"), this)),
      merge_(new QAction(tr("&Merge rep file…"), this)) {
    export_->setObjectName(QStringLiteral("actionExportRepFile"));
    merge_->setObjectName(QStringLiteral("actionMergeRepFile"));
    export_->setStatusTip(tr("Write a file for one sales rep to work on offline."));
    merge_->setStatusTip(tr("Bring a rep's target changes back into this file."));
    connect(export_, &QAction::triggered, this, &RepFileActions::exportRepFile);
    connect(merge_, &QAction::triggered, this, &RepFileActions::mergeRepFile);
    updateActions();
}

void RepFileActions::setSession(AppSession* session) {
    session_ = session;
    updateActions();
}

void RepFileActions::updateActions() {
    const bool repFile = session_ != nullptr && rep_file_info(session_->connection()).has_value();
    const auto update = [&](QAction* action, const char* right) {
        const bool may = session_ != nullptr && !repFile && session_->can(right);
        action->setEnabled(may);
        // Disabled actions say why (ENGINEERING: a tooltip naming the missing right).
        action->setToolTip(session_ == nullptr || may ? action->text().remove(QLatin1Char('&'))
                           : repFile                  ? tr("Not available in a rep file.")
                                     : tr("Needs the right “%1”.").arg(QLatin1String(right)));
    };
    update(export_, kExportRight);
    update(merge_, kMergeRight);
}

RepExportDialog* RepFileActions::exportRepFile() {
    if (session_ == nullptr || !export_->isEnabled()) {
        return nullptr;
    }
    auto* dialog = new RepExportDialog(*session_, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();  // window-modal: the session stays while it is up
    return dialog;
}

RepMergeDialog* RepFileActions::mergeRepFile() {
    if (session_ == nullptr || !merge_->isEnabled()) {
        return nullptr;
    }
    const QString path = QFileDialog::getOpenFileName(
        window_, tr("Merge rep file"), QFileInfo(session_->filePath()).absolutePath(),
        tr("Uplift files (*.uplift);;All files (*)"));
    return path.isEmpty() ? nullptr : openMergeDialog(path);
}

RepMergeDialog* RepFileActions::openMergeDialog(const QString& path) {
    if (session_ == nullptr || !merge_->isEnabled()) {
        return nullptr;
    }
    auto* dialog = new RepMergeDialog(*session_, path, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepMergeDialog::merged, this, &RepFileActions::merged);
    dialog->open();
    dialog->start();
    return dialog;
}

}  // namespace uplift::app
