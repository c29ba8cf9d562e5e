#pragma once
// The shares a disaggregation would write, as the core planned them: one row per division, rep
// or (account, brand), with its units and value; locked pairs keep their target.
#include <QAbstractTableModel>

#include "targets/disaggregation.h"

namespace uplift::app {

class DisaggregationPreviewModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Division, Rep, Account, Brand, Units, Value, Locked, ColumnCount };

    explicit DisaggregationPreviewModel(QObject* parent = nullptr);

    void setPlan(const Disaggregation& plan);
    void clear();
    const std::vector<TargetShare>& shares() const { return shares_; }
    TargetLevel level() const { return level_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<TargetShare> shares_;
    TargetLevel level_ = TargetLevel::Account;
};

}  // namespace uplift::app
