#pragma once
// The rows of the target report as the forecast-accuracy table shows them: the group's key,
// target / plan / actual units and value, attainment, WAPE and bias. Rows whose WAPE or bias is
// above the limits (core: accuracy_alert) are tinted, with a tooltip saying which and why.
#include <QAbstractTableModel>

#include <vector>

#include "targets/forecast_accuracy.h"
#include "targets/sales_plan.h"

namespace uplift::app {

class ForecastAccuracyModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Key,
        TargetUnits,
        PlanUnits,
        ActualUnits,
        TargetValue,
        PlanValue,
        ActualValue,
        Attainment,
        Wape,
        Bias,
        StockOuts,
        ColumnCount
    };

    explicit ForecastAccuracyModel(QObject* parent = nullptr);

    void setRows(std::vector<TargetFigures> rows, TargetGrouping grouping);
    TargetGrouping grouping() const { return grouping_; }
    const AccuracyLimits& limits() const { return limits_; }
    // nullptr when the row is out of range.
    const TargetFigures* figuresAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "20.00 %" of the core's figures; empty when undefined (no target value / no actual).
    static QString attainmentText(const TargetFigures& f);
    static QString wapeText(const TargetFigures& f);
    static QString biasText(const TargetFigures& f);

  private:
    QString keyText(const TargetFigures& f) const;
    QString alertText(const TargetFigures& f) const;
    QVariant display(const TargetFigures& f, int column) const;
    QVariant sortValue(const TargetFigures& f, int column) const;

    std::vector<TargetFigures> rows_;
    TargetGrouping grouping_ = TargetGrouping::Account;
    AccuracyLimits limits_;
};

}  // namespace uplift::app
