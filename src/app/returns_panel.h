#pragma once
// Returns and write-offs (SPEC §5): the list with kind, date, account, sku, units, amount,
// reason and note, filterable by kind; "New…" enters one through ReturnDialog as an undo step
// (undo deletes it through the core).
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QUndoStack;

namespace uplift::app {

class AppSession;
class FilteredTableView;
class ReturnDialog;
class ReturnTableModel;

class ReturnsPanel : public QWidget {
    Q_OBJECT
  public:
    ReturnsPanel(AppSession& session, QUndoStack* undoStack, QWidget* parent = nullptr);

    FilteredTableView* view() const { return view_; }
    ReturnTableModel* model() const { return model_; }
    QComboBox* kindCombo() const { return kind_; }
    QPushButton* newButton() const { return new_; }

  public slots:
    void reload();
    ReturnDialog* openNewDialog();

  signals:
    void returnsChanged();

  private:
    AppSession& session_;
    QUndoStack* undoStack_;
    bool mayEnter_;
    ReturnTableModel* model_;
    FilteredTableView* view_;
    QComboBox* kind_;
    QPushButton* new_;
    QLabel* totals_;
    QPointer<QWidget> dialog_;
    bool refusedLast_ = false;
};

}  // namespace uplift::app
