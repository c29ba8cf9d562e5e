#include "add_user_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "role_names.h"

namespace uplift::app {

AddUserDialog::AddUserDialog(QWidget* parent)
    : QDialog(parent),
      name_(new QLineEdit(this)),
      fullName_(new QLineEdit(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add user"));
    name_->setObjectName(QStringLiteral("userNameEdit"));
    name_->setPlaceholderText(tr("e.g. jsmith"));
    fullName_->setPlaceholderText(tr("e.g. Jane Smith"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), name_);
    form->addRow(tr("&Full name:"), fullName_);

    auto* rolesBox = new QGroupBox(tr("Roles"), this);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    for (const Role r : all_roles()) {
        auto* box = new QCheckBox(RoleNames::title(r), rolesBox);
        rolesLayout->addWidget(box);
        roleBoxes_.emplace_back(r, box);
        connect(box, &QCheckBox::toggled, this, &AddUserDialog::updateOk);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rolesBox);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, &AddUserDialog::updateOk);
    updateOk();
}

QString AddUserDialog::userName() const {
    return name_->text().trimmed();
}

QString AddUserDialog::fullName() const {
    return fullName_->text().trimmed();
}

std::set<Role> AddUserDialog::roles() const {
    std::set<Role> out;
    for (const auto& [role, box] : roleBoxes_) {
        if (box->isChecked()) {
            out.insert(role);
        }
    }
    return out;
}

void AddUserDialog::updateOk() {
    // Only "is anything there" here; the core checks what a valid name is.
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!userName().isEmpty() && !roles().empty());
}

}  // namespace uplift::app
