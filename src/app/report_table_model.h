#pragma once
// A core ReportTable as a table model: the header and cells exactly as the core prints them
// (the CLI's figures), figures on the right and words on the left; SortRole gives figures as
// numbers so a column of amounts sorts by value. The subtotal and total rows follow the rows,
// bold and pinned last (PinnedLastRole).
#include <QAbstractTableModel>

#include "reports/report_table.h"

namespace uplift::app {

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(ReportTable table);
    const ReportTable& table() const { return table_; }
    bool isText(int column) const;
    // The report's own rows, without its subtotals and totals.
    int detailRowCount() const;
    bool isTotal(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    ReportTable table_;
};

}  // namespace uplift::app
