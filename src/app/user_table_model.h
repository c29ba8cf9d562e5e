#pragma once
// Users of the file and their roles, read-only (adding goes through AddUserDialog).
#include <QAbstractTableModel>

#include <vector>

#include "security/users.h"

namespace uplift::app {

class AppSession;

class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Name, FullName, Roles, Active, ColumnCount };

    explicit UserTableModel(AppSession& session, QObject* parent = nullptr);
    void reload();
    const std::vector<User>& users() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    AppSession& session_;
    std::vector<User> rows_;
};

}  // namespace uplift::app
