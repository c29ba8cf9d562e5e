#include "money_delegate.h"

#include <QLineEdit>

#include "item_roles.h"

namespace uplift::app {

MoneyDelegate::MoneyDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* MoneyDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                     const QModelIndex& /*index*/) const {
    auto* edit = new QLineEdit(parent);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setFrame(false);
    return edit;
}

void MoneyDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* edit = static_cast<QLineEdit*>(editor);
    edit->setText(index.data(Qt::EditRole).toString());
    edit->selectAll();
}

void MoneyDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const {
    // Text, not a number: the core's parser decides what the user meant, and says why not.
    model->setData(index, static_cast<QLineEdit*>(editor)->text().trimmed(), Qt::EditRole);
}

void MoneyDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    const QVariant minor = index.data(MinorUnitsRole);
    if (minor.isValid() && minor.toLongLong() < 0) {
        option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xd6, 0xd2));
    }
}

}  // namespace uplift::app
