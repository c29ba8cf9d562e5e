#include "import_run_page.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "import_wizard.h"
#include "import_worker.h"
#include "role_names.h"
#include "text_conversions.h"

namespace uplift::app {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard),
      wizard_(wizard),
      status_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      cancel_(
          new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel import"), this)),
      result_(new QLabel(this)),
      warnings_(new QListWidget(this)),
      errors_(new QTableWidget(this)),
      again_(new QPushButton(tr("Import &another file…"), this)) {
    setTitle(tr("Import"));
    status_->setObjectName(QStringLiteral("importStatusLabel"));
    progress_->setObjectName(QStringLiteral("importProgressBar"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    cancel_->setObjectName(QStringLiteral("importCancelButton"));
    result_->setObjectName(QStringLiteral("importResultLabel"));
    result_->setWordWrap(true);
    result_->setTextFormat(Qt::RichText);
    warnings_->setObjectName(QStringLiteral("importWarningsList"));
    errors_->setObjectName(QStringLiteral("importErrorsTable"));
    errors_->setColumnCount(3);
    errors_->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    errors_->verticalHeader()->setVisible(false);
    errors_->horizontalHeader()->setStretchLastSection(true);
    errors_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    errors_->setWordWrap(true);
    again_->setObjectName(QStringLiteral("importAgainButton"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancel_);

    auto* againRow = new QHBoxLayout;
    againRow->addStretch(1);
    againRow->addWidget(again_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status_);
    layout->addLayout(progressRow);
    layout->addWidget(result_);
    // The lists take the height when shown; otherwise the spacer keeps the texts together.
    layout->addWidget(warnings_, 100);
    layout->addWidget(errors_, 100);
    layout->addStretch(1);
    layout->addLayout(againRow);

    ImportWorker* worker = wizard_->worker();
    connect(worker, &ImportWorker::progressChanged, progress_, &QProgressBar::setValue);
    connect(worker, &ImportWorker::finished, this, &ImportRunPage::showOutcome);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        wizard_->worker()->cancel();
        cancel_->setEnabled(false);
        status_->setText(tr("Cancelling…"));
    });
    connect(again_, &QPushButton::clicked, wizard_, &QWizard::restart);
}

void ImportRunPage::initializePage() {
    done_ = false;
    status_->setText(tr("Importing %1…").arg(QFileInfo(wizard_->filePath()).fileName()));
    progress_->setValue(0);
    progress_->setVisible(true);
    cancel_->setVisible(true);
    cancel_->setEnabled(true);
    result_->clear();
    result_->setVisible(false);
    warnings_->clear();
    warnings_->setVisible(false);
    errors_->setRowCount(0);
    errors_->setVisible(false);
    again_->setVisible(false);
    wizard_->startImport();
}

void ImportRunPage::cleanupPage() {
    done_ = false;
}

bool ImportRunPage::isComplete() const {
    return done_;
}

void ImportRunPage::showOutcome() {
    const ImportOutcome& o = wizard_->worker()->outcome();
    const QLocale locale;
    progress_->setVisible(false);
    cancel_->setVisible(false);
    again_->setVisible(true);
    result_->setVisible(true);
    switch (o.status) {
        case ImportOutcome::Status::Imported: {
            const ImportResult& r = o.result;
            status_->setText(tr("Imported %1 as batch %2.")
                                 .arg(QFileInfo(wizard_->filePath()).fileName())
                                 .arg(r.batch_id));
            result_->setText(
                tr("<b>%1</b> rows read: <b>%2</b> inserted, <b>%3</b> updated, <b>%4</b> "
                   "unchanged.")
                    .arg(locale.toString(r.rows), locale.toString(r.inserted),
                         locale.toString(r.updated), locale.toString(r.unchanged)));
            for (const auto& w : r.warnings) {
                warnings_->addItem(
                    new QListWidgetItem(QIcon(QStringLiteral(":/icons/error.svg")), qs(w)));
            }
            warnings_->setVisible(!r.warnings.empty());
            break;
        }
        case ImportOutcome::Status::Refused:
            status_->setText(tr("The file was refused."));
            if (o.issues.empty()) {
                result_->setText(tr("%1 Nothing was imported.").arg(o.message.toHtmlEscaped()));
                break;
            }
            result_->setText(tr("Problems found: <b>%1</b>. Nothing was imported; fix the file "
                                "and import it again.")
                                 .arg(locale.toString(o.totalIssues)));
            errors_->setRowCount(static_cast<int>(o.issues.size()));
            for (std::size_t i = 0; i < o.issues.size(); ++i) {
                const ImportIssue& issue = o.issues[i];
                const int row = static_cast<int>(i);
                auto* line = new QTableWidgetItem(locale.toString(issue.line));
                line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                errors_->setItem(row, 0, line);
                errors_->setItem(row, 1, new QTableWidgetItem(qs(issue.column)));
                errors_->setItem(row, 2, new QTableWidgetItem(qs(issue.message)));
            }
            errors_->resizeColumnToContents(0);
            errors_->resizeColumnToContents(1);
            errors_->setVisible(true);
            if (o.totalIssues > static_cast<std::int64_t>(o.issues.size())) {
                status_->setText(tr("The file was refused; the first %1 problems are listed.")
                                     .arg(o.issues.size()));
            }
            break;
        case ImportOutcome::Status::Cancelled:
            status_->setText(tr("Cancelled."));
            result_->setText(tr("The import was cancelled; nothing was imported."));
            break;
        case ImportOutcome::Status::Failed:
            status_->setText(tr("The import failed."));
            result_->setText(tr("%1<br>Nothing was imported.").arg(o.message.toHtmlEscaped()));
            break;
    }
    done_ = true;
    emit completeChanged();
}

}  // namespace uplift::app
