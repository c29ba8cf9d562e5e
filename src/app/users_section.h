#pragma once
// Users and their roles; Add user… for those who hold users.manage.
#include "section_widget.h"

class QPushButton;

namespace uplift::app {

class AppSession;
class UserTableModel;

class UsersSection : public SectionWidget {
    Q_OBJECT
  public:
    explicit UsersSection(AppSession& session, QWidget* parent = nullptr);

    void reload() override;
    FilteredTableView* tableView() const override { return view_; }

  public slots:
    void addUser();

  private:
    AppSession& session_;
    UserTableModel* model_;
    FilteredTableView* view_;
    QPushButton* addButton_;
};

}  // namespace uplift::app
