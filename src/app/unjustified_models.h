#pragma once
// The unjustified discounts (analytics/unjustified_discounts.h) as tables: the groups by
// account × reason × month with their sums, and the flagged rows of one group (or all of them).
#include <QAbstractTableModel>

#include <vector>

#include "analytics/unjustified_discounts.h"

namespace uplift::app {

// "No entitlement", "Exceeds entitlement" for the core's reason codes.
QString unjustifiedReasonText(const std::string& reason);

class UnjustifiedGroupModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Account, Reason, Month, Rows, Invoiced, Entitled, Excess, ColumnCount };

    explicit UnjustifiedGroupModel(QObject* parent = nullptr);

    void setGroups(std::vector<UnjustifiedGroup> groups);
    const std::vector<UnjustifiedGroup>& groups() const { return groups_; }
    const UnjustifiedGroup& group(int row) const { return groups_[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<UnjustifiedGroup> groups_;
};

class UnjustifiedRowModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Week, Account, Sku, Invoiced, Entitled, Excess, Reason, ColumnCount };

    explicit UnjustifiedRowModel(QObject* parent = nullptr);

    void setRows(std::vector<UnjustifiedRow> rows);
    const std::vector<UnjustifiedRow>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<UnjustifiedRow> rows_;
};

// Whether a flagged row belongs to a group of group_unjustified (account × reason × month).
bool inGroup(const UnjustifiedRow& row, const UnjustifiedGroup& group);
// The rows as CSV: week,account,sku,invoiced_discount,entitled_discount,excess,reason with
// money to two decimals (the core's rounding), '.' as the decimal mark.
QByteArray unjustifiedCsv(const std::vector<UnjustifiedRow>& rows);

}  // namespace uplift::app
