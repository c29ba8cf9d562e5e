#include "target_grid_model.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>

#include <algorithm>

#include "item_roles.h"
#include "text_conversions.h"

namespace uplift::app {

TargetGridModel::TargetGridModel(QObject* parent) : QAbstractTableModel(parent) {}

QColor TargetGridModel::gapColor() {
    return {255, 228, 181};  // a calm amber: look here, not an error
}

void TargetGridModel::setGrid(TargetGrid grid) {
    beginResetModel();
    grid_ = std::move(grid);
    pending_.reset();
    rowOfKey_.clear();
    for (std::size_t r = 0; r < grid_.rows.size(); ++r) {
        rowOfKey_[{grid_.rows[r].account_id, grid_.rows[r].brand_id}] = static_cast<int>(r);
    }
    endResetModel();
    emit amountsChanged();
}

void TargetGridModel::setRights(EditRights rights) {
    rights_ = rights;
}

void TargetGridModel::setMeasure(TargetMeasure measure) {
    if (measure == measure_) {
        return;
    }
    measure_ = measure;
    pending_.reset();
    if (rowCount() > 0) {
        emit dataChanged(index(0, Total), index(rowCount() - 1, columnCount() - 1));
    }
    emit headerDataChanged(Qt::Horizontal, Total, columnCount() - 1);
    emit amountsChanged();
}

int TargetGridModel::periodOfColumn(int column) const {
    const int p = column - FirstPeriod;
    return p >= 0 && p < periodCount() ? p : -1;
}

bool TargetGridModel::rowEditable(int row) const {
    if (rights_.all) {
        return true;
    }
    const auto& repId = gridRow(row).rep_id;
    return rights_.own && repId && *repId == rights_.userId;
}

std::optional<qint64> TargetGridModel::amount(int row, int period) const {
    if (pending_ && pending_->row == row && pending_->period == period) {
        return pending_->amount;
    }
    const auto& a =
        grid_.current[grid_.cell(static_cast<std::size_t>(row), static_cast<std::size_t>(period))];
    return a ? std::optional<qint64>(pick(*a)) : std::nullopt;
}

std::optional<qint64> TargetGridModel::topDown(int row, int period) const {
    const auto& a =
        grid_.topdown[grid_.cell(static_cast<std::size_t>(row), static_cast<std::size_t>(period))];
    return a ? std::optional<qint64>(pick(*a)) : std::nullopt;
}

TargetEdit TargetGridModel::currentEdit(int row, int period) const {
    const TargetGridRow& r = gridRow(row);
    return {
        {grid_.periods[static_cast<std::size_t>(period)], r.account_id, r.brand_id},
        grid_.current[grid_.cell(static_cast<std::size_t>(row), static_cast<std::size_t>(period))]};
}

TargetEdit TargetGridModel::editFor(int row, int period, std::optional<qint64> amount) const {
    TargetEdit e = currentEdit(row, period);
    TargetAmount next = e.amount.value_or(TargetAmount{});
    std::int64_t& shown = measure_ == TargetMeasure::Units ? next.units : next.value;
    const std::int64_t other = measure_ == TargetMeasure::Units ? next.value : next.units;
    if (!amount && other == 0) {
        e.amount.reset();
        return e;
    }
    shown = amount.value_or(0);
    e.amount = next;
    return e;
}

void TargetGridModel::setPending(int row, int period, std::optional<qint64> amount) {
    pending_ = Pending{row, period, amount};
    const QModelIndex cell = index(row, FirstPeriod + period);
    emit dataChanged(cell, cell);
    emit dataChanged(index(row, totalColumn()), index(row, totalColumn()));
    emit amountsChanged();
}

void TargetGridModel::clearPending() {
    if (!pending_) {
        return;
    }
    const Pending p = *pending_;
    pending_.reset();
    if (p.row < rowCount()) {
        const QModelIndex cell = index(p.row, FirstPeriod + p.period);
        emit dataChanged(cell, cell);
        emit dataChanged(index(p.row, totalColumn()), index(p.row, totalColumn()));
    }
    emit amountsChanged();
}

void TargetGridModel::applyEdits(const std::vector<TargetEdit>& edits) {
    pending_.reset();
    for (const TargetEdit& e : edits) {
        const auto row = rowOfKey_.find({e.key.account_id, e.key.brand_id});
        const auto period = std::find(grid_.periods.begin(), grid_.periods.end(), e.key.period);
        if (row == rowOfKey_.end() || period == grid_.periods.end()) {
            continue;  // not shown in this year or view
        }
        const auto p = static_cast<std::size_t>(period - grid_.periods.begin());
        grid_.current[grid_.cell(static_cast<std::size_t>(row->second), p)] = e.amount;
        const int column = FirstPeriod + static_cast<int>(p);
        emit dataChanged(index(row->second, column), index(row->second, column));
        emit dataChanged(index(row->second, totalColumn()), index(row->second, topDownColumn()));
    }
    emit amountsChanged();
}

std::optional<qint64> TargetGridModel::rowTotal(int row, bool topdown) const {
    std::optional<qint64> sum;
    for (int p = 0; p < periodCount(); ++p) {
        if (const auto a = topdown ? topDown(row, p) : amount(row, p)) {
            sum = sum.value_or(0) + *a;
        }
    }
    return sum;
}

int TargetGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(grid_.rows.size());
}

int TargetGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstPeriod + periodCount();
}

QString TargetGridModel::periodLabel(int period) const {
    const QString p = qs(grid_.periods[static_cast<std::size_t>(period)]);
    if (p.size() == 7 && p[5] == QLatin1Char('Q')) {
        return tr("Q%1 %2").arg(p.mid(6), p.left(4));
    }
    const QDate month(p.left(4).toInt(), p.mid(5, 2).toInt(), 1);
    return QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat);
}

QString TargetGridModel::cellToolTip(int row, int period) const {
    const QString key = tr("%1 / %2, %3")
                            .arg(qs(gridRow(row).account), qs(gridRow(row).brand),
                                 qs(grid_.periods[static_cast<std::size_t>(period)]));
    const auto& cur =
        grid_.current[grid_.cell(static_cast<std::size_t>(row), static_cast<std::size_t>(period))];
    const auto& td =
        grid_.topdown[grid_.cell(static_cast<std::size_t>(row), static_cast<std::size_t>(period))];
    const auto both = [](const std::optional<TargetAmount>& a) {
        return a ? tr("%1 units, %2")
                       .arg(formatTargetCell(a->units, TargetMeasure::Units),
                            formatTargetCell(a->value, TargetMeasure::Value))
                 : tr("none");
    };
    QString tip = tr("%1\nCurrent target: %2\nTop-down: %3").arg(key, both(cur), both(td));
    if (td && cur != td) {
        const TargetAmount now = cur.value_or(TargetAmount{});
        tip += tr("\nGap to top-down: %1 units, %2")
                   .arg(formatTargetCell(now.units - td->units, TargetMeasure::Units),
                        formatTargetCell(now.value - td->value, TargetMeasure::Value));
    }
    if (!rowEditable(row)) {
        tip +=
            tr("\nRead-only: needs the right “targets.edit”, or “targets.edit_own” for "
               "one's own partners.");
    }
    return tip;
}

QVariant TargetGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const int row = index.row();
    const int col = index.column();
    const TargetGridRow& r = gridRow(row);
    const int period = periodOfColumn(col);
    const bool numeric = col >= Total;
    std::optional<qint64> value;
    std::optional<qint64> topdown;
    if (period >= 0) {
        value = amount(row, period);
        topdown = topDown(row, period);
    } else if (col == totalColumn()) {
        value = rowTotal(row, false);
        topdown = rowTotal(row, true);
    } else if (col == topDownColumn()) {
        value = rowTotal(row, true);
    }
    const bool gap = (period >= 0 || col == totalColumn()) && topdown && value != topdown;
    switch (role) {
        case Qt::DisplayRole:
            switch (col) {
                case Rep:
                    return qs(r.rep);
                case Account:
                    return qs(r.account);
                case Partner:
                    return qs(r.account_name);
                case Brand:
                    return qs(r.brand);
                default:
                    return value ? formatTargetCell(*value, measure_) : QString();
            }
        case Qt::EditRole:
            if (period >= 0) {
                return value ? editableTargetCell(*value, measure_) : QString();
            }
            return data(index, Qt::DisplayRole);
        case SortRole:
            if (numeric) {
                return QVariant::fromValue<qint64>(value.value_or(-1));
            }
            return data(index, Qt::DisplayRole);
        case AmountRole:
            return value ? QVariant::fromValue<qint64>(*value) : QVariant();
        case TopDownRole:
            return topdown ? QVariant::fromValue<qint64>(*topdown) : QVariant();
        case GapRole:
            return gap;
        case MinorUnitsRole:
            return numeric && measure_ == TargetMeasure::Value && value
                       ? QVariant::fromValue<qint64>(*value)
                       : QVariant();
        case Qt::TextAlignmentRole:
            return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::BackgroundRole:
            return gap ? QVariant(gapColor()) : QVariant();
        case Qt::ForegroundRole:
            if (col == topDownColumn()) {
                return QColor(Qt::gray);
            }
            return {};
        case Qt::FontRole:
            if (col == totalColumn()) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ToolTipRole:
            if (period >= 0) {
                return cellToolTip(row, period);
            }
            if (col == Partner || col == Account) {
                return tr("%1 — %2, region %3")
                    .arg(qs(r.account), qs(r.account_name), qs(r.region));
            }
            return {};
        case RowKeyRole:
            return QStringLiteral("%1/%2").arg(qs(r.account), qs(r.brand));
        default:
            return {};
    }
}

QVariant TargetGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section >= Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (const int p = periodOfColumn(section); p >= 0) {
            return qs(grid_.periods[static_cast<std::size_t>(p)]);
        }
        if (section == topDownColumn()) {
            return tr(
                "The sum of the row's top-down versions: what the last disaggregation "
                "gave it");
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Rep:
            return tr("Rep");
        case Account:
            return tr("Account");
        case Partner:
            return tr("Partner");
        case Brand:
            return tr("Brand");
        default:
            break;
    }
    if (const int p = periodOfColumn(section); p >= 0) {
        return periodLabel(p);
    }
    if (section == totalColumn()) {
        return tr("Total");
    }
    return tr("Top-down");
}

Qt::ItemFlags TargetGridModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && periodOfColumn(index.column()) >= 0 && rowEditable(index.row())) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool TargetGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const int period = periodOfColumn(index.column());
    if (role != Qt::EditRole || !index.isValid() || period < 0 || !rowEditable(index.row())) {
        return false;
    }
    const TargetCellParse parsed = parseTargetCell(value.toString(), measure_);
    if (!parsed.ok()) {
        clearPending();
        emit refused(tr("%1 / %2, %3: %4")
                         .arg(qs(gridRow(index.row()).account), qs(gridRow(index.row()).brand),
                              qs(grid_.periods[static_cast<std::size_t>(period)]), parsed.error));
        return false;
    }
    const TargetEdit next = editFor(index.row(), period, parsed.amount);
    const TargetEdit old = currentEdit(index.row(), period);
    clearPending();
    if (next == old) {
        return false;
    }
    emit editRequested({old}, {next},
                       tr("Target %1 %2 / %3")
                           .arg(qs(next.key.period), qs(gridRow(index.row()).account),
                                qs(gridRow(index.row()).brand)));
    return true;
}

}  // namespace uplift::app
