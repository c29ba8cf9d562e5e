#include "sql_result_model.h"

#include "io/csv_writer.h"
#include "text_conversions.h"

namespace uplift::app {

std::vector<bool> sqlFigureColumns(const std::vector<std::string>& header,
                                   const std::vector<std::vector<std::string>>& rows) {
    std::vector<bool> figures(header.size(), false);
    std::vector<bool> words(header.size(), false);
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size() && c < header.size(); ++c) {
            if (row[c].empty()) {
                continue;
            }
            if (is_plain_number(row[c])) {
                figures[c] = true;
            } else {
                words[c] = true;
            }
        }
    }
    for (std::size_t c = 0; c < figures.size(); ++c) {
        figures[c] = figures[c] && !words[c];
    }
    return figures;
}

void SqlResultModel::setResult(SqlResult result) {
    beginResetModel();
    result_ = std::move(result);
    figures_ = sqlFigureColumns(result_.header, result_.rows);
    endResetModel();
}

bool SqlResultModel::isFigure(int column) const {
    return column >= 0 && static_cast<std::size_t>(column) < figures_.size() &&
           figures_[static_cast<std::size_t>(column)];
}

int SqlResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(result_.rows.size());
}

int SqlResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(result_.header.size());
}

QVariant SqlResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const auto& row = result_.rows[static_cast<std::size_t>(index.row())];
        const auto c = static_cast<std::size_t>(index.column());
        return c < row.size() ? qs(row[c]) : QString();
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter) |
                                   (isFigure(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    }
    return {};
}

QVariant SqlResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role == Qt::DisplayRole) {
            return qs(result_.header[static_cast<std::size_t>(section)]);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter) |
                                       (isFigure(section) ? Qt::AlignRight : Qt::AlignLeft));
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace uplift::app
