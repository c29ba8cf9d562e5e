#pragma once
// The Imports section: every import batch with its counts, an Import… button that opens the
// wizard, and Roll back for the selected batch (the core checks the right and dependencies).
#include "section_widget.h"

class QPushButton;

namespace uplift::app {

class AppSession;
class BatchTableModel;

class BatchListView : public SectionWidget {
    Q_OBJECT
  public:
    explicit BatchListView(AppSession& session, QWidget* parent = nullptr);

    void reload() override;
    FilteredTableView* tableView() const override { return view_; }
    BatchTableModel* model() const { return model_; }

    // Rolls back the batch after the user confirms (non-blocking confirmation box).
    void rollBackSelected();
    // Does it now, without asking (what the confirmation's Yes runs).
    void rollBack(qint64 batchId);

  signals:
    void importRequested();
    // Something in the file changed (a rollback): other sections must re-read.
    void fileChanged();

  private:
    qint64 selectedBatchId() const;
    void updateButtons();

    AppSession& session_;
    BatchTableModel* model_;
    FilteredTableView* view_;
    QPushButton* importButton_;
    QPushButton* rollbackButton_;
};

}  // namespace uplift::app
