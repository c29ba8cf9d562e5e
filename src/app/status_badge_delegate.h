#pragma once
// Paints a promotion's state as a coloured pill (the same colours as the calendar's bars).
#include <QStyledItemDelegate>

namespace uplift::app {

class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    // `statusRole` holds the PromotionStatus as an int.
    explicit StatusBadgeDelegate(int statusRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

  private:
    int statusRole_;
};

}  // namespace uplift::app
