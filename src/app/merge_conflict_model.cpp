#include "merge_conflict_model.h"

#include <QColor>
#include <QFont>

#include "item_roles.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

// Units and value of one side of a conflict; a missing side says why it is missing.
QVariant sideText(const std::optional<TargetValues>& v, bool units, const QString& missing) {
    if (!v) {
        return missing;
    }
    return units ? QLocale().toString(static_cast<qlonglong>(v->units))
                 : formatMinorUnits(v->value);
}

QVariant sideSort(const std::optional<TargetValues>& v, bool units) {
    if (!v) {
        return QVariant::fromValue<qint64>(-1);
    }
    return QVariant::fromValue<qint64>(units ? v->units : v->value);
}

}  // namespace

MergeConflictModel::MergeConflictModel(QObject* parent) : QAbstractTableModel(parent) {}

void MergeConflictModel::setConflicts(std::vector<MergeConflict> conflicts) {
    beginResetModel();
    conflicts_ = std::move(conflicts);
    for (MergeConflict& c : conflicts_) {
        c.choice.reset();
    }
    endResetModel();
    emit choicesChanged();
}

void MergeConflictModel::setChoice(int row, ConflictChoice choice) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    conflicts_[static_cast<std::size_t>(row)].choice = choice;
    // The chosen side is shown in bold, so the whole row repaints.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit choicesChanged();
}

void MergeConflictModel::setAllChoices(ConflictChoice choice) {
    if (conflicts_.empty()) {
        return;
    }
    for (MergeConflict& c : conflicts_) {
        c.choice = choice;
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit choicesChanged();
}

bool MergeConflictModel::allChosen() const {
    for (const MergeConflict& c : conflicts_) {
        if (!c.choice) {
            return false;
        }
    }
    return true;
}

QString MergeConflictModel::choiceLabel(ConflictChoice choice) {
    return choice == ConflictChoice::Ours ? tr("Keep HQ") : tr("Take rep's");
}

int MergeConflictModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(conflicts_.size());
}

int MergeConflictModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeConflictModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const MergeConflict& c = conflicts_[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    const bool units = col == ExportUnits || col == HqUnits || col == RepUnits;
    const std::optional<TargetValues> side = col == ExportUnits || col == ExportValue ? c.at_export
                                             : col == HqUnits || col == HqValue
                                                 ? c.hq
                                                 : std::optional<TargetValues>(c.rep);
    const bool isSide = col >= ExportUnits && col <= RepValue;
    switch (role) {
        case Qt::DisplayRole:
            switch (col) {
                case Period:
                    return qs(c.period);
                case Account:
                    return qs(c.account);
                case Brand:
                    return qs(c.brand);
                case Choice:
                    return c.choice ? choiceLabel(*c.choice) : tr("Choose…");
                default:
                    return sideText(side, units, QStringLiteral("—"));
            }
        case Qt::EditRole:
            if (col == Choice) {
                if (!c.choice) {
                    return QString();
                }
                return QString::fromLatin1(*c.choice == ConflictChoice::Theirs ? kTheirs : kOurs);
            }
            return data(index, Qt::DisplayRole);
        case SortRole:
            return isSide ? sideSort(side, units) : data(index, Qt::DisplayRole);
        case MinorUnitsRole:
            if (isSide && !units && side) {
                return QVariant::fromValue<qint64>(side->value);
            }
            return {};
        case Qt::ToolTipRole:
            if ((col == ExportUnits || col == ExportValue) && !c.at_export) {
                return tr("The rep added this target after the export.");
            }
            if ((col == HqUnits || col == HqValue) && !c.hq) {
                return tr("HQ removed this target after the export.");
            }
            if (col == Choice) {
                return tr("Double-click to choose which value the main file keeps.");
            }
            return {};
        case Qt::TextAlignmentRole:
            return isSide ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::FontRole:
            // The value that will stand after the merge in bold.
            if (c.choice &&
                ((*c.choice == ConflictChoice::Ours && (col == HqUnits || col == HqValue)) ||
                 (*c.choice == ConflictChoice::Theirs && (col == RepUnits || col == RepValue)))) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ForegroundRole:
            if (col == Choice && !c.choice) {
                return QColor(0xb3, 0x26, 0x1e);  // still to settle
            }
            if (col == ExportUnits || col == ExportValue) {
                return QColor(Qt::gray);  // for reference only
            }
            return {};
        default:
            return {};
    }
}

QVariant MergeConflictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case Period:
            return tr("Period");
        case Account:
            return tr("Account");
        case Brand:
            return tr("Brand");
        case ExportUnits:
            return tr("Units at export");
        case ExportValue:
            return tr("Value at export");
        case HqUnits:
            return tr("HQ units");
        case HqValue:
            return tr("HQ value");
        case RepUnits:
            return tr("Rep's units");
        case RepValue:
            return tr("Rep's value");
        case Choice:
            return tr("Keep");
        default:
            return {};
    }
}

Qt::ItemFlags MergeConflictModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Choice) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool MergeConflictModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Choice || role != Qt::EditRole) {
        return false;
    }
    const QString v = value.toString();
    if (v == QLatin1String(kOurs)) {
        setChoice(index.row(), ConflictChoice::Ours);
    } else if (v == QLatin1String(kTheirs)) {
        setChoice(index.row(), ConflictChoice::Theirs);
    } else {
        return false;
    }
    return true;
}

}  // namespace uplift::app
