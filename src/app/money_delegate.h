#pragma once
// Money cells: right-aligned, negative amounts in red, edited as plain text in the user's
// locale ("1234,56"); the model parses what was typed through the core.
#include <QStyledItemDelegate>

namespace uplift::app {

class MoneyDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    explicit MoneyDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

  protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

}  // namespace uplift::app
