#include "date_delegate.h"

#include <QDate>

namespace uplift::app {

DateDelegate::DateDelegate(QString openText, QObject* parent)
    : QStyledItemDelegate(parent), openText_(std::move(openText)) {}

QString DateDelegate::displayText(const QVariant& value, const QLocale& locale) const {
    const QDate d = value.toDate();
    if (!d.isValid()) {
        return openText_;
    }
    return locale.toString(d, QLocale::ShortFormat);
}

void DateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // An empty value gets no text from the base class; show the open end explicitly.
    if (!index.data(Qt::DisplayRole).toDate().isValid()) {
        option->features |= QStyleOptionViewItem::HasDisplay;
        option->text = openText_;
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

}  // namespace uplift::app
