#include "new_file_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace uplift::app {

NewFileDialog::NewFileDialog(QWidget* parent)
    : QDialog(parent),
      path_(new QLineEdit(this)),
      currency_(new QLineEdit(QStringLiteral("EUR"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New Uplift file"));
    path_->setObjectName(QStringLiteral("newFilePathEdit"));
    path_->setMinimumWidth(380);
    path_->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                       .filePath(QStringLiteral("company.uplift")));
    currency_->setObjectName(QStringLiteral("newFileCurrencyEdit"));
    currency_->setMaxLength(3);
    currency_->setMaximumWidth(80);
    currency_->setToolTip(
        tr("ISO 4217 code, e.g. EUR, USD, RUB. Every amount in the file uses it."));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(path_);  // a layout row gets no automatic buddy
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Currency:"), currency_);

    auto* note =
        new QLabel(tr("The new file has one user, “admin”, with the Administrator role."), this);
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons_);

    connect(browse, &QPushButton::clicked, this, &NewFileDialog::browse);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(path_, &QLineEdit::textChanged, this, &NewFileDialog::updateOk);
    connect(currency_, &QLineEdit::textChanged, this, &NewFileDialog::updateOk);
    updateOk();
}

QString NewFileDialog::filePath() const {
    QString p = path_->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty()) {
        p += QStringLiteral(".uplift");
    }
    return p;
}

QString NewFileDialog::currency() const {
    return currency_->text().trimmed().toUpper();
}

void NewFileDialog::browse() {
    // The core refuses to overwrite; no second question here.
    const QString p = QFileDialog::getSaveFileName(this, tr("New Uplift file"), path_->text(),
                                                   tr("Uplift files (*.uplift);;All files (*)"),
                                                   nullptr, QFileDialog::DontConfirmOverwrite);
    if (!p.isEmpty()) {
        path_->setText(p);
    }
}

void NewFileDialog::updateOk() {
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(!path_->text().trimmed().isEmpty() && !currency_->text().trimmed().isEmpty());
}

}  // namespace uplift::app
