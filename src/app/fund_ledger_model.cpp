#include "fund_ledger_model.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "fund_text.h"
#include "item_roles.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

QString nameOr(const std::function<QString(qint64)>& lookup, qint64 id) {
    const QString name = lookup ? lookup(id) : QString();
    return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
}

}  // namespace

FundLedgerModel::FundLedgerModel(QObject* parent) : QAbstractTableModel(parent) {}

FundLedgerModel::Row FundLedgerModel::describe(LedgerEntry e, const LedgerSourceNames& names) {
    Row r;
    const std::string& type = e.source_type;
    if (!e.source_id) {
        r.source = type == "manual" ? tr("Manual") : qs(type);
    } else if (type == "promotion") {
        r.source = tr("Promotion %1").arg(nameOr(names.promotion, *e.source_id));
        r.link = LedgerLink::Promotion;
    } else if (type == "claim") {
        r.source = tr("Claim %1").arg(nameOr(names.claim, *e.source_id));
        r.link = LedgerLink::Claim;
    } else if (type == "transfer" || type == "manual") {
        const QString fund = nameOr(names.fund, *e.source_id);
        if (e.kind == LedgerKind::TransferIn) {
            r.source = tr("From %1").arg(fund);
        } else if (e.kind == LedgerKind::Distribution) {
            r.source = tr("To sub-fund %1").arg(fund);
        } else {
            r.source = tr("To %1").arg(fund);
        }
        r.link = LedgerLink::Fund;
        if (names.fundColor) {
            r.color = names.fundColor(*e.source_id);
        }
    } else if (type == "batch") {
        r.source = tr("Import batch %1").arg(*e.source_id);
    } else if (type == "rule") {
        r.source = tr("Rule %1").arg(*e.source_id);
    } else {
        r.source = QStringLiteral("%1 %2").arg(qs(type)).arg(*e.source_id);
    }
    r.entry = std::move(e);
    return r;
}

void FundLedgerModel::setEntries(std::vector<LedgerEntry> entries, const LedgerSourceNames& names) {
    beginResetModel();
    rows_.clear();
    rows_.reserve(entries.size());
    for (LedgerEntry& e : entries) {
        rows_.push_back(describe(std::move(e), names));
    }
    endResetModel();
}

void FundLedgerModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int FundLedgerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int FundLedgerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundLedgerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    const LedgerEntry& e = r.entry;
    if (role == LinkRole) {
        return static_cast<int>(r.link);
    }
    if (role == LinkTargetRole) {
        return r.link == LedgerLink::None ? QVariant() : QVariant::fromValue<qint64>(*e.source_id);
    }
    if (role == RowKeyRole) {
        return QVariant::fromValue<qint64>(e.id);
    }
    switch (index.column()) {
        case Date:
            if (role == Qt::DisplayRole) {
                return QLocale().toString(toQDate(e.booked_on), QLocale::ShortFormat);
            }
            if (role == SortRole) {
                // Booking order within a day.
                return QStringLiteral("%1 %2")
                    .arg(qs(to_iso(e.booked_on)))
                    .arg(e.id, 12, 10, QLatin1Char('0'));
            }
            break;
        case Kind:
            if (role == Qt::DisplayRole || role == SortRole) {
                return FundText::kindName(e.kind);
            }
            break;
        case Amount:
            if (role == Qt::DisplayRole) {
                return formatMinorUnits(e.amount);
            }
            if (role == MinorUnitsRole || role == SortRole) {
                return QVariant::fromValue<qint64>(e.amount);
            }
            if (role == Qt::TextAlignmentRole) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            break;
        case Source:
            if (role == Qt::DisplayRole || role == SortRole) {
                return r.source;
            }
            if (r.link != LedgerLink::None && role == Qt::ForegroundRole) {
                return r.color.isValid() ? QBrush(r.color)
                                         : QGuiApplication::palette().brush(QPalette::Link);
            }
            if (r.link != LedgerLink::None && role == Qt::FontRole) {
                QFont font;
                font.setUnderline(true);
                return font;
            }
            if (r.link != LedgerLink::None && role == Qt::ToolTipRole) {
                return tr("Double-click to open");
            }
            break;
        case User:
            if (role == Qt::DisplayRole || role == SortRole) {
                return qs(e.user_name);
            }
            break;
        case Reason:
            if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
                return qs(e.reason);
            }
            break;
        default:
            break;
    }
    return {};
}

QVariant FundLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && section == Amount) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Date:
            return tr("Date");
        case Kind:
            return tr("Kind");
        case Amount:
            return tr("Amount");
        case Source:
            return tr("Source");
        case User:
            return tr("User");
        case Reason:
            return tr("Reason");
        default:
            return {};
    }
}

}  // namespace uplift::app
