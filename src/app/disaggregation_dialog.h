#pragma once
// Disaggregation (SM): an HQ total of a period split over divisions, reps or partner x brand in
// last year's proportions (the core's plan_disaggregation). The preview shows the basis and
// every share before anything is written; Save hands the request back to the Targets section,
// which saves it as one undoable step.
#include <QDialog>

#include <optional>
#include <vector>

#include "targets/disaggregation.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace uplift::app {

class AppSession;
class DisaggregationPreviewModel;

class DisaggregationDialog : public QDialog {
    Q_OBJECT
  public:
    // `periods`: offered in the period box, `period` chosen; `locks`: the rows picked in the grid
    // (offered checked).
    DisaggregationDialog(AppSession& session, const QStringList& periods, const QString& period,
                         const std::vector<TargetLock>& locks, QWidget* parent = nullptr);

    // What the user asked for; nullopt (and the reason shown) when a field is not valid.
    std::optional<DisaggregationRequest> request();
    // Plans with the core (a dry run) and shows the shares; false when refused.
    bool preview();

    QComboBox* periodBox() const { return period_; }
    QLineEdit* unitsEdit() const { return units_; }
    QLineEdit* valueEdit() const { return value_; }
    QComboBox* levelBox() const { return level_; }
    QListWidget* lockList() const { return locks_; }
    QLabel* basisLabel() const { return basis_; }
    QLabel* sumLabel() const { return sum_; }
    QPushButton* saveButton() const;
    DisaggregationPreviewModel* previewModel() const { return model_; }

  private:
    void inputsChanged();

    AppSession& session_;
    QComboBox* period_;
    QLineEdit* units_;
    QLineEdit* value_;
    QComboBox* level_;
    QListWidget* locks_;
    QLabel* basis_;
    QLabel* sum_;
    QLabel* problem_;
    DisaggregationPreviewModel* model_;
    QTableView* table_;
    QDialogButtonBox* buttons_;
    QTimer* debounce_;
    std::optional<DisaggregationRequest> previewed_;
};

}  // namespace uplift::app
