#include "filtered_table_view.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "item_roles.h"

namespace uplift::app {

namespace {

// Sorts and filters the rows but keeps rows marked PinnedLastRole (totals) last and shown.
class PinnedTotalsProxy : public QSortFilterProxyModel {
  public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

  protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override {
        const bool l = left.data(PinnedLastRole).toBool();
        const bool r = right.data(PinnedLastRole).toBool();
        if (l || r) {
            // Descending order reverses the answer: give the one that keeps pinned rows last.
            const bool ascending = sortOrder() == Qt::AscendingOrder;
            if (l != r) {
                return ascending ? r : l;
            }
            return ascending ? left.row() < right.row() : left.row() > right.row();
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (sourceModel()->index(row, 0, parent).data(PinnedLastRole).toBool()) {
            return true;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

}  // namespace

FilteredTableView::FilteredTableView(QWidget* parent)
    : QWidget(parent),
      filter_(new QLineEdit(this)),
      toolbar_(new QHBoxLayout),
      notice_(new QLabel(this)),
      table_(new QTableView(this)),
      proxy_(new PinnedTotalsProxy(this)),
      count_(new QLabel(this)) {
    filter_->setPlaceholderText(tr("Filter (Ctrl+F)"));
    filter_->setClearButtonEnabled(true);
    filter_->setObjectName(QStringLiteral("filterEdit"));
    filter_->setMaximumWidth(360);

    notice_->setWordWrap(true);
    notice_->setVisible(false);
    notice_->setObjectName(QStringLiteral("tableNotice"));
    notice_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    proxy_->setSortRole(SortRole);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setSortLocaleAware(true);

    table_->setModel(proxy_);
    // Core order until the user clicks a header (Qt would otherwise sort column 0 descending).
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectItems);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->setWordWrap(false);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setHighlightSections(false);

    count_->setObjectName(QStringLiteral("rowCountLabel"));
    table_->viewport()->installEventFilter(this);

    toolbar_->addWidget(filter_);
    toolbar_->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar_);
    layout->addWidget(notice_);
    layout->addWidget(table_, 1);
    layout->addWidget(count_);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &FilteredTableView::updateCount);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &FilteredTableView::updateCount);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &FilteredTableView::updateCount);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &FilteredTableView::updateCount);
}

void FilteredTableView::setSourceModel(QAbstractItemModel* model) {
    proxy_->setSourceModel(model);
    updateCount();
}

void FilteredTableView::addBelowTable(QWidget* widget) {
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(table_) + 1, widget);
}

void FilteredTableView::setNotice(const QString& text) {
    notice_->setText(text);
    notice_->setVisible(!text.isEmpty());
}

void FilteredTableView::fitColumns() {
    table_->resizeColumnsToContents();
    QHeaderView* header = table_->horizontalHeader();
    const int cap = 40 * table_->fontMetrics().averageCharWidth();
    for (int c = 0; c < header->count(); ++c) {
        header->resizeSection(c, std::min(header->sectionSize(c) + 16, cap));
    }
    stretchNaturalWidth_ = stretchColumn_ >= 0 && stretchColumn_ < header->count()
                               ? header->sectionSize(stretchColumn_)
                               : 0;
    fillSpareWidth();
}

void FilteredTableView::fillSpareWidth() {
    // The stretch column takes the width left over, but stays resizable by the user (a
    // Stretch resize mode would lock it).
    QHeaderView* header = table_->horizontalHeader();
    if (stretchColumn_ < 0 || stretchColumn_ >= header->count()) {
        return;
    }
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != stretchColumn_ && !header->isSectionHidden(c)) {
            others += header->sectionSize(c);
        }
    }
    const int spare = table_->viewport()->width() - others;
    header->resizeSection(stretchColumn_, std::max(stretchNaturalWidth_, spare));
}

bool FilteredTableView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::Resize) {
        fillSpareWidth();
    }
    return QWidget::eventFilter(watched, event);
}

QString FilteredTableView::selectionAsText() const {
    const QModelIndexList indexes = table_->selectionModel()->selectedIndexes();
    if (indexes.isEmpty()) {
        return {};
    }
    // Rows and columns in view order, gaps as empty cells.
    QMap<int, QMap<int, QString>> cells;
    int minCol = indexes.first().column();
    int maxCol = minCol;
    for (const QModelIndex& i : indexes) {
        cells[i.row()][i.column()] = i.data(Qt::DisplayRole).toString();
        minCol = std::min(minCol, i.column());
        maxCol = std::max(maxCol, i.column());
    }
    QStringList lines;
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        QStringList fields;
        for (int c = minCol; c <= maxCol; ++c) {
            fields << row.value().value(c);
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void FilteredTableView::updateCount() {
    int shown = proxy_->rowCount();
    // Under chained proxies the total is the innermost source's.
    const QAbstractItemModel* source = proxy_->sourceModel();
    while (const auto* inner = qobject_cast<const QAbstractProxyModel*>(source)) {
        source = inner->sourceModel();
    }
    int total = source != nullptr ? source->rowCount() : 0;
    // Totals rows (last in the source, always shown) are not rows of the report.
    int pinned = 0;
    while (pinned < total && source->index(total - 1 - pinned, 0).data(PinnedLastRole).toBool()) {
        ++pinned;
    }
    total -= pinned;
    shown -= std::min(shown, pinned);
    if (shown == total) {
        count_->setText(tr("Rows: %1").arg(QLocale().toString(total)));
    } else {
        count_->setText(tr("Rows: %1 of %2 (filtered)")
                            .arg(QLocale().toString(shown), QLocale().toString(total)));
    }
}

void FilteredTableView::showSourceRow(int row, int column) {
    filter_->clear();
    const QModelIndex index = proxy_->mapFromSource(proxy_->sourceModel()->index(row, column));
    table_->setCurrentIndex(index);
    table_->scrollTo(index);
}

}  // namespace uplift::app
