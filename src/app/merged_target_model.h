#pragma once
// What a rep merge wrote to the main file: per key the value before and after, units and money
// ("100 → 120"; a key the merge added shows "—" before).
#include <QAbstractTableModel>

#include <vector>

#include "sync/rep_merge.h"

namespace uplift::app {

class MergedTargetModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Period, Account, Brand, Units, Value, ColumnCount };

    explicit MergedTargetModel(QObject* parent = nullptr);

    void setApplied(std::vector<MergedTarget> applied);
    const std::vector<MergedTarget>& applied() const { return applied_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<MergedTarget> applied_;
};

}  // namespace uplift::app
