#pragma once
// Central discount conditions (SPEC §5): the list with depth, dates, scope, stacking, reason
// and the request each came from; Add, Edit and Delete through ConditionDialog, which shows the
// core's clash refusal and warnings while the user types. Each change is one undo step: an
// addition is undone by deleting the condition, an edit by changing it back, a deletion by
// entering it again.
#include <QPointer>
#include <QWidget>

#include <optional>

#include "discounts/condition.h"

class QPushButton;
class QUndoCommand;
class QUndoStack;

namespace uplift::app {

class AppSession;
class ConditionDialog;
class ConditionTableModel;
class FilteredTableView;

class ConditionsPanel : public QWidget {
    Q_OBJECT
  public:
    ConditionsPanel(AppSession& session, QUndoStack* undoStack, QWidget* parent = nullptr);

    FilteredTableView* view() const { return view_; }
    ConditionTableModel* model() const { return model_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* editButton() const { return edit_; }
    QPushButton* deleteButton() const { return delete_; }
    std::optional<DiscountCondition> currentCondition() const;
    bool selectCondition(const QString& name);

  public slots:
    void reload();
    ConditionDialog* openAddDialog();
    ConditionDialog* openEditDialog();
    // Asks the reason, then deletes the current condition; returns whether it was deleted.
    bool deleteCurrent();

  signals:
    // A condition was added, changed or deleted (or such a step undone).
    void conditionsChanged();

  private:
    ConditionDialog* openDialog(const std::optional<DiscountCondition>& editing);
    bool push(QUndoCommand* command);
    void updateActions();

    AppSession& session_;
    QUndoStack* undoStack_;
    bool mayEdit_;
    ConditionTableModel* model_;
    FilteredTableView* view_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* delete_;
    QPointer<QWidget> dialog_;
    bool refusedLast_ = false;
};

}  // namespace uplift::app
