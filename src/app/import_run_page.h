#pragma once
// Wizard step 4: the import runs in the background with a progress bar and Cancel, then the
// page shows the counts (inserted / updated / unchanged, warnings) or every problem by line and
// column with the assurance that nothing was imported.
#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace uplift::app {

class ImportWizard;

class ImportRunPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

  private:
    void showOutcome();

    ImportWizard* wizard_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QLabel* result_;
    QListWidget* warnings_;
    QTableWidget* errors_;
    QPushButton* again_;
    bool done_ = false;
};

}  // namespace uplift::app
