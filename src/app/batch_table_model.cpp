#include "batch_table_model.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "app_session.h"
#include "item_roles.h"
#include "role_names.h"
#include "text_conversions.h"

namespace uplift::app {

BatchTableModel::BatchTableModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {}

void BatchTableModel::reload() {
    beginResetModel();
    rows_ = list_batches(session_.connection());
    endResetModel();
}

const BatchInfo* BatchTableModel::batchAt(int row) const {
    if (row < 0 || row >= static_cast<int>(rows_.size())) {
        return nullptr;
    }
    return &rows_[static_cast<std::size_t>(row)];
}

int BatchTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int BatchTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchTableModel::localTimestamp(const std::string& iso) {
    const QDateTime t = QDateTime::fromString(qs(iso), Qt::ISODate);
    if (!t.isValid()) {
        return qs(iso);
    }
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QVariant BatchTableModel::data(const QModelIndex& index, int role) const {
    const BatchInfo* b = batchAt(index.row());
    if (b == nullptr) {
        return {};
    }
    const int col = index.column();
    const bool number = col == Id || col == Inserted || col == Updated || col == Unchanged;
    switch (role) {
        case Qt::DisplayRole:
            switch (col) {
                case Id:
                    return QLocale().toString(b->id);
                case Kind:
                    if (const auto k = parse_import_kind(b->kind)) {
                        return RoleNames::importKind(*k);
                    }
                    return qs(b->kind);
                case File:
                    return qs(b->file_name);
                case ImportedAt:
                    return localTimestamp(b->imported_at);
                case User:
                    return qs(b->user);
                case Inserted:
                    return QLocale().toString(b->inserted);
                case Updated:
                    return QLocale().toString(b->updated);
                case Unchanged:
                    return QLocale().toString(b->unchanged);
                case State:
                    return b->rolled_back ? tr("rolled back") : tr("active");
                default:
                    return {};
            }
        case SortRole:
            switch (col) {
                case Id:
                    return QVariant::fromValue<qint64>(b->id);
                case ImportedAt:
                    return qs(b->imported_at);
                case Inserted:
                    return QVariant::fromValue<qint64>(b->inserted);
                case Updated:
                    return QVariant::fromValue<qint64>(b->updated);
                case Unchanged:
                    return QVariant::fromValue<qint64>(b->unchanged);
                default:
                    return data(index, Qt::DisplayRole);
            }
        case RowKeyRole:
            return QVariant::fromValue<qint64>(b->id);
        case Qt::TextAlignmentRole:
            return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::ForegroundRole:
            return b->rolled_back ? QVariant(QColor(Qt::gray)) : QVariant();
        case Qt::ToolTipRole:
            return b->warnings.empty() ? QVariant() : QVariant(qs(b->warnings));
        default:
            return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    const bool number =
        section == Id || section == Inserted || section == Updated || section == Unchanged;
    if (role == Qt::TextAlignmentRole && number) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Id:
            return tr("Batch");
        case Kind:
            return tr("Kind");
        case File:
            return tr("File");
        case ImportedAt:
            return tr("Imported");
        case User:
            return tr("By");
        case Inserted:
            return tr("Inserted");
        case Updated:
            return tr("Updated");
        case Unchanged:
            return tr("Unchanged");
        case State:
            return tr("State");
        default:
            return {};
    }
}

}  // namespace uplift::app
