#include "target_cell_delegate.h"

#include <QLineEdit>
#include <QPainter>

#include "source_index.h"
#include "target_cell_text.h"
#include "target_grid_model.h"

namespace uplift::app {

TargetCellDelegate::TargetCellDelegate(TargetGridModel* grid, QObject* parent)
    : QStyledItemDelegate(parent), grid_(grid) {}

void TargetCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index);
    // Period cells only: the row total has the top-down column beside it.
    if (!index.data(TargetGridModel::GapRole).toBool() ||
        grid_->periodOfColumn(sourceIndex(index).column()) < 0) {
        return;
    }
    const QVariant topdown = index.data(TargetGridModel::TopDownRole);
    if (!topdown.isValid()) {
        return;
    }
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->save();
    painter->setFont(small);
    painter->setPen(QColor(110, 110, 110));
    const QRect room = option.rect.adjusted(4, 0, -4, 0);
    painter->drawText(room, Qt::AlignLeft | Qt::AlignVCenter,
                      formatTargetCell(topdown.value<qint64>(), grid_->measure()));
    painter->restore();
}

QWidget* TargetCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto* line = qobject_cast<QLineEdit*>(editor);
    const QModelIndex cell = sourceIndex(index);
    const int period = grid_->periodOfColumn(cell.column());
    if (line != nullptr && period >= 0) {
        line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Totals follow the typed number; text that is not one yet leaves them as they were.
        connect(line, &QLineEdit::textEdited, this,
                [grid = grid_, row = cell.row(), period](const QString& text) {
                    const TargetCellParse p = parseTargetCell(text, grid->measure());
                    if (p.ok()) {
                        grid->setPending(row, period, p.amount);
                    }
                });
    }
    return editor;
}

void TargetCellDelegate::destroyEditor(QWidget* editor, const QModelIndex& index) const {
    grid_->clearPending();
    QStyledItemDelegate::destroyEditor(editor, index);
}

}  // namespace uplift::app
