#include "import_columns_page.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "import_wizard.h"
#include "role_names.h"
#include "text_conversions.h"

namespace uplift::app {

ImportColumnsPage::ImportColumnsPage(ImportWizard* wizard)
    : QWizardPage(wizard),
      wizard_(wizard),
      list_(new QTreeWidget(this)),
      summary_(new QLabel(this)) {
    setTitle(tr("Check the columns"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    list_->setObjectName(QStringLiteral("importColumnsList"));
    list_->setRootIsDecorated(false);
    list_->setHeaderLabels({tr("Column"), tr("Used as")});
    list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    summary_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_, 1);
    layout->addWidget(summary_);
}

void ImportColumnsPage::initializePage() {
    setSubTitle(tr("Columns of %1 for an import of %2.")
                    .arg(QFileInfo(wizard_->filePath()).fileName(),
                         RoleNames::importKind(wizard_->kind()).toLower()));
    list_->clear();
    missingRequired_ = false;
    int unknown = 0;
    for (const ColumnCheck& c : wizard_->preview().columns) {
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, qs(c.name));
        switch (c.status) {
            case ColumnCheck::Status::Required:
                item->setText(1, tr("required column"));
                item->setIcon(0, QIcon(QStringLiteral(":/icons/ok.svg")));
                break;
            case ColumnCheck::Status::Optional:
                item->setText(1, tr("optional column"));
                item->setIcon(0, QIcon(QStringLiteral(":/icons/ok.svg")));
                break;
            case ColumnCheck::Status::Unknown:
                item->setText(1, tr("not used: ignored"));
                item->setForeground(1, QColor(Qt::gray));
                ++unknown;
                break;
            case ColumnCheck::Status::Missing:
                item->setText(1, tr("missing: the file needs this column"));
                item->setIcon(0, QIcon(QStringLiteral(":/icons/error.svg")));
                item->setForeground(1, QColor(0xb3, 0x26, 0x1e));
                missingRequired_ = true;
                break;
        }
    }
    if (missingRequired_) {
        summary_->setText(tr("A required column is missing; add it to the file and start again."));
        summary_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else {
        summary_->setText(
            (unknown > 0 ? tr("Columns ignored: %1. ").arg(unknown) : QString()) +
            tr("Import runs in one step: every row is imported, or nothing if any row has a "
               "problem."));
        summary_->setStyleSheet({});
    }
    emit completeChanged();
}

bool ImportColumnsPage::isComplete() const {
    return !missingRequired_;
}

}  // namespace uplift::app
