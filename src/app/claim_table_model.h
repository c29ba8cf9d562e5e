#pragma once
// Claims against promotions (the core's list_claims): amount, settled, written off and what is
// still open. Read-only; settling goes through the claims panel's dialogs.
#include <QAbstractTableModel>

#include <vector>

#include "funds/claims.h"

namespace uplift::app {

class ClaimTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        ClaimId,
        Status,
        Promotion,
        Date,
        Amount,
        Settled,
        WrittenOff,
        Open,
        Reason,
        ColumnCount
    };
    // Which claims are shown: all, those with something open, or those done with.
    enum class Show { All, Open, Done };

    explicit ClaimTableModel(QObject* parent = nullptr);

    void setClaims(std::vector<Claim> claims, Show show);
    // "Open", "Part settled", "Settled", "Written off", from the core's amounts.
    static QString statusText(const Claim& c);
    const Claim& claim(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    // The row of a claim by its row id, -1 when not shown.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<Claim> rows_;
};

}  // namespace uplift::app
