#pragma once
// The log of fund rule firings, oldest first: what each firing moved, when and for what.
#include <QAbstractTableModel>

#include <vector>

#include "funds/rules.h"

namespace uplift::app {

class AppSession;

class RuleLogModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Rule, Subject, FiredOn, From, To, Amount, FiredAt, ColumnCount };

    explicit RuleLogModel(AppSession& session, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    // A logged firing with its effect JSON ({"from","to","amount"}) read into columns.
    struct Row {
        LoggedFiring logged;
        QString from, to;
        qint64 amount = 0;
    };
    AppSession& session_;
    std::vector<Row> rows_;
};

}  // namespace uplift::app
