#include "promotion_lines_model.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include "errors.h"
#include "exact_format.h"
#include "item_roles.h"
#include "money/percent.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {


PromotionLinesModel::PromotionLinesModel(QObject* parent) : QAbstractTableModel(parent) {}

void PromotionLinesModel::setRows(std::vector<Row> rows) {
    if (rows.size() == rows_.size() && !rows_.empty()) {
        // Same lines re-planned: keep the view's current cell and selection.
        rows_ = std::move(rows);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int PromotionLinesModel::rowOfSku(const QString& sku) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (qs(rows_[i].line.sku) == sku) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int PromotionLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PromotionLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromotionLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    const bool numeric = col != Sku && col != Product && col != Forecast;
    switch (role) {
        case Qt::DisplayRole:
            switch (col) {
                case Sku:
                    return qs(r.line.sku);
                case Product:
                    return r.productName;
                case Baseline:
                    return formatExactUnits(r.plan.baseline.per_week);
                case PlannedUnits:
                    return formatExactUnits(r.plan.planned_units);
                case Forecast:
                    return r.plan.manual
                               ? tr("manual")
                               : tr("model ×%1")
                                     .arg(QLocale().toString(
                                         static_cast<double>(r.plan.lift_ppm) / 1e6, 'f', 2));
                case Depth:
                    return formatPercentUnits(r.plan.depth);
                case ListPrice:
                    return formatMinorUnits(r.plan.list_price);
                case PromotedPrice:
                    return formatExactMoney(r.plan.promoted_price);
                default:
                    return {};
            }
        case Qt::EditRole:
            if (col == Depth) {
                return editablePercentUnits(r.plan.depth);
            }
            if (col == PlannedUnits) {
                return r.line.planned_units ? QLocale().toString(*r.line.planned_units) : QString();
            }
            return data(index, Qt::DisplayRole);
        case Qt::TextAlignmentRole:
            return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::ForegroundRole:
            if (col == Forecast && !r.plan.manual) {
                return QColor(Qt::gray);
            }
            return {};
        case Qt::FontRole:
            if (col == PlannedUnits && r.plan.manual) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ToolTipRole:
            if (col == PlannedUnits) {
                return r.plan.manual ? tr("A manual forecast; clear the cell to use the model's.")
                                     : tr("The model's forecast: baseline × lift. Type a number "
                                          "to override it.");
            }
            if (col == Baseline) {
                return tr("Average weekly units of the 13 weeks before the start; weeks used: %1")
                    .arg(r.plan.baseline.weeks_used);
            }
            return {};
        case RowKeyRole:
            return qs(r.line.sku);
        default:
            return {};
    }
}

QVariant PromotionLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Sku || section == Product || section == Forecast
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Sku:
            return tr("SKU");
        case Product:
            return tr("Product");
        case Baseline:
            return tr("Baseline/week");
        case PlannedUnits:
            return tr("Planned units");
        case Forecast:
            return tr("Forecast");
        case Depth:
            return tr("Depth");
        case ListPrice:
            return tr("List price");
        case PromotedPrice:
            return tr("Promoted price");
        default:
            return {};
    }
}

Qt::ItemFlags PromotionLinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (editable_ && (index.column() == Depth || index.column() == PlannedUnits)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool PromotionLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !editable_) {
        return false;
    }
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    const QString sku = qs(r.line.sku);
    const QString text = value.toString().trimmed();
    if (index.column() == Depth) {
        qint64 units = 0;
        try {
            units = Percent::parse(utf8(text)).units();
        } catch (const UserError& e) {
            emit refused(tr("Depth of %1: %2").arg(sku, qs(e.what())));
            return false;
        }
        if (units == r.plan.depth) {
            return false;
        }
        emit depthEditRequested(sku, r.plan.depth, units);
        return true;
    }
    if (index.column() == PlannedUnits) {
        const QVariant old =
            r.line.planned_units ? QVariant::fromValue<qint64>(*r.line.planned_units) : QVariant();
        QVariant next;
        if (!text.isEmpty()) {
            bool ok = false;
            qint64 units = QLocale().toLongLong(text, &ok);
            if (!ok) {
                units = text.toLongLong(&ok);
            }
            if (!ok) {
                emit refused(tr("Planned units of %1: “%2” is not a whole number; leave the cell "
                                "empty to use the model's forecast.")
                                 .arg(sku, text));
                return false;
            }
            next = QVariant::fromValue<qint64>(units);
        }
        if (next == old) {
            return false;
        }
        emit unitsEditRequested(sku, old, next);
        return true;
    }
    return false;
}

}  // namespace uplift::app
