#include "status_badge_delegate.h"

#include <QApplication>
#include <QPainter>

#include "promotion_status_style.h"

namespace uplift::app {

StatusBadgeDelegate::StatusBadgeDelegate(int statusRole, QObject* parent)
    : QStyledItemDelegate(parent), statusRole_(statusRole) {}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    const QVariant status = index.data(statusRole_);
    if (!status.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Selection and focus as usual, with the badge on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto s = static_cast<PromotionStatus>(status.toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics fm(option.font);
    const int h = fm.height() + 2;
    const int w = std::min(fm.horizontalAdvance(text) + 14, option.rect.width() - 6);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - h / 2 + 1, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(PromotionStatusStyle::color(s));
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(PromotionStatusStyle::textColor(s));
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, w - 8));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 16);
    return size;
}

}  // namespace uplift::app
