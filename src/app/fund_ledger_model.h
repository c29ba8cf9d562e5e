#pragma once
// One fund's ledger (the core's fund_entries): date, kind, amount, source, user, reason. The
// source reads as a link when it leads somewhere: a promotion, a claim or another fund.
#include <QAbstractTableModel>
#include <QColor>

#include <functional>
#include <vector>

#include "funds/ledger.h"

namespace uplift::app {

enum class LedgerLink { None, Promotion, Claim, Fund };

// Names for the ids a ledger entry refers to; an empty answer shows the id.
struct LedgerSourceNames {
    std::function<QString(qint64)> fund;
    std::function<QString(qint64)> promotion;
    std::function<QString(qint64)> claim;
    // The colour of a fund's name (its utilisation level); invalid for the usual link colour.
    std::function<QColor(qint64)> fundColor;
};

class FundLedgerModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Date, Kind, Amount, Source, User, Reason, ColumnCount };
    static constexpr int LinkRole = Qt::UserRole + 40;        // int(LedgerLink)
    static constexpr int LinkTargetRole = Qt::UserRole + 41;  // qint64: the id it leads to

    explicit FundLedgerModel(QObject* parent = nullptr);

    void setEntries(std::vector<LedgerEntry> entries, const LedgerSourceNames& names);
    void clear();
    const LedgerEntry& entry(int row) const { return rows_[static_cast<std::size_t>(row)].entry; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    struct Row {
        LedgerEntry entry;
        QString source;
        LedgerLink link = LedgerLink::None;
        QColor color;  // a fund's level colour
    };
    static Row describe(LedgerEntry e, const LedgerSourceNames& names);

    std::vector<Row> rows_;
};

}  // namespace uplift::app
