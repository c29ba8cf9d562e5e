#pragma once
// Target cells: the current target right-aligned and, where it differs from the top-down
// version, that version in grey at the left of the cell (SCREENS: "the top-down value beside
// each cell in grey"). While the user types, the grid's totals follow the typed number.
#include <QStyledItemDelegate>

namespace uplift::app {

class TargetGridModel;

class TargetCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    TargetCellDelegate(TargetGridModel* grid, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void destroyEditor(QWidget* editor, const QModelIndex& index) const override;

  private:
    TargetGridModel* grid_;
};

}  // namespace uplift::app
