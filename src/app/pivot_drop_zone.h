#pragma once
// One drop zone of the pivot builder (Rows, Columns, Values or Filters): a list that takes
// fields dragged from the Fields list and says which one arrived; Delete (or the context
// menu's Remove) takes the current entry out. What an entry looks like is the builder's.
#include <QListWidget>

namespace uplift::app {

class PivotDropZone : public QListWidget {
    Q_OBJECT
  public:
    // `measures`: the zone takes measures (Values), else dimensions.
    PivotDropZone(bool measures, QWidget* parent = nullptr);

    bool takesMeasures() const { return measures_; }

  signals:
    void fieldDropped(const QString& name);
    void removeRequested(int row);

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    bool accepts(const QMimeData* mime) const;
    bool measures_;
};

}  // namespace uplift::app
