#include "unjustified_models.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <sstream>

#include "exact_format.h"
#include "io/csv_writer.h"
#include "item_roles.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

QVariant exactMoneyCell(const Exact& cents, int role) {
    switch (role) {
        case Qt::DisplayRole:
            return formatExactMoney(cents);
        case SortRole:
        case MinorUnitsRole:
            return QVariant::fromValue<qint64>(round_whole(cents));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant alignedHeader(bool right) {
    return right ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                 : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
}

}  // namespace

QString unjustifiedReasonText(const std::string& reason) {
    if (reason == "no_entitlement") {
        return QCoreApplication::translate("uplift::app::UnjustifiedGroupModel", "No entitlement");
    }
    if (reason == "exceeds_entitlement") {
        return QCoreApplication::translate("uplift::app::UnjustifiedGroupModel",
                                           "Exceeds entitlement");
    }
    return qs(reason);
}

bool inGroup(const UnjustifiedRow& row, const UnjustifiedGroup& group) {
    if (row.account != group.account || row.reason() != group.reason) {
        return false;
    }
    const std::string iso = to_iso(row.week);
    return iso.compare(0, 7, group.month) == 0;
}

QByteArray unjustifiedCsv(const std::vector<UnjustifiedRow>& rows) {
    std::ostringstream out;
    write_csv_row(out, unjustified_csv_header());
    for (const UnjustifiedRow& r : rows) {
        write_csv_row(out, unjustified_csv_cells(r));
    }
    return QByteArray::fromStdString(out.str());
}

// --- Groups --------------------------------------------------------------------------------

UnjustifiedGroupModel::UnjustifiedGroupModel(QObject* parent) : QAbstractTableModel(parent) {}

void UnjustifiedGroupModel::setGroups(std::vector<UnjustifiedGroup> groups) {
    beginResetModel();
    groups_ = std::move(groups);
    endResetModel();
}

int UnjustifiedGroupModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(groups_.size());
}

int UnjustifiedGroupModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnjustifiedGroupModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const UnjustifiedGroup& g = groups_[static_cast<std::size_t>(index.row())];
    const auto text = [role](const QString& t) -> QVariant {
        return role == Qt::DisplayRole || role == SortRole ? QVariant(t) : QVariant();
    };
    switch (index.column()) {
        case Account:
            return text(qs(g.account));
        case Reason:
            return text(unjustifiedReasonText(g.reason));
        case Month:
            if (role == Qt::DisplayRole) {
                const QDate first = QDate::fromString(qs(g.month), QStringLiteral("yyyy-MM"));
                return first.isValid() ? QLocale().toString(first, QStringLiteral("MMM yyyy"))
                                       : qs(g.month);
            }
            return text(qs(g.month));
        case Rows:
            if (role == Qt::DisplayRole) {
                return QLocale().toString(static_cast<qint64>(g.rows));
            }
            if (role == SortRole) {
                return QVariant::fromValue<qint64>(g.rows);
            }
            if (role == Qt::TextAlignmentRole) {
                return alignedHeader(true);
            }
            return {};
        case Invoiced:
            return moneyCellData(g.invoiced_cents, role);
        case Entitled:
            return exactMoneyCell(g.entitled, role);
        case Excess:
            if (role == Qt::FontRole) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return exactMoneyCell(g.excess, role);
        default:
            return {};
    }
}

QVariant UnjustifiedGroupModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return alignedHeader(section >= Rows);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Account:
            return tr("Account");
        case Reason:
            return tr("Reason");
        case Month:
            return tr("Month");
        case Rows:
            return tr("Rows");
        case Invoiced:
            return tr("Invoiced discount");
        case Entitled:
            return tr("Entitled");
        case Excess:
            return tr("Excess");
        default:
            return {};
    }
}

// --- Rows ----------------------------------------------------------------------------------

UnjustifiedRowModel::UnjustifiedRowModel(QObject* parent) : QAbstractTableModel(parent) {}

void UnjustifiedRowModel::setRows(std::vector<UnjustifiedRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int UnjustifiedRowModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int UnjustifiedRowModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnjustifiedRowModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const UnjustifiedRow& r = rows_[static_cast<std::size_t>(index.row())];
    const auto text = [role](const QString& t) -> QVariant {
        return role == Qt::DisplayRole || role == SortRole ? QVariant(t) : QVariant();
    };
    switch (index.column()) {
        case Week:
            if (role == Qt::DisplayRole) {
                const IsoWeek w = iso_week(r.week);
                return tr("%1 (W%2)")
                    .arg(QLocale().toString(toQDate(r.week), QLocale::ShortFormat))
                    .arg(w.week, 2, 10, QLatin1Char('0'));
            }
            return text(qs(to_iso(r.week)));
        case Account:
            return text(qs(r.account));
        case Sku:
            return text(qs(r.sku));
        case Invoiced:
            return moneyCellData(r.invoiced_cents, role);
        case Entitled:
            return exactMoneyCell(r.entitled, role);
        case Excess:
            return exactMoneyCell(r.excess, role);
        case Reason:
            if (role == Qt::ToolTipRole) {
                return r.kind == 0 ? tr("Sell-in row") : tr("Sell-out row");
            }
            return text(unjustifiedReasonText(r.reason()));
        default:
            return {};
    }
}

QVariant UnjustifiedRowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return alignedHeader(section >= Invoiced && section <= Excess);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Week:
            return tr("Week");
        case Account:
            return tr("Account");
        case Sku:
            return tr("SKU");
        case Invoiced:
            return tr("Invoiced discount");
        case Entitled:
            return tr("Entitled");
        case Excess:
            return tr("Excess");
        case Reason:
            return tr("Reason");
        default:
            return {};
    }
}

}  // namespace uplift::app
