#pragma once
// Master data: price lists (central and per account), read-only here; prices change by import.
#include "section_widget.h"

namespace uplift::app {

class AppSession;
class PriceTableModel;

class PricesSection : public SectionWidget {
    Q_OBJECT
  public:
    explicit PricesSection(AppSession& session, QWidget* parent = nullptr);

    void reload() override;
    FilteredTableView* tableView() const override { return view_; }

  private:
    PriceTableModel* model_;
    FilteredTableView* view_;
};

}  // namespace uplift::app
