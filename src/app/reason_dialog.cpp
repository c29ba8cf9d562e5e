#include "reason_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace uplift::app {

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, bool required,
                           QWidget* parent)
    : QDialog(parent),
      edit_(new QLineEdit(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    edit_->setObjectName(QStringLiteral("reasonEdit"));
    edit_->setPlaceholderText(required ? tr("Required") : tr("Optional"));
    edit_->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(edit_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(edit_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (required) {
        QPushButton* ok = buttons_->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        connect(edit_, &QLineEdit::textChanged, ok,
                [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    }
}

QString ReasonDialog::reason() const {
    return edit_->text().trimmed();
}

}  // namespace uplift::app
