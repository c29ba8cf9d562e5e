#pragma once
// Wizard step 3: each header column and what the import does with it; a missing required
// column stops here. This is the commit page: its button starts the import.
#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace uplift::app {

class ImportWizard;

class ImportColumnsPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ImportColumnsPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

  private:
    ImportWizard* wizard_;
    QTreeWidget* list_;
    QLabel* summary_;
    bool missingRequired_ = false;
};

}  // namespace uplift::app
