#pragma once
// Asks the reason for a life-cycle step (reject, cancel, an overlap override). OK stays
// disabled until a reason is typed when one is required.
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace uplift::app {

class ReasonDialog : public QDialog {
    Q_OBJECT
  public:
    ReasonDialog(const QString& title, const QString& prompt, bool required,
                 QWidget* parent = nullptr);

    QString reason() const;

  private:
    QLineEdit* edit_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
