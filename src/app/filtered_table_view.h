#pragma once
// A table with a filter box above it: sorting and filtering go through a QSortFilterProxyModel
// so the source model stays in core order. A line under the table counts the rows shown.
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QAbstractItemModel;
class QHBoxLayout;

namespace uplift::app {

class FilteredTableView : public QWidget {
    Q_OBJECT
  public:
    explicit FilteredTableView(QWidget* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model);
    QTableView* table() const { return table_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QLineEdit* filterEdit() const { return filter_; }
    // Room right of the filter box for the section's buttons.
    QHBoxLayout* toolbarLayout() const { return toolbar_; }

    // A widget right under the table, above the row count (a totals line).
    void addBelowTable(QWidget* widget);
    // Makes the source model's row current and visible, clearing a filter that hides it.
    void showSourceRow(int row, int column = 0);
    // A note above the table, e.g. why the table is read-only; hidden when empty.
    void setNotice(const QString& text);
    // The column that takes the width left over (a name, usually); -1: none.
    void setStretchColumn(int column) { stretchColumn_ = column; }
    // Sizes columns to their contents (capped) after a reload.
    void fitColumns();
    // The selected cells as tab-separated text, as a spreadsheet pastes it.
    QString selectionAsText() const;
    // Re-counts the rows shown; the total is the innermost model's (below any proxies).
    void updateCount();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void fillSpareWidth();

    QLineEdit* filter_;
    QHBoxLayout* toolbar_;
    QLabel* notice_;
    QTableView* table_;
    QSortFilterProxyModel* proxy_;
    QLabel* count_;
    int stretchColumn_ = -1;
    int stretchNaturalWidth_ = 0;
};

}  // namespace uplift::app
