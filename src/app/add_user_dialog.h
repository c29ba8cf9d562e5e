#pragma once
// Asks for a new user's name, full name and roles; the core validates and adds them.
#include <QDialog>

#include <set>

#include "security/roles.h"

class QCheckBox;
class QLineEdit;
class QDialogButtonBox;

namespace uplift::app {

class AddUserDialog : public QDialog {
    Q_OBJECT
  public:
    explicit AddUserDialog(QWidget* parent = nullptr);

    QString userName() const;
    QString fullName() const;
    std::set<Role> roles() const;

  private:
    void updateOk();

    QLineEdit* name_;
    QLineEdit* fullName_;
    std::vector<std::pair<Role, QCheckBox*>> roleBoxes_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
