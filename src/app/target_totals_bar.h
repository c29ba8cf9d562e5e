#pragma once
// The totals line under the target grid: per period the sum of the rows shown (after every
// filter), the grand total and the top-down grand total. A one-row table that keeps its column
// widths and horizontal scroll in step with the grid, so each sum stands under its column.
#include <QTableView>

class QTimer;

#include <optional>

namespace uplift::app {

class TargetGridModel;
class TargetTotalsModel;

class TargetTotalsBar : public QTableView {
    Q_OBJECT
  public:
    // `shown` is the model the grid's table shows (proxies over `grid`).
    TargetTotalsBar(TargetGridModel* grid, QTableView* table, QWidget* parent = nullptr);

    // The sum under a grid column (a period, the total or the top-down total); nullopt when no
    // row shown has a value there.
    std::optional<qint64> total(int column) const;
    // Re-sums now (also done on every change of the grid or the filters).
    void recompute();

  private:
    void syncWidths();

    QTableView* table_;
    TargetTotalsModel* totals_;
    // A filter change removes rows range by range: sum once after the last one.
    QTimer* coalesce_;
};

}  // namespace uplift::app
