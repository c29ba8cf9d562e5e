#pragma once
// The Targets section (SPEC §6, SCREENS "Targets"): the target grid of a year by month or
// quarter, in units or value, filtered by rep, region and brand, with totals that follow every
// keystroke, top-down versions and their gaps, block paste from a spreadsheet and undo; the
// disaggregation dialog for sales managers. In a rep file it shows the rep's partners only.
#include <QPointer>

#include <vector>

#include "section_widget.h"
#include "targets/target_edit.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace uplift::app {

class AppSession;
class DisaggregationDialog;
class ForecastAccuracyView;
class TargetGapsPanel;
class TargetGridFilter;
class TargetGridModel;
class TargetTotalsBar;

class TargetsSection : public SectionWidget {
    Q_OBJECT
  public:
    TargetsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent = nullptr);

    void reload() override;
    FilteredTableView* tableView() const override { return view_; }

    TargetGridModel* model() const { return model_; }
    TargetGridFilter* gridFilter() const { return filter_; }
    TargetTotalsBar* totalsBar() const { return totals_; }
    QSpinBox* yearBox() const { return year_; }
    QComboBox* columnsBox() const { return columns_; }
    QToolButton* unitsButton() const { return units_; }
    QToolButton* valueButton() const { return value_; }
    QComboBox* repBox() const { return rep_; }
    QComboBox* regionBox() const { return region_; }
    QComboBox* brandBox() const { return brand_; }
    QPushButton* disaggregateButton() const { return disaggregate_; }
    DisaggregationDialog* disaggregationDialog() const;

    // The view row showing a partner x brand (after filters and sorting), or -1.
    int viewRowOf(const QString& account, const QString& brand) const;
    // Pastes a block of tab-separated rows at the current cell: every cell in one undo step, or
    // none (the refusal names the row and column). Returns true when the block was written.
    bool pasteText(const QString& text);
    void pasteFromClipboard();
    // Opens the disaggregation dialog (not modal to the event loop); nullptr without the right.
    DisaggregationDialog* openDisaggregation();

  private:
    void buildFilters();
    void refillChoices();
    void pushEdits(std::vector<TargetEdit> before, std::vector<TargetEdit> after,
                   const QString& text);
    void refuse(const QString& title, const QString& message);

    AppSession& session_;
    QUndoStack* undoStack_;
    TargetGridModel* model_;
    TargetGridFilter* filter_;
    FilteredTableView* view_;
    TargetTotalsBar* totals_;
    QSpinBox* year_;
    QComboBox* columns_;
    QButtonGroup* measure_;
    QToolButton* units_;
    QToolButton* value_;
    QComboBox* rep_;
    QComboBox* region_;
    QComboBox* brand_;
    QPushButton* paste_;
    QPushButton* disaggregate_;
    QTabWidget* tabs_ = nullptr;
    TargetGapsPanel* gaps_ = nullptr;
    ForecastAccuracyView* accuracy_ = nullptr;  // none in a rep file
    QPointer<DisaggregationDialog> dialog_;
};

}  // namespace uplift::app
