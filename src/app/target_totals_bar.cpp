#include "target_totals_bar.h"

#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <vector>

#include "source_index.h"
#include "target_cell_text.h"
#include "target_grid_model.h"

namespace uplift::app {

// One row: the sums of the shown rows per grid column.
class TargetTotalsModel : public QAbstractTableModel {
  public:
    TargetTotalsModel(TargetGridModel* grid, QAbstractItemModel* shown, QObject* parent)
        : QAbstractTableModel(parent), grid_(grid), shown_(shown) {}

    void recompute() {
        const int periods = grid_->periodCount();
        std::vector<std::optional<qint64>> sums(static_cast<std::size_t>(periods) + 2);
        const auto add = [](std::optional<qint64>& to, std::optional<qint64> v) {
            if (v) {
                to = to.value_or(0) + *v;
            }
        };
        rows_ = shown_->rowCount();
        for (int r = 0; r < rows_; ++r) {
            const QModelIndex i = sourceIndex(shown_->index(r, 0));
            for (int p = 0; p < periods; ++p) {
                const auto a = grid_->amount(i.row(), p);
                add(sums[static_cast<std::size_t>(p)], a);
                add(sums[static_cast<std::size_t>(periods)], a);
                add(sums[static_cast<std::size_t>(periods) + 1], grid_->topDown(i.row(), p));
            }
        }
        const bool reshaped = static_cast<int>(sums.size()) != static_cast<int>(sums_.size());
        if (reshaped) {
            beginResetModel();
        }
        sums_ = std::move(sums);
        if (reshaped) {
            endResetModel();
        } else {
            emit dataChanged(index(0, 0), index(0, columnCount() - 1));
        }
    }

    std::optional<qint64> total(int column) const {
        // sums_: the periods, then the grand total and the top-down grand total.
        const int periods = grid_->periodCount();
        int k = column - TargetGridModel::FirstPeriod;
        if (column == grid_->totalColumn()) {
            k = periods;
        } else if (column == grid_->topDownColumn()) {
            k = periods + 1;
        }
        return k >= 0 && k < static_cast<int>(sums_.size()) ? sums_[static_cast<std::size_t>(k)]
                                                            : std::nullopt;
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 1; }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : grid_->columnCount();
    }
    QVariant data(const QModelIndex& index, int role) const override {
        const int col = index.column();
        switch (role) {
            case Qt::DisplayRole:
                if (col == TargetGridModel::Account) {
                    return TargetTotalsBar::tr("Total");
                }
                if (col == TargetGridModel::Partner) {
                    return TargetTotalsBar::tr("%n row(s)", nullptr, rows_);
                }
                if (const auto t = total(col)) {
                    return formatTargetCell(*t, grid_->measure());
                }
                return {};
            case Qt::TextAlignmentRole:
                return col >= TargetGridModel::Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
            case Qt::FontRole: {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            case Qt::ForegroundRole:
                return col == grid_->topDownColumn() ? QVariant(QColor(Qt::gray)) : QVariant();
            case TargetGridModel::AmountRole:
                if (const auto t = total(col)) {
                    return QVariant::fromValue<qint64>(*t);
                }
                return {};
            default:
                return {};
        }
    }

  private:
    TargetGridModel* grid_;
    QAbstractItemModel* shown_;
    std::vector<std::optional<qint64>> sums_;
    int rows_ = 0;
};

TargetTotalsBar::TargetTotalsBar(TargetGridModel* grid, QTableView* table, QWidget* parent)
    : QTableView(parent),
      table_(table),
      totals_(new TargetTotalsModel(grid, table->model(), this)),
      coalesce_(new QTimer(this)) {
    setObjectName(QStringLiteral("targetTotals"));
    setModel(totals_);
    horizontalHeader()->setVisible(false);
    verticalHeader()->setVisible(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setStyleSheet(
        QStringLiteral("QTableView#targetTotals { background: palette(alternate-base); }"));
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    verticalHeader()->setDefaultSectionSize(rowHeight);
    setFixedHeight(rowHeight + 2 * frameWidth());

    QAbstractItemModel* shown = table->model();
    coalesce_->setSingleShot(true);
    coalesce_->setInterval(0);
    connect(coalesce_, &QTimer::timeout, this, &TargetTotalsBar::recompute);
    const auto later = [this] { coalesce_->start(); };
    connect(shown, &QAbstractItemModel::modelReset, this, later);
    connect(shown, &QAbstractItemModel::layoutChanged, this, later);
    connect(shown, &QAbstractItemModel::rowsInserted, this, later);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, later);
    connect(grid, &TargetGridModel::amountsChanged, this, &TargetTotalsBar::recompute);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this,
            &TargetTotalsBar::syncWidths);
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &TargetTotalsBar::syncWidths);
    recompute();
}

std::optional<qint64> TargetTotalsBar::total(int column) const {
    return totals_->total(column);
}

void TargetTotalsBar::recompute() {
    coalesce_->stop();
    totals_->recompute();
    // A total is wider than the cells it sums: widen the grid's column rather than elide it.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QHeaderView* header = table_->horizontalHeader();
    for (int c = 0; c < header->count() && c < totals_->columnCount(); ++c) {
        const QString text = totals_->index(0, c).data().toString();
        const int needed = metrics.horizontalAdvance(text) +
                           2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
        if (!text.isEmpty() && header->sectionSize(c) < needed) {
            header->resizeSection(c, needed);
        }
    }
    syncWidths();
}

void TargetTotalsBar::syncWidths() {
    QHeaderView* header = table_->horizontalHeader();
    for (int c = 0; c < header->count() && c < totals_->columnCount(); ++c) {
        setColumnWidth(c, header->sectionSize(c));
    }
    // Leave room for the grid's vertical scroll bar, so both scroll over the same width.
    const QScrollBar* bar = table_->verticalScrollBar();
    setViewportMargins(0, 0, bar->isVisible() ? bar->width() : 0, 0);
    horizontalScrollBar()->setValue(table_->horizontalScrollBar()->value());
}

}  // namespace uplift::app
