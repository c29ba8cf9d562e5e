#pragma once
// Every fund of the file as a tree (HQ → brand → account, by parent) with the core's figures:
// one budget_vs_actual call per reload, nothing computed here but the bar's colour class.
#include <QAbstractItemModel>
#include <QMetaType>

#include <vector>

#include "analytics/budget_vs_actual.h"
#include "fund_level.h"

namespace uplift::app {

// What the bar delegate paints: spent | committed | free, in cents.
struct FundBar {
    qint64 budget = 0;
    qint64 actual = 0;
    qint64 committed = 0;
    qint64 warningPct = 0;  // Percent units (1e-4 %)
    FundLevel level = FundLevel::Normal;
};

class FundTreeModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum Column {
        Name,
        Scope,
        Allocated,
        Accrued,
        Budget,
        Committed,
        Actual,
        Available,
        Utilisation,
        Bar,
        ColumnCount
    };
    static constexpr int FundIdRole = Qt::UserRole + 30;  // qint64
    static constexpr int BarRole = Qt::UserRole + 31;     // FundBar
    static constexpr int LevelRole = Qt::UserRole + 32;   // int(FundLevel)

    explicit FundTreeModel(QObject* parent = nullptr);

    // The rows of budget_vs_actual (ordered by name); children go under their parent.
    void setRows(std::vector<BudgetRow> rows);
    const std::vector<BudgetRow>& rows() const { return rows_; }
    const BudgetRow* row(qint64 fundId) const;
    QModelIndex indexOf(qint64 fundId, int column = Name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    const BudgetRow& at(const QModelIndex& index) const;
    QVariant money(const BudgetRow& r, int column, int role) const;

    std::vector<BudgetRow> rows_;
    std::vector<int> parentOf_;               // node -> parent node, -1 for a root
    std::vector<int> rowInParent_;            // node -> its row under its parent
    std::vector<std::vector<int>> children_;  // node -> children; the last entry: the roots
};

}  // namespace uplift::app

Q_DECLARE_METATYPE(uplift::app::FundBar)
