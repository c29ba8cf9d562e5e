#include "pivot_field_list.h"

#include <QMimeData>

#include "text_conversions.h"

namespace uplift::app {

bool readPivotField(const QMimeData* mime, QString* name, bool* isMeasure) {
    if (mime == nullptr || !mime->hasFormat(QLatin1String(kPivotFieldMime))) {
        return false;
    }
    const QString text = QString::fromUtf8(mime->data(QLatin1String(kPivotFieldMime)));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon + 1 >= text.size()) {
        return false;
    }
    *isMeasure = text.left(colon) == QLatin1String("measure");
    *name = text.mid(colon + 1);
    return true;
}

PivotFieldList::PivotFieldList(QWidget* parent) : QListWidget(parent) {
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void PivotFieldList::showSource(const PivotSource& source) {
    clear();
    for (const PivotDimension& d : source.dimensions) {
        auto* item = new QListWidgetItem(qs(d.name), this);
        item->setData(kPivotFieldNameRole, qs(d.name));
        item->setData(kPivotFieldIsMeasureRole, false);
        item->setToolTip(qs(d.description));
    }
    for (const PivotMeasure& m : source.measures) {
        auto* item = new QListWidgetItem(QStringLiteral("Σ %1").arg(qs(m.name)), this);
        item->setData(kPivotFieldNameRole, qs(m.name));
        item->setData(kPivotFieldIsMeasureRole, true);
        item->setToolTip(qs(m.description));
    }
}

QStringList PivotFieldList::mimeTypes() const {
    return {QLatin1String(kPivotFieldMime)};
}

QMimeData* PivotFieldList::mimeData(const QList<QListWidgetItem*>& items) const {
    if (items.isEmpty()) {
        return nullptr;
    }
    const QListWidgetItem* item = items.front();
    auto* mime = new QMimeData;
    const QString kind = item->data(kPivotFieldIsMeasureRole).toBool()
                             ? QStringLiteral("measure")
                             : QStringLiteral("dimension");
    mime->setData(QLatin1String(kPivotFieldMime),
                  (kind + QLatin1Char(':') + item->data(kPivotFieldNameRole).toString()).toUtf8());
    return mime;
}

}  // namespace uplift::app
