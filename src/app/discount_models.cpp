#include "discount_models.h"

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

#include "exact_format.h"
#include "item_roles.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

QString localShortDate(const Date& d) {
    return QLocale().toString(toQDate(d), QLocale::ShortFormat);
}

// A text cell: shown and sorted as the text.
QVariant textValue(const QString& text, int role) {
    if (role == Qt::DisplayRole || role == SortRole) {
        return text;
    }
    return {};
}

// A date cell: shown in the locale, sorted by its ISO form.
QVariant dateValue(const Date& d, int role) {
    if (role == Qt::DisplayRole) {
        return localShortDate(d);
    }
    if (role == SortRole) {
        return qs(to_iso(d));
    }
    return {};
}

// A whole number: grouped, right-aligned, sorted as a number.
QVariant countValue(qint64 n, int role) {
    switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(n);
        case SortRole:
            return n;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant dimmedText() {
    return QGuiApplication::palette().brush(QPalette::PlaceholderText);
}

}  // namespace

QString periodText(const Period& p) {
    return QCoreApplication::translate("uplift::app::DiscountRequestModel", "%1 – %2")
        .arg(localShortDate(p.first), localShortDate(p.last));
}

QString approverLevelText(ApproverLevel level) {
    switch (level) {
        case ApproverLevel::Auto:
            return QCoreApplication::translate("uplift::app::DiscountRequestModel", "Automatic");
        case ApproverLevel::SalesManager:
            return QCoreApplication::translate("uplift::app::DiscountRequestModel",
                                               "Sales manager");
        case ApproverLevel::Finance:
            return QCoreApplication::translate("uplift::app::DiscountRequestModel", "Finance");
    }
    return {};
}

QString requestStatusText(RequestStatus status) {
    switch (status) {
        case RequestStatus::Pending:
            return QCoreApplication::translate("uplift::app::DiscountRequestModel", "Pending");
        case RequestStatus::Approved:
            return QCoreApplication::translate("uplift::app::DiscountRequestModel", "Approved");
        case RequestStatus::Rejected:
            return QCoreApplication::translate("uplift::app::DiscountRequestModel", "Rejected");
        case RequestStatus::Withdrawn:
            return QCoreApplication::translate("uplift::app::DiscountRequestModel", "Withdrawn");
    }
    return {};
}

QString returnKindText(ReturnKind kind) {
    return kind == ReturnKind::Return
               ? QCoreApplication::translate("uplift::app::ReturnTableModel", "Return")
               : QCoreApplication::translate("uplift::app::ReturnTableModel", "Write-off");
}

// --- Discount requests ---------------------------------------------------------------------

DiscountRequestModel::DiscountRequestModel(QObject* parent) : QAbstractTableModel(parent) {}

void DiscountRequestModel::setRequests(std::vector<DiscountRequest> requests) {
    std::stable_sort(
        requests.begin(), requests.end(), [](const DiscountRequest& a, const DiscountRequest& b) {
            return a.value_cents != b.value_cents ? a.value_cents > b.value_cents : a.id < b.id;
        });
    beginResetModel();
    rows_ = std::move(requests);
    endResetModel();
}

int DiscountRequestModel::rowOf(qint64 id) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int DiscountRequestModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int DiscountRequestModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiscountRequestModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const DiscountRequest& r = rows_[static_cast<std::size_t>(index.row())];
    if (role == RowKeyRole) {
        return QVariant::fromValue<qint64>(r.id);
    }
    if (role == Qt::ForegroundRole && r.status != RequestStatus::Pending &&
        index.column() != Status) {
        return dimmedText();
    }
    switch (index.column()) {
        case Id:
            return countValue(r.id, role);
        case Account:
            if (role == Qt::ToolTipRole) {
                return qs(r.account_name);
            }
            return textValue(tr("%1 %2").arg(qs(r.account), qs(r.account_name)), role);
        case Skus: {
            QStringList skus;
            for (const std::string& s : r.skus) {
                skus << qs(s);
            }
            if (role == Qt::ToolTipRole) {
                return skus.join(QStringLiteral(", "));
            }
            return textValue(skus.join(QStringLiteral(", ")), role);
        }
        case Depth:
            if (role == Qt::DisplayRole) {
                return formatPercentUnits(r.pct_units);
            }
            if (role == SortRole) {
                return QVariant::fromValue<qint64>(r.pct_units);
            }
            if (role == Qt::TextAlignmentRole) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            return {};
        case Dates:
            if (role == Qt::DisplayRole) {
                return periodText(r.period);
            }
            if (role == SortRole) {
                return qs(to_iso(r.period.first));
            }
            return {};
        case Reason:
            if (role == Qt::ToolTipRole && !r.note.empty()) {
                return qs(r.note);
            }
            return textValue(qs(r.reason), role);
        case Value:
            return moneyCellData(r.value_cents, role);
        case RequestedBy:
            return textValue(qs(r.requested_by), role);
        case Level:
            return textValue(approverLevelText(r.level), role);
        case Status:
            if (role == Qt::ToolTipRole && !r.decision_reason.empty()) {
                return qs(r.decision_reason);
            }
            return textValue(requestStatusText(r.status), role);
        case Decided:
            if (r.decided_by.empty()) {
                return {};
            }
            if (role == Qt::ToolTipRole) {
                return qs(r.decided_at);
            }
            return textValue(qs(r.decided_by), role);
        default:
            return {};
    }
}

QVariant DiscountRequestModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Id || section == Depth || section == Value
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Id:
            return tr("No.");
        case Account:
            return tr("Account");
        case Skus:
            return tr("SKUs");
        case Depth:
            return tr("Depth");
        case Dates:
            return tr("Period");
        case Reason:
            return tr("Reason");
        case Value:
            return tr("Value");
        case RequestedBy:
            return tr("Requested by");
        case Level:
            return tr("Approver");
        case Status:
            return tr("Status");
        case Decided:
            return tr("Decided by");
        default:
            return {};
    }
}

// --- Conditions ----------------------------------------------------------------------------

ConditionTableModel::ConditionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConditionTableModel::setConditions(std::vector<DiscountCondition> conditions) {
    beginResetModel();
    rows_ = std::move(conditions);
    endResetModel();
}

int ConditionTableModel::rowOf(const QString& name) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (qs(rows_[i].name) == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int ConditionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ConditionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConditionTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const DiscountCondition& c = rows_[static_cast<std::size_t>(index.row())];
    if (role == RowKeyRole) {
        return QVariant::fromValue<qint64>(c.id);
    }
    switch (index.column()) {
        case Name:
            return textValue(qs(c.name), role);
        case Depth:
            if (role == Qt::DisplayRole) {
                return c.pct_units ? formatPercentUnits(*c.pct_units)
                                   : tr("%1 per unit").arg(formatMinorUnits(*c.per_unit_cents));
            }
            if (role == SortRole) {
                // Percentages before amounts per unit, each by size.
                return c.pct_units ? QVariant::fromValue<qint64>(*c.pct_units)
                                   : QVariant::fromValue<qint64>(1'000'000'000 +
                                                                 c.per_unit_cents.value_or(0));
            }
            if (role == Qt::TextAlignmentRole) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            return {};
        case From:
            return dateValue(c.period.first, role);
        case To:
            return dateValue(c.period.last, role);
        case Scope:
            if (role == Qt::ToolTipRole) {
                return qs(c.scope_text());
            }
            return textValue(qs(c.scope_text()), role);
        case Stacking:
            if (role == Qt::ForegroundRole && c.exclusive) {
                return QVariant::fromValue(QColor(0xb0, 0x5a, 0x00));
            }
            return textValue(c.exclusive ? tr("Exclusive") : tr("Cumulative"), role);
        case Reason:
            return textValue(qs(c.reason), role);
        case Request:
            if (!c.request_id) {
                return {};
            }
            if (role == Qt::ToolTipRole) {
                return tr("Approved discount request no. %1").arg(*c.request_id);
            }
            return textValue(tr("REQ-%1").arg(*c.request_id), role);
        default:
            return {};
    }
}

QVariant ConditionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Depth ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Name:
            return tr("Name");
        case Depth:
            return tr("Depth");
        case From:
            return tr("From");
        case To:
            return tr("To");
        case Scope:
            return tr("Scope");
        case Stacking:
            return tr("Stacking");
        case Reason:
            return tr("Reason");
        case Request:
            return tr("From request");
        default:
            return {};
    }
}

// --- Returns and write-offs ----------------------------------------------------------------

ReturnTableModel::ReturnTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReturnTableModel::setReturns(std::vector<ReturnEntry> entries) {
    beginResetModel();
    rows_ = std::move(entries);
    endResetModel();
}

int ReturnTableModel::rowOf(qint64 id) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int ReturnTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ReturnTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const ReturnEntry& e = rows_[static_cast<std::size_t>(index.row())];
    if (role == RowKeyRole) {
        return QVariant::fromValue<qint64>(e.id);
    }
    switch (index.column()) {
        case Kind:
            if (role == Qt::ToolTipRole && e.batch_id) {
                return tr("Imported in batch %1").arg(*e.batch_id);
            }
            return textValue(returnKindText(e.kind), role);
        case Day:
            return dateValue(e.date, role);
        case Account:
            return textValue(qs(e.account), role);
        case Sku:
            return textValue(qs(e.sku), role);
        case Units:
            return countValue(e.units, role);
        case Amount:
            return moneyCellData(e.amount_cents, role);
        case Reason:
            return textValue(qs(e.reason), role);
        case Note:
            if (role == Qt::ToolTipRole) {
                return qs(e.note);
            }
            return textValue(qs(e.note), role);
        case EnteredBy:
            return textValue(qs(e.entered_by), role);
        default:
            return {};
    }
}

QVariant ReturnTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Units || section == Amount
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Kind:
            return tr("Kind");
        case Day:
            return tr("Date");
        case Account:
            return tr("Account");
        case Sku:
            return tr("SKU");
        case Units:
            return tr("Units");
        case Amount:
            return tr("Amount");
        case Reason:
            return tr("Reason");
        case Note:
            return tr("Note");
        case EnteredBy:
            return tr("Entered by");
        default:
            return {};
    }
}

}  // namespace uplift::app
