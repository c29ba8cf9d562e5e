#include "import_choose_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "app_session.h"
#include "import_wizard.h"
#include "role_names.h"
#include "security/roles.h"
#include "text_conversions.h"

namespace uplift::app {

ImportChoosePage::ImportChoosePage(ImportWizard* wizard)
    : QWizardPage(wizard),
      wizard_(wizard),
      kind_(new QComboBox(this)),
      file_(new QLineEdit(this)),
      columns_(new QLabel(this)),
      error_(new QLabel(this)) {
    setTitle(tr("Choose the file"));
    setSubTitle(
        tr("Pick what the file holds and where it is. CSV with a header row, separated "
           "by commas or semicolons, UTF-8."));
    kind_->setObjectName(QStringLiteral("importKindCombo"));
    file_->setObjectName(QStringLiteral("importFileEdit"));
    file_->setPlaceholderText(tr("Path of a .csv file"));
    columns_->setWordWrap(true);
    columns_->setTextFormat(Qt::RichText);
    error_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error_->setWordWrap(true);

    AppSession& session = wizard->session();
    int firstAllowed = -1;
    for (const ImportKind k : all_import_kinds()) {
        kind_->addItem(RoleNames::importKind(k), static_cast<int>(k));
        const int row = kind_->count() - 1;
        if (!session.canImport(k)) {
            // Shown but not choosable: the user sees what exists and why it is out of reach.
            auto* model = static_cast<QStandardItemModel*>(kind_->model());
            QStandardItem* item = model->item(row);
            item->setEnabled(false);
            item->setToolTip(
                tr("Needs the right “%1”.").arg(qs(rights::import_right(import_kind_name(k)))));
        } else if (firstAllowed < 0 || k == wizard->kind()) {
            firstAllowed = row;
        }
    }
    if (firstAllowed >= 0) {
        kind_->setCurrentIndex(firstAllowed);
    }

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), kind_);
    // A row holding a layout gets no automatic buddy: name it so the & shortcut works.
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(file_);
    form->addRow(fileLabel, fileRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(columns_);
    layout->addWidget(error_);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportChoosePage::browse);
    connect(kind_, &QComboBox::currentIndexChanged, this, &ImportChoosePage::kindChanged);
    connect(file_, &QLineEdit::textChanged, this, [this] {
        error_->clear();
        emit completeChanged();
    });
    kindChanged();
}

void ImportChoosePage::kindChanged() {
    const auto kind = static_cast<ImportKind>(kind_->currentData().toInt());
    const ColumnSpec& spec = columns_of(kind);
    QStringList required;
    QStringList optional;
    for (const auto& c : spec.required) {
        required << qs(c);
    }
    for (const auto& c : spec.optional) {
        optional << qs(c);
    }
    QString text = tr("Required columns: <b>%1</b>").arg(required.join(QStringLiteral(", ")));
    if (!optional.isEmpty()) {
        text += QStringLiteral("<br>") +
                tr("Optional columns: %1").arg(optional.join(QStringLiteral(", ")));
    }
    columns_->setText(text);
    emit completeChanged();
}

void ImportChoosePage::browse() {
    QSettings settings;
    const QString start = settings.value(QStringLiteral("import/lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a file"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        file_->setText(path);
        settings.setValue(QStringLiteral("import/lastDirectory"), QFileInfo(path).absolutePath());
    }
}

bool ImportChoosePage::isComplete() const {
    const auto* model = static_cast<const QStandardItemModel*>(kind_->model());
    const QStandardItem* item = model->item(kind_->currentIndex());
    return item != nullptr && item->isEnabled() && !file_->text().trimmed().isEmpty();
}

bool ImportChoosePage::validatePage() {
    const QString path = file_->text().trimmed();
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        error_->setText(tr("There is no file “%1”.").arg(path));
        return false;
    }
    wizard_->setKind(static_cast<ImportKind>(kind_->currentData().toInt()));
    wizard_->setFilePath(info.absoluteFilePath());
    // A new file starts from detection, not from the last file's choices.
    wizard_->options() = {};
    return true;
}

}  // namespace uplift::app
