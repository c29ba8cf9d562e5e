#pragma once
// The pivot builder's "Fields" list: the dimensions and measures of the chosen source (from the
// core's catalogue), dragged from here into the Rows, Columns, Values and Filters zones. A drag
// carries one field as "dimension:NAME" or "measure:NAME" under its own MIME type.
#include <QListWidget>
#include <QString>

#include "reports/pivot_catalogue.h"

class QMimeData;

namespace uplift::app {

inline constexpr const char* kPivotFieldMime = "application/x-uplift-pivot-field";
// Item data: the field's name, and whether it is a measure.
inline constexpr int kPivotFieldNameRole = Qt::UserRole + 40;
inline constexpr int kPivotFieldIsMeasureRole = Qt::UserRole + 41;

// The field a drag carries; false when the data holds none.
bool readPivotField(const QMimeData* mime, QString* name, bool* isMeasure);

class PivotFieldList : public QListWidget {
    Q_OBJECT
  public:
    explicit PivotFieldList(QWidget* parent = nullptr);

    // Dimensions first, then measures (Σ), each with its description as tooltip.
    void showSource(const PivotSource& source);

  protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
};

}  // namespace uplift::app
