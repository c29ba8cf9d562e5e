#pragma once
// Master data: accounts (trade partners) with channel, region, parent and rep.
#include "section_widget.h"

class QUndoStack;

namespace uplift::app {

class AppSession;
class AccountTableModel;

class AccountsSection : public SectionWidget {
    Q_OBJECT
  public:
    AccountsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent = nullptr);

    void reload() override;
    FilteredTableView* tableView() const override { return view_; }
    AccountTableModel* model() const { return model_; }

  private:
    AppSession& session_;
    AccountTableModel* model_;
    FilteredTableView* view_;
};

}  // namespace uplift::app
