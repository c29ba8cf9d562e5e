#include "rep_export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app_session.h"
#include "background_jobs.h"
#include "error_display.h"
#include "sync/rep_file_info.h"
#include "text_conversions.h"

namespace uplift::app {

RepExportDialog::RepExportDialog(AppSession& session, QWidget* parent)
    : QDialog(parent),
      database_(toPath(session.filePath())),
      actor_(session.action()),
      directory_(QFileInfo(session.filePath()).absolutePath()),
      today_(session.today().toString(Qt::ISODate)),
      rep_(new QComboBox(this)),
      file_(new QLineEdit(this)),
      browse_(new QPushButton(tr("&Browse…"), this)),
      summary_(new QLabel(this)),
      busy_(new QProgressBar(this)),
      buttons_(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("repExportDialog"));
    setWindowTitle(tr("Export rep file"));
    rep_->setObjectName(QStringLiteral("exportRep"));
    file_->setObjectName(QStringLiteral("exportFile"));
    summary_->setObjectName(QStringLiteral("exportSummary"));
    summary_->setWordWrap(true);
    busy_->setRange(0, 0);  // the core reports no progress: a busy bar
    busy_->hide();

    for (const ExportableRep& r : list_exportable_reps(session.connection())) {
        const QString label =
            r.full_name.empty()
                ? tr("%1 (partners: %2)").arg(qs(r.name)).arg(r.accounts)
                : tr("%1 — %2 (partners: %3)").arg(qs(r.name), qs(r.full_name)).arg(r.accounts);
        rep_->addItem(label, qs(r.name));
    }
    const bool inRepFile = rep_file_info(session.connection()).has_value();
    mayExport_ = !inRepFile && session.can(kRight);
    if (inRepFile) {
        summary_->setText(tr("This is a rep file: export rep files from the main file."));
    } else if (!mayExport_) {
        summary_->setText(
            tr("Exporting rep files needs the right “%1”.").arg(QLatin1String(kRight)));
    } else if (rep_->count() == 0) {
        summary_->setText(
            tr("No rep has partners: give accounts a rep first (column “rep” of the "
               "accounts import)."));
    } else {
        summary_->setText(
            tr("The file holds the rep's partners, the catalogue and prices, their "
               "targets (editable) and promotions (read-only)."));
    }

    export_ = buttons_->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    export_->setObjectName(QStringLiteral("exportStart"));
    cancelButton_ = buttons_->addButton(QDialogButtonBox::Cancel);
    close_ = buttons_->addButton(QDialogButtonBox::Close);
    connect(buttons_, &QDialogButtonBox::rejected, this, &RepExportDialog::reject);
    connect(export_, &QPushButton::clicked, this, &RepExportDialog::startExport);
    connect(browse_, &QPushButton::clicked, this, &RepExportDialog::browse);
    connect(rep_, &QComboBox::currentIndexChanged, this, &RepExportDialog::repChanged);
    connect(file_, &QLineEdit::textChanged, this, &RepExportDialog::updateButtons);
    connect(&watcher_, &QFutureWatcher<RepExportOutcome>::finished, this,
            &RepExportDialog::finished);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse_);
    auto* form = new QFormLayout;
    form->addRow(tr("&Rep:"), rep_);
    form->addRow(tr("&File:"), fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(busy_);
    layout->addStretch();
    layout->addWidget(buttons_);
    resize(560, 220);
    repChanged();
}

RepExportDialog::~RepExportDialog() {
    cancel_.store(true);
    watcher_.waitForFinished();
}

QString RepExportDialog::defaultFileName(const QString& rep) const {
    return QDir(directory_).filePath(QStringLiteral("%1-%2.uplift").arg(rep, today_));
}

QString RepExportDialog::summaryText() const {
    return summary_->text();
}

void RepExportDialog::repChanged() {
    const QString rep = rep_->currentData().toString();
    if (!rep.isEmpty() && (file_->text().isEmpty() || file_->text() == lastDefault_)) {
        lastDefault_ = QDir::toNativeSeparators(defaultFileName(rep));
        file_->setText(lastDefault_);
    }
    updateButtons();
}

void RepExportDialog::browse() {
    QFileDialog dialog(this, tr("Export rep file"), file_->text(),
                       tr("Uplift files (*.uplift);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("uplift"));
    // The core never overwrites a file; asking "replace?" would only lead to its refusal.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        file_->setText(QDir::toNativeSeparators(dialog.selectedFiles().constFirst()));
    }
}

void RepExportDialog::startExport() {
    if (running_ || !export_->isEnabled()) {
        return;
    }
    const QString rep = rep_->currentData().toString();
    const QString file = QDir::fromNativeSeparators(file_->text().trimmed());
    ActionContext actor = actor_;
    actor.now = nowIso();
    cancel_.store(false);
    running_ = true;
    summary_->setText(tr("Exporting the file of rep %1…").arg(rep));
    updateButtons();
    watcher_.setFuture(QtConcurrent::run(
        backgroundJobPool(),
        [db = database_, who = std::move(actor), name = utf8(rep), path = toPath(file),
         flag = &cancel_] { return runRepExport(db, who, name, path, flag); }));
}

void RepExportDialog::finished() {
    running_ = false;
    const RepExportOutcome out = watcher_.result();
    switch (out.status) {
        case RepJobStatus::Done:
            exported_ = true;
            result_ = out.result;
            summary_->setText(
                tr("Exported %1 for rep %2: %3 accounts, %4 targets, %5 promotions, %6 products.")
                    .arg(QDir::toNativeSeparators(fromPath(result_.file)), qs(result_.rep))
                    .arg(result_.accounts)
                    .arg(result_.targets)
                    .arg(result_.promotions)
                    .arg(result_.products));
            emit repFileExported(fromPath(result_.file));
            break;
        case RepJobStatus::Cancelled:
            summary_->setText(tr("Cancelled: no file was written."));
            break;
        case RepJobStatus::Stale:
        case RepJobStatus::Refused:
        case RepJobStatus::Failed:
            summary_->setText(tr("No file was written: %1").arg(out.message));
            showRefusal(this, tr("Cannot export the rep file"), out.message);
            break;
    }
    updateButtons();
    if (closeWhenDone_) {
        closeWhenDone_ = false;
        QDialog::reject();
    }
}

void RepExportDialog::reject() {
    if (running_) {
        // The core rolls back when interrupted and removes the half-written file.
        cancel_.store(true);
        closeWhenDone_ = true;
        cancelButton_->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void RepExportDialog::updateButtons() {
    const bool editable = mayExport_ && !running_ && !exported_;
    rep_->setEnabled(editable);
    file_->setEnabled(editable);
    browse_->setEnabled(editable);
    busy_->setVisible(running_);
    export_->setVisible(!exported_);
    export_->setEnabled(editable && rep_->currentIndex() >= 0 &&
                        !file_->text().trimmed().isEmpty());
    export_->setToolTip(mayExport_ ? QString()
                                   : tr("Needs the right “%1”.").arg(QLatin1String(kRight)));
    cancelButton_->setVisible(!exported_);
    cancelButton_->setEnabled(true);
    close_->setVisible(exported_);
}

}  // namespace uplift::app
