#pragma once
// Accounts (trade partners) as the core lists them; edits of name, channel, region, parent and
// rep go through undoable ChangeValueCommands that call uplift::update_account.
#include <QAbstractTableModel>

#include <vector>

#include "masterdata/accounts.h"

class QUndoStack;

namespace uplift::app {

class AppSession;

class AccountTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Code, Name, Channel, Region, Parent, Rep, ColumnCount };

    AccountTableModel(AppSession& session, QUndoStack* undoStack, QObject* parent = nullptr);

    void reload();
    void setEditable(bool editable) { editable_ = editable; }
    // Account codes in list order (for the parent chooser).
    QStringList codes() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The undo command's apply step: one field of one account through the core.
    bool applyField(qint64 accountId, int column, const QVariant& value);

    static bool isEditableColumn(int column) { return column != Code && column < ColumnCount; }

  signals:
    void refused(const QString& message);

  private:
    int rowOfId(qint64 id) const;
    static QString fieldValue(const Account& a, int column);

    AppSession& session_;
    QUndoStack* undoStack_;
    std::vector<Account> rows_;
    bool editable_ = false;
};

}  // namespace uplift::app
