#pragma once
// A screen of the main window. Sections load from the core only when first shown and again
// after something changed the file (an import, a rollback), so opening a big file is instant.
#include <QWidget>

#include "filtered_table_view.h"

namespace uplift::app {

class SectionWidget : public QWidget {
    Q_OBJECT
  public:
    using QWidget::QWidget;

    // Re-reads from the core; may throw the core's exceptions.
    virtual void reload() = 0;
    // The table Edit > Copy copies from.
    virtual FilteredTableView* tableView() const = 0;
    // What Edit > Copy copies: the selected cells as tab-separated text.
    virtual QString selectionAsText() const { return tableView()->selectionAsText(); }

    void markStale() { stale_ = true; }
    void ensureLoaded() {
        if (stale_) {
            reload();
            stale_ = false;
        }
    }

  private:
    bool stale_ = true;
};

}  // namespace uplift::app
