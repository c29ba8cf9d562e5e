#pragma once
// Master data: products, editable with undo for users who hold masterdata.edit.
#include "section_widget.h"

class QUndoStack;

namespace uplift::app {

class AppSession;
class ProductTableModel;

class ProductsSection : public SectionWidget {
    Q_OBJECT
  public:
    ProductsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent = nullptr);

    void reload() override;
    FilteredTableView* tableView() const override { return view_; }
    ProductTableModel* model() const { return model_; }

  private:
    AppSession& session_;
    ProductTableModel* model_;
    FilteredTableView* view_;
};

}  // namespace uplift::app
