#pragma once
// Movements of money fund rules make: what a dry run would book, or what a run booked.
#include <QAbstractTableModel>

#include <vector>

#include "funds/rules.h"

namespace uplift::app {

class RuleFiringModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Rule, Subject, From, To, Amount, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setFirings(std::vector<RuleFiring> firings);
    const std::vector<RuleFiring>& firings() const { return rows_; }
    qint64 total() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<RuleFiring> rows_;
};

}  // namespace uplift::app
