#pragma once
// Table models of the Discounts section over the core's lists: discount requests (the inbox),
// central conditions, and returns and write-offs. Read-only; every change goes through the
// section's dialogs and the core. Money right-aligned with the exact cents for sorting.
#include <QAbstractTableModel>

#include <vector>

#include "discounts/condition.h"
#include "discounts/discount_request.h"
#include "discounts/returns.h"

namespace uplift::app {

// "01/03/2025 – 31/03/2025": a period in the user's locale.
QString periodText(const Period& p);
// "Sales manager", "Finance", "Automatic".
QString approverLevelText(ApproverLevel level);
// "Pending", "Approved", "Rejected", "Withdrawn".
QString requestStatusText(RequestStatus status);
// "Return", "Write-off".
QString returnKindText(ReturnKind kind);

class DiscountRequestModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Id,
        Account,
        Skus,
        Depth,
        Dates,
        Reason,
        Value,
        RequestedBy,
        Level,
        Status,
        Decided,
        ColumnCount
    };

    explicit DiscountRequestModel(QObject* parent = nullptr);

    // Largest value first (ties: the older request first), as the inbox shows them.
    void setRequests(std::vector<DiscountRequest> requests);
    const std::vector<DiscountRequest>& requests() const { return rows_; }
    const DiscountRequest& request(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<DiscountRequest> rows_;
};

class ConditionTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Name, Depth, From, To, Scope, Stacking, Reason, Request, ColumnCount };

    explicit ConditionTableModel(QObject* parent = nullptr);

    void setConditions(std::vector<DiscountCondition> conditions);
    const std::vector<DiscountCondition>& conditions() const { return rows_; }
    const DiscountCondition& condition(int row) const {
        return rows_[static_cast<std::size_t>(row)];
    }
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<DiscountCondition> rows_;
};

class ReturnTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Kind, Day, Account, Sku, Units, Amount, Reason, Note, EnteredBy, ColumnCount };

    explicit ReturnTableModel(QObject* parent = nullptr);

    void setReturns(std::vector<ReturnEntry> entries);
    const std::vector<ReturnEntry>& entries() const { return rows_; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<ReturnEntry> rows_;
};

}  // namespace uplift::app
