#include "target_grid_filter.h"

#include "target_grid_model.h"
#include "text_conversions.h"

namespace uplift::app {

TargetGridFilter::TargetGridFilter(TargetGridModel* grid, QObject* parent)
    : QSortFilterProxyModel(parent), grid_(grid) {
    setSourceModel(grid);
}

void TargetGridFilter::setRep(const QString& rep) {
    rep_ = rep;
    invalidateFilter();
}

void TargetGridFilter::setRegion(const QString& region) {
    region_ = region;
    invalidateFilter();
}

void TargetGridFilter::setBrand(const QString& brand) {
    brand_ = brand;
    invalidateFilter();
}

bool TargetGridFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const TargetGridRow& r = grid_->gridRow(sourceRow);
    return (rep_.isEmpty() || qs(r.rep) == rep_) &&
           (region_.isEmpty() || qs(r.region) == region_) &&
           (brand_.isEmpty() || qs(r.brand) == brand_);
}

}  // namespace uplift::app
