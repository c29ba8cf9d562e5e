#pragma once
// Wizard step 1: what kind of file, and which file. Kinds the user may not import are shown
// disabled with the missing right as tooltip.
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace uplift::app {

class ImportWizard;

class ImportChoosePage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ImportChoosePage(ImportWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;

  private:
    void browse();
    void kindChanged();

    ImportWizard* wizard_;
    QComboBox* kind_;
    QLineEdit* file_;
    QLabel* columns_;
    QLabel* error_;
};

}  // namespace uplift::app
