#pragma once
// Narrows the target grid to one rep, region or brand (empty: all). Sits between the grid model
// and the table's text-filter proxy, so totals of what is shown follow every filter.
#include <QSortFilterProxyModel>

namespace uplift::app {

class TargetGridModel;

class TargetGridFilter : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    explicit TargetGridFilter(TargetGridModel* grid, QObject* parent = nullptr);

    void setRep(const QString& rep);
    void setRegion(const QString& region);
    void setBrand(const QString& brand);

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    TargetGridModel* grid_;
    QString rep_, region_, brand_;
};

}  // namespace uplift::app
