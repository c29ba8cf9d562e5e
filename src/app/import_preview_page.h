#pragma once
// Wizard step 2: the first rows as the core reads them, with the detected separator, decimal
// mark and encoding; changing a choice re-reads the preview.
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace uplift::app {

class ImportWizard;

class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ImportPreviewPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

  private:
    void optionsChanged();
    void showPreview(const QString& readError);

    ImportWizard* wizard_;
    QComboBox* delimiter_;
    QComboBox* decimalMark_;
    QLabel* encoding_;
    QLabel* problem_;
    QTableWidget* table_;
    bool readable_ = false;
    bool updating_ = false;
};

}  // namespace uplift::app
