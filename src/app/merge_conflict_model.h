#pragma once
// The conflicts a stopped rep merge met (SPEC §6.1): per key the value at export, HQ's value
// and the rep's, each as units and money, and the user's choice for it (Keep HQ / Take rep's),
// editable in the last column.
#include <QAbstractTableModel>

#include <vector>

#include "sync/rep_merge.h"

namespace uplift::app {

class MergeConflictModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Period,
        Account,
        Brand,
        ExportUnits,
        ExportValue,
        HqUnits,
        HqValue,
        RepUnits,
        RepValue,
        Choice,
        ColumnCount
    };
    // Edit values of the Choice column (what ChoiceDelegate stores).
    static constexpr const char* kOurs = "ours";
    static constexpr const char* kTheirs = "theirs";

    explicit MergeConflictModel(QObject* parent = nullptr);

    // The choices start unset: the user settles each conflict.
    void setConflicts(std::vector<MergeConflict> conflicts);
    const std::vector<MergeConflict>& conflicts() const { return conflicts_; }

    void setChoice(int row, ConflictChoice choice);
    void setAllChoices(ConflictChoice choice);
    bool allChosen() const;
    static QString choiceLabel(ConflictChoice choice);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

  signals:
    void choicesChanged();

  private:
    std::vector<MergeConflict> conflicts_;
};

}  // namespace uplift::app
