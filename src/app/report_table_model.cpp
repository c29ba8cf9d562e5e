#include "report_table_model.h"

#include <QFont>

#include <limits>

#include "item_roles.h"
#include "text_conversions.h"

namespace uplift::app {

void ReportTableModel::setTable(ReportTable table) {
    beginResetModel();
    table_ = std::move(table);
    endResetModel();
}

bool ReportTableModel::isText(int column) const {
    const auto c = static_cast<std::size_t>(column);
    return c < table_.is_text.size() ? static_cast<bool>(table_.is_text[c]) : true;
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.rows.size() + table_.totals.size());
}

int ReportTableModel::detailRowCount() const {
    return static_cast<int>(table_.rows.size());
}

bool ReportTableModel::isTotal(int row) const {
    return row >= detailRowCount();
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.header.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const bool total = isTotal(index.row());
    const auto& row = total
                          ? table_.totals[static_cast<std::size_t>(index.row() - detailRowCount())]
                          : table_.rows[static_cast<std::size_t>(index.row())];
    const auto c = static_cast<std::size_t>(index.column());
    const QString cell = c < row.size() ? qs(row[c]) : QString();
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return cell;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignVCenter |
                                       (isText(index.column()) ? Qt::AlignLeft : Qt::AlignRight));
        case Qt::FontRole:
            if (total) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case PinnedLastRole:
            return total;
        case SortRole: {
            if (isText(index.column())) {
                return cell;
            }
            // Figures sort by value; an empty figure (no ROI without spend) sorts first.
            bool ok = false;
            const double value = cell.toDouble(&ok);
            return ok ? value : std::numeric_limits<double>::lowest();
        }
        default:
            return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        return qs(table_.header[static_cast<std::size_t>(section)]);
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isText(section) ? Qt::AlignLeft : Qt::AlignRight));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace uplift::app
