#include "claim_table_model.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "item_roles.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

ClaimTableModel::ClaimTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClaimTableModel::setClaims(std::vector<Claim> claims, Show show) {
    beginResetModel();
    rows_.clear();
    for (Claim& c : claims) {
        if (show == Show::All || (show == Show::Open) == (c.open() != 0)) {
            rows_.push_back(std::move(c));
        }
    }
    endResetModel();
}

QString ClaimTableModel::statusText(const Claim& c) {
    if (c.open() == c.amount) {
        return tr("Open");
    }
    if (c.open() != 0) {
        return tr("Part settled");
    }
    if (c.settled == 0) {
        return tr("Written off");
    }
    return c.written_off == 0 ? tr("Settled") : tr("Settled, part written off");
}

int ClaimTableModel::rowOf(qint64 id) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int ClaimTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ClaimTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const Claim& c = rows_[static_cast<std::size_t>(index.row())];
    if (role == RowKeyRole) {
        return QVariant::fromValue<qint64>(c.id);
    }
    const int column = index.column();
    if (column >= Amount && column <= Open) {
        const qint64 cents = column == Amount       ? c.amount
                             : column == Settled    ? c.settled
                             : column == WrittenOff ? c.written_off
                                                    : c.open();
        switch (role) {
            case Qt::DisplayRole:
                return formatMinorUnits(cents);
            case MinorUnitsRole:
            case SortRole:
                return cents;
            case Qt::TextAlignmentRole:
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            case Qt::FontRole:
                if (column == Open && cents != 0) {
                    QFont bold;
                    bold.setBold(true);
                    return bold;
                }
                return {};
            default:
                return {};
        }
    }
    switch (column) {
        case ClaimId:
            if (role == Qt::DisplayRole || role == SortRole) {
                return qs(c.claim_id);
            }
            break;
        case Status:
            if (role == Qt::DisplayRole || role == SortRole) {
                return statusText(c);
            }
            if (role == Qt::ForegroundRole && c.open() == 0) {
                return QGuiApplication::palette().brush(QPalette::PlaceholderText);
            }
            break;
        case Promotion:
            if (role == Qt::DisplayRole || role == SortRole) {
                return qs(c.promo_id);
            }
            if (role == Qt::ForegroundRole) {
                return QGuiApplication::palette().brush(QPalette::Link);
            }
            if (role == Qt::FontRole) {
                QFont font;
                font.setUnderline(true);
                return font;
            }
            if (role == Qt::ToolTipRole) {
                return tr("Double-click to open the promotion");
            }
            break;
        case Date:
            if (role == Qt::DisplayRole) {
                return QLocale().toString(toQDate(c.date), QLocale::ShortFormat);
            }
            if (role == SortRole) {
                return qs(to_iso(c.date));
            }
            break;
        case Reason:
            if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
                return qs(c.reason);
            }
            break;
        default:
            break;
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && section >= Amount && section <= Open) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case ClaimId:
            return tr("Claim");
        case Status:
            return tr("Status");
        case Promotion:
            return tr("Promotion");
        case Date:
            return tr("Date");
        case Amount:
            return tr("Amount");
        case Settled:
            return tr("Settled");
        case WrittenOff:
            return tr("Written off");
        case Open:
            return tr("Open");
        case Reason:
            return tr("Reason");
        default:
            return {};
    }
}

}  // namespace uplift::app
