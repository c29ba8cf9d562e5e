#pragma once
// Paints a fund's budget as one bar: spent | committed | free, with a tick at the warning
// level. Calm blue while the fund is fine, amber at its warning level, red above 100 % or when
// nothing is available.
#include <QColor>
#include <QStyledItemDelegate>

#include "fund_tree_model.h"

namespace uplift::app {

class FundBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    explicit FundBarDelegate(QObject* parent = nullptr);

    static QColor spentColor(FundLevel level);
    static QColor committedColor(FundLevel level);
    static QColor freeColor();

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace uplift::app
