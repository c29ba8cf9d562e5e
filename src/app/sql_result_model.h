#pragma once
// The SQL console's results grid: the header and the first rows of one query as the core
// printed them (NULL as empty), filled on a worker thread and handed over whole. A column
// whose cells are all plain numbers is a column of figures, shown on the right.
#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace uplift::app {

// What one console run found; built off the UI thread.
struct SqlResult {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // the first kSqlResultRowsShown
    long long total = 0;                         // every row the query returned
    long long elapsedMs = 0;
};

// Rows a console run keeps to show (the export writes them all).
inline constexpr int kSqlResultRowsShown = 10'000;

class SqlResultModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(SqlResult result);
    const SqlResult& result() const { return result_; }
    // True for a column of figures (every non-empty cell a plain number).
    bool isFigure(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    SqlResult result_;
    std::vector<bool> figures_;
};

// Per column: every non-empty cell is a plain number (and at least one is).
std::vector<bool> sqlFigureColumns(const std::vector<std::string>& header,
                                   const std::vector<std::vector<std::string>>& rows);

}  // namespace uplift::app
