#pragma once
// Import batches as the core lists them; rolled-back ones shown greyed.
#include <QAbstractTableModel>

#include <vector>

#include "workflows/imports.h"

namespace uplift::app {

class AppSession;

class BatchTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Id,
        Kind,
        File,
        ImportedAt,
        User,
        Inserted,
        Updated,
        Unchanged,
        State,
        ColumnCount
    };

    explicit BatchTableModel(AppSession& session, QObject* parent = nullptr);
    void reload();
    // nullptr when the row is out of range.
    const BatchInfo* batchAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "2025-06-02T10:15:00Z" in the user's short date and time format.
    static QString localTimestamp(const std::string& iso);

  private:
    AppSession& session_;
    std::vector<BatchInfo> rows_;
};

}  // namespace uplift::app
