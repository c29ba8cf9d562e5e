#include "pivot_drop_zone.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

#include "pivot_field_list.h"

namespace uplift::app {

PivotDropZone::PivotDropZone(bool measures, QWidget* parent)
    : QListWidget(parent), measures_(measures) {
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

bool PivotDropZone::accepts(const QMimeData* mime) const {
    QString name;
    bool isMeasure = false;
    return readPivotField(mime, &name, &isMeasure) && isMeasure == measures_;
}

void PivotDropZone::dragEnterEvent(QDragEnterEvent* event) {
    if (accepts(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void PivotDropZone::dragMoveEvent(QDragMoveEvent* event) {
    if (accepts(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void PivotDropZone::dropEvent(QDropEvent* event) {
    QString name;
    bool isMeasure = false;
    if (!readPivotField(event->mimeData(), &name, &isMeasure) || isMeasure != measures_) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit fieldDropped(name);
}

void PivotDropZone::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        currentRow() >= 0) {
        emit removeRequested(currentRow());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void PivotDropZone::contextMenuEvent(QContextMenuEvent* event) {
    const QListWidgetItem* item = itemAt(viewport()->mapFromGlobal(event->globalPos()));
    if (item == nullptr) {
        return;
    }
    const int r = row(item);
    QMenu menu(this);
    menu.addAction(tr("Remove"), this, [this, r] { emit removeRequested(r); });
    menu.exec(event->globalPos());
}

}  // namespace uplift::app
