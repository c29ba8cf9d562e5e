#include "choice_delegate.h"

#include <QComboBox>
#include <QCompleter>

namespace uplift::app {

ChoiceDelegate::ChoiceDelegate(Source source, bool allowNew, QObject* parent)
    : QStyledItemDelegate(parent), source_(std::move(source)), allowNew_(allowNew) {}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                      const QModelIndex& /*index*/) const {
    auto* combo = new QComboBox(parent);
    combo->setEditable(allowNew_);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const Choice& c : source_()) {
        combo->addItem(c.label, c.value);
    }
    // Picking an item is the edit; no extra Enter needed.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ChoiceDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    if (combo->completer() != nullptr) {
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setFilterMode(Qt::MatchContains);
    }
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    const int i = combo->findData(value);
    if (i >= 0) {
        combo->setCurrentIndex(i);
    } else if (allowNew_) {
        combo->setEditText(value);
    }
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    QString value = combo->currentData().toString();
    if (allowNew_) {
        // A typed text that is not one of the labels is a new value.
        const QString typed = combo->currentText().trimmed();
        const int i = combo->findText(typed, Qt::MatchFixedString);
        value = i >= 0 ? combo->itemData(i).toString() : typed;
    }
    model->setData(index, value, Qt::EditRole);
}

}  // namespace uplift::app
