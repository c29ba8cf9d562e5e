#include "fund_bar_delegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace uplift::app {

FundBarDelegate::FundBarDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor FundBarDelegate::spentColor(FundLevel level) {
    switch (level) {
        case FundLevel::Warning:
            return {0xe0, 0x8e, 0x0b};
        case FundLevel::Over:
            return {0xc6, 0x28, 0x28};
        case FundLevel::Normal:
            break;
    }
    return {0x2f, 0x6d, 0xb5};
}

QColor FundBarDelegate::committedColor(FundLevel level) {
    switch (level) {
        case FundLevel::Warning:
            return {0xf3, 0xcc, 0x7a};
        case FundLevel::Over:
            return {0xee, 0x9a, 0x9a};
        case FundLevel::Normal:
            break;
    }
    return {0xa7, 0xc4, 0xe8};
}

QColor FundBarDelegate::freeColor() {
    return {0xe6, 0xea, 0xef};
}

void FundBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    // Selection and focus as usual, the bar on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant data = index.data(FundTreeModel::BarRole);
    if (!data.canConvert<FundBar>()) {
        return;
    }
    const FundBar bar = data.value<FundBar>();
    const int height = std::max(6, option.fontMetrics.height() / 2 + 2);
    const QRect track(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1,
                      std::max(0, option.rect.width() - 12), height);
    if (track.width() <= 0) {
        return;
    }
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(freeColor());
    painter->drawRect(track);
    // Geometry only: the amounts are the core's exact cents, the pixels are approximate.
    const double scale = static_cast<double>(std::max(bar.budget, bar.actual + bar.committed));
    if (scale > 0) {
        const auto width = [&](qint64 cents) {
            return static_cast<int>(static_cast<double>(track.width()) *
                                        static_cast<double>(std::max<qint64>(cents, 0)) / scale +
                                    0.5);
        };
        const int spent = std::min(width(bar.actual), track.width());
        const int committed = std::min(width(bar.committed), track.width() - spent);
        painter->setBrush(spentColor(bar.level));
        painter->drawRect(QRect(track.left(), track.top(), spent, track.height()));
        painter->setBrush(committedColor(bar.level));
        painter->drawRect(QRect(track.left() + spent, track.top(), committed, track.height()));
        if (bar.budget > 0) {
            // The warning level, as a share of the budget.
            const int tick =
                track.left() +
                width(static_cast<qint64>(static_cast<double>(bar.budget) *
                                          static_cast<double>(bar.warningPct) / 1'000'000.0));
            painter->setPen(QPen(QColor(0x4a, 0x4f, 0x57), 1));
            painter->drawLine(tick, track.top() - 2, tick, track.bottom() + 2);
        }
    }
    painter->restore();
}

QSize FundBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 14 * option.fontMetrics.averageCharWidth()));
    return size;
}

}  // namespace uplift::app
