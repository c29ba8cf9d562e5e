#pragma once
// File > New: where the new Uplift file goes and its currency.
#include <QDialog>

class QLineEdit;
class QDialogButtonBox;

namespace uplift::app {

class NewFileDialog : public QDialog {
    Q_OBJECT
  public:
    explicit NewFileDialog(QWidget* parent = nullptr);

    QString filePath() const;  // with ".uplift" added when it has no extension
    QString currency() const;  // as typed; the core validates the code

  private:
    void browse();
    void updateOk();

    QLineEdit* path_;
    QLineEdit* currency_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
