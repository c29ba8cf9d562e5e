#pragma once
// The target grid (SCREENS "Targets"): one row per partner x brand, the row's total and its
// top-down total (left, so they stay in sight), then one column per period of the chosen year. It
// holds what the core read in one go (load_target_grid) and never queries in data(). Edits are not
// written here: setData parses what was typed and asks for an edit, which the section turns into an
// undo command that calls the core and then hands the written values back (applyEdits).
#include <QAbstractTableModel>

#include <map>
#include <optional>

#include "target_cell_text.h"
#include "targets/target_grid.h"

namespace uplift::app {

class TargetGridModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum FixedColumn { Rep, Account, Partner, Brand, Total, TopDown, FirstPeriod };
    enum Role {
        // The key's top-down version in the shown measure (qint64), invalid when it has none.
        TopDownRole = Qt::UserRole + 40,
        // True where the current target differs from the top-down version.
        GapRole,
        // The shown measure of the cell (qint64), invalid when the key has no target.
        AmountRole,
    };

    // Who may edit which row: everything, or the rows of their own partners (REP in a rep file).
    struct EditRights {
        bool all = false;
        bool own = false;
        std::int64_t userId = 0;
    };

    explicit TargetGridModel(QObject* parent = nullptr);

    void setGrid(TargetGrid grid);
    void setRights(EditRights rights);
    void setMeasure(TargetMeasure measure);
    TargetMeasure measure() const { return measure_; }
    const TargetGrid& grid() const { return grid_; }

    int periodCount() const { return static_cast<int>(grid_.periods.size()); }
    int totalColumn() const { return Total; }
    int topDownColumn() const { return TopDown; }
    // The period index of a column, or -1 for the other columns.
    int periodOfColumn(int column) const;
    const TargetGridRow& gridRow(int row) const {
        return grid_.rows[static_cast<std::size_t>(row)];
    }
    bool rowEditable(int row) const;

    // The shown measure of a cell, with a pending (typed, not yet written) value when there is.
    std::optional<qint64> amount(int row, int period) const;
    std::optional<qint64> topDown(int row, int period) const;
    // What typing `amount` (nullopt: an empty cell) into a cell asks the core to write; the other
    // measure keeps its value, and a cell emptied with nothing in the other measure has no target.
    TargetEdit editFor(int row, int period, std::optional<qint64> amount) const;
    // The key's current target as an edit (to restore it).
    TargetEdit currentEdit(int row, int period) const;

    // Totals follow what is typed before it is committed.
    void setPending(int row, int period, std::optional<qint64> amount);
    void clearPending();
    // Values the core wrote: updates the cells of keys this grid shows.
    void applyEdits(const std::vector<TargetEdit>& edits);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The background of a cell whose target differs from its top-down version.
    static QColor gapColor();

  signals:
    // `before` restores what `after` replaces (for undo).
    void editRequested(const std::vector<TargetEdit>& before, const std::vector<TargetEdit>& after,
                       const QString& text);
    void refused(const QString& message);
    // A cell or a pending value changed: totals outside the model recompute.
    void amountsChanged();

  private:
    qint64 pick(const TargetAmount& a) const {
        return measure_ == TargetMeasure::Units ? a.units : a.value;
    }
    QString periodLabel(int period) const;
    QString cellToolTip(int row, int period) const;
    std::optional<qint64> rowTotal(int row, bool topdown) const;

    TargetGrid grid_;
    EditRights rights_;
    TargetMeasure measure_ = TargetMeasure::Units;
    std::map<std::pair<std::int64_t, std::int64_t>, int> rowOfKey_;
    struct Pending {
        int row = -1;
        int period = -1;
        std::optional<qint64> amount;
    };
    std::optional<Pending> pending_;
};

}  // namespace uplift::app
