#include "fund_tree_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <unordered_map>

#include "fund_text.h"
#include "item_roles.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

qint64 moneyOf(const FundFigures& f, int column) {
    switch (column) {
        case FundTreeModel::Allocated:
            return f.allocated;
        case FundTreeModel::Accrued:
            return f.accrued;
        case FundTreeModel::Budget:
            return f.budget();
        case FundTreeModel::Committed:
            return f.committed;
        case FundTreeModel::Actual:
            return f.actual;
        case FundTreeModel::Available:
            return f.available();
        default:
            return 0;
    }
}

// The core's utilisation in hundredths of a percent, for sorting; -1 when there is none.
qint64 utilisationHundredths(const FundFigures& f) {
    QString text = qs(utilisation_text(f));
    if (text.isEmpty()) {
        return -1;
    }
    return text.remove(QLatin1Char('.')).toLongLong();
}

}  // namespace

FundTreeModel::FundTreeModel(QObject* parent) : QAbstractItemModel(parent) {
    children_.resize(1);
}

void FundTreeModel::setRows(std::vector<BudgetRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    const int n = static_cast<int>(rows_.size());
    std::unordered_map<std::int64_t, int> nodeOf;
    for (int i = 0; i < n; ++i) {
        nodeOf[rows_[static_cast<std::size_t>(i)].fund.id] = i;
    }
    parentOf_.assign(static_cast<std::size_t>(n), -1);
    for (int i = 0; i < n; ++i) {
        const auto& parentId = rows_[static_cast<std::size_t>(i)].fund.parent_id;
        const auto it = parentId ? nodeOf.find(*parentId) : nodeOf.end();
        parentOf_[static_cast<std::size_t>(i)] = it == nodeOf.end() ? -1 : it->second;
    }
    // A parent filtered away or a broken chain makes a root, so every fund is shown once.
    for (int i = 0; i < n; ++i) {
        int p = parentOf_[static_cast<std::size_t>(i)];
        for (int steps = 0; p >= 0; ++steps, p = parentOf_[static_cast<std::size_t>(p)]) {
            if (p == i || steps > n) {
                parentOf_[static_cast<std::size_t>(i)] = -1;
                break;
            }
        }
    }
    children_.assign(static_cast<std::size_t>(n) + 1, {});
    rowInParent_.assign(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
        const int p = parentOf_[static_cast<std::size_t>(i)];
        auto& list = children_[static_cast<std::size_t>(p < 0 ? n : p)];
        rowInParent_[static_cast<std::size_t>(i)] = static_cast<int>(list.size());
        list.push_back(i);
    }
    endResetModel();
}

const BudgetRow* FundTreeModel::row(qint64 fundId) const {
    for (const BudgetRow& r : rows_) {
        if (r.fund.id == fundId) {
            return &r;
        }
    }
    return nullptr;
}

QModelIndex FundTreeModel::indexOf(qint64 fundId, int column) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].fund.id == fundId) {
            return createIndex(rowInParent_[i], column, static_cast<quintptr>(i));
        }
    }
    return {};
}

const BudgetRow& FundTreeModel::at(const QModelIndex& index) const {
    return rows_[static_cast<std::size_t>(index.internalId())];
}

QModelIndex FundTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    const std::size_t list =
        parent.isValid() ? static_cast<std::size_t>(parent.internalId()) : rows_.size();
    if (list >= children_.size() || row >= static_cast<int>(children_[list].size())) {
        return {};
    }
    return createIndex(row, column,
                       static_cast<quintptr>(children_[list][static_cast<std::size_t>(row)]));
}

QModelIndex FundTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) {
        return {};
    }
    const int p = parentOf_[static_cast<std::size_t>(child.internalId())];
    if (p < 0) {
        return {};
    }
    return createIndex(rowInParent_[static_cast<std::size_t>(p)], 0, static_cast<quintptr>(p));
}

int FundTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    const std::size_t list =
        parent.isValid() ? static_cast<std::size_t>(parent.internalId()) : rows_.size();
    return list < children_.size() ? static_cast<int>(children_[list].size()) : 0;
}

int FundTreeModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QVariant FundTreeModel::money(const BudgetRow& r, int column, int role) const {
    const qint64 cents = moneyOf(r.figures, column);
    switch (role) {
        case Qt::DisplayRole:
            return formatMinorUnits(cents);
        case MinorUnitsRole:
        case SortRole:
            return cents;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant FundTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const BudgetRow& r = at(index);
    const int column = index.column();
    switch (role) {
        case FundIdRole:
        case RowKeyRole:
            return QVariant::fromValue<qint64>(r.fund.id);
        case BarRole:
            return QVariant::fromValue(FundBar{r.figures.budget(), r.figures.actual,
                                               r.figures.committed, r.fund.warning_pct,
                                               fundLevel(r)});
        case LevelRole:
            return static_cast<int>(fundLevel(r));
        case Qt::ToolTipRole:
            return FundText::figuresTooltip(r.fund, r.figures, r.expected);
        default:
            break;
    }
    if (column >= Allocated && column <= Available) {
        return money(r, column, role);
    }
    switch (column) {
        case Name:
            if (role == Qt::DisplayRole || role == SortRole) {
                return qs(r.fund.name);
            }
            if (role == Qt::FontRole &&
                parentOf_[static_cast<std::size_t>(index.internalId())] < 0) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            if (role == Qt::ForegroundRole && fundLevel(r) != FundLevel::Normal) {
                return QBrush(fundLevelTextColor(fundLevel(r)));
            }
            break;
        case Scope:
            if (role == Qt::DisplayRole || role == SortRole) {
                return r.fund.accrual ? tr("%1 (accrual)").arg(FundText::scope(r.fund))
                                      : FundText::scope(r.fund);
            }
            break;
        case Utilisation:
            if (role == Qt::DisplayRole) {
                return FundText::utilisation(r.figures);
            }
            if (role == SortRole) {
                return utilisationHundredths(r.figures);
            }
            if (role == Qt::TextAlignmentRole) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (role == Qt::ForegroundRole && fundLevel(r) != FundLevel::Normal) {
                return QBrush(fundLevelTextColor(fundLevel(r)));
            }
            break;
        case Bar:
            if (role == SortRole) {
                return utilisationHundredths(r.figures);
            }
            break;
        default:
            break;
    }
    return {};
}

QVariant FundTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && section >= Allocated && section <= Utilisation) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Budget:
                return tr(
                    "Allocated + accrued + transfers in − transfers out − distributed to "
                    "sub-funds");
            case Committed:
                return tr("Open commitments of approved promotions");
            case Actual:
                return tr("Settled claims and write-offs");
            case Available:
                return tr("Budget − committed − actual");
            case Utilisation:
                return tr("100 × actual / budget");
            case Bar:
                return tr(
                    "Spent | committed | free; the tick marks the warning level. Amber at "
                    "the warning level, red above 100 % or below zero available.");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Name:
            return tr("Fund");
        case Scope:
            return tr("Scope");
        case Allocated:
            return tr("Allocated");
        case Accrued:
            return tr("Accrued");
        case Budget:
            return tr("Budget");
        case Committed:
            return tr("Committed");
        case Actual:
            return tr("Actual");
        case Available:
            return tr("Available");
        case Utilisation:
            return tr("Utilisation");
        case Bar:
            return tr("Budget bar");
        default:
            return {};
    }
}

}  // namespace uplift::app
