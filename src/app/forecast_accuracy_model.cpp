#include "forecast_accuracy_model.h"

#include <QColor>
#include <QLocale>

#include "exact_format.h"
#include "item_roles.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

Exact actualUnitsOf(const TargetFigures& f) {
    return Exact::whole(f.actual_units);
}

// A percentage to sort by; undefined ones sort first (an invalid QVariant is the least).
QVariant pctSortValue(const Exact& a, const Exact& b) {
    return b.is_zero() ? QVariant() : QVariant(100.0 * ratio(a, b));
}

double sortableUnits(const Exact& e) {
    return ratio(e, Exact::whole(1));
}

}  // namespace

ForecastAccuracyModel::ForecastAccuracyModel(QObject* parent) : QAbstractTableModel(parent) {}

void ForecastAccuracyModel::setRows(std::vector<TargetFigures> rows, TargetGrouping grouping) {
    beginResetModel();
    rows_ = std::move(rows);
    const bool keyChanged = grouping != grouping_;
    grouping_ = grouping;
    endResetModel();
    if (keyChanged) {
        emit headerDataChanged(Qt::Horizontal, Key, Key);
    }
}

const TargetFigures* ForecastAccuracyModel::figuresAt(int row) const {
    if (row < 0 || row >= static_cast<int>(rows_.size())) {
        return nullptr;
    }
    return &rows_[static_cast<std::size_t>(row)];
}

int ForecastAccuracyModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ForecastAccuracyModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ForecastAccuracyModel::attainmentText(const TargetFigures& f) {
    return formatRatioPct(Exact::whole(f.actual_value), Exact::whole(f.target_value));
}

QString ForecastAccuracyModel::wapeText(const TargetFigures& f) {
    return formatRatioPct(f.abs_error, actualUnitsOf(f));
}

QString ForecastAccuracyModel::biasText(const TargetFigures& f) {
    return formatRatioPct(f.error, actualUnitsOf(f));
}

QString ForecastAccuracyModel::keyText(const TargetFigures& f) const {
    switch (grouping_) {
        case TargetGrouping::Period:
            return qs(f.period);
        case TargetGrouping::Account:
            return qs(f.account);
        case TargetGrouping::Brand:
            return qs(f.brand);
        case TargetGrouping::Rep:
            return f.rep.empty() ? tr("(no rep)") : qs(f.rep);
        case TargetGrouping::Key:
            return QStringLiteral("%1 · %2 · %3").arg(qs(f.period), qs(f.account), qs(f.brand));
    }
    return {};
}

QString ForecastAccuracyModel::alertText(const TargetFigures& f) const {
    const AccuracyAlert alert = accuracy_alert(f, limits_);
    QStringList why;
    if (alert.wape) {
        why << tr("WAPE %1 is above %2 %: plan and actual differ a lot.")
                   .arg(wapeText(f), QLocale().toString(static_cast<qlonglong>(limits_.wape_pct)));
    }
    if (alert.bias) {
        why << (f.error.num > 0 ? tr("Bias %1 is above %2 %: the plan overestimates sales.")
                                : tr("Bias %1 is below −%2 %: the plan underestimates sales."))
                   .arg(biasText(f), QLocale().toString(static_cast<qlonglong>(limits_.bias_pct)));
    }
    return why.join(QLatin1Char('\n'));
}

QVariant ForecastAccuracyModel::display(const TargetFigures& f, int column) const {
    const QLocale locale;
    switch (column) {
        case Key:
            return keyText(f);
        case TargetUnits:
            return locale.toString(static_cast<qlonglong>(f.target_units));
        case PlanUnits:
            return formatExactUnits(f.plan_units, locale);
        case ActualUnits:
            return locale.toString(static_cast<qlonglong>(f.actual_units));
        case TargetValue:
            return formatMinorUnits(f.target_value, locale);
        case PlanValue:
            return formatExactMoney(f.plan_value, locale);
        case ActualValue:
            return formatMinorUnits(f.actual_value, locale);
        case Attainment:
            return attainmentText(f);
        case Wape:
            return wapeText(f);
        case Bias:
            return biasText(f);
        case StockOuts:
            return f.stockout_promotions == 0
                       ? QString()
                       : locale.toString(static_cast<qlonglong>(f.stockout_promotions));
        default:
            return {};
    }
}

QVariant ForecastAccuracyModel::sortValue(const TargetFigures& f, int column) const {
    switch (column) {
        case TargetUnits:
            return QVariant::fromValue<qint64>(f.target_units);
        case PlanUnits:
            return sortableUnits(f.plan_units);
        case ActualUnits:
            return QVariant::fromValue<qint64>(f.actual_units);
        case TargetValue:
            return QVariant::fromValue<qint64>(f.target_value);
        case PlanValue:
            return sortableUnits(f.plan_value);
        case ActualValue:
            return QVariant::fromValue<qint64>(f.actual_value);
        case Attainment:
            return pctSortValue(Exact::whole(f.actual_value), Exact::whole(f.target_value));
        case Wape:
            return pctSortValue(f.abs_error, actualUnitsOf(f));
        case Bias:
            return pctSortValue(f.error, actualUnitsOf(f));
        case StockOuts:
            return QVariant::fromValue<qint64>(f.stockout_promotions);
        default:
            return keyText(f);
    }
}

QVariant ForecastAccuracyModel::data(const QModelIndex& index, int role) const {
    const TargetFigures* f = figuresAt(index.row());
    if (f == nullptr) {
        return {};
    }
    switch (role) {
        case Qt::DisplayRole:
            return display(*f, index.column());
        case SortRole:
            return sortValue(*f, index.column());
        case MinorUnitsRole:
            switch (index.column()) {
                case TargetValue:
                    return QVariant::fromValue<qint64>(f->target_value);
                case PlanValue:
                    return QVariant::fromValue<qint64>(round_whole(f->plan_value));
                case ActualValue:
                    return QVariant::fromValue<qint64>(f->actual_value);
                default:
                    return {};
            }
        case Qt::TextAlignmentRole:
            return index.column() == Key ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            // Amber, as the app marks warnings: the row needs a look, it is not an error.
            return accuracy_alert(*f, limits_).any() ? QVariant(QColor(0xfc, 0xe8, 0xc3))
                                                     : QVariant();
        case Qt::ToolTipRole: {
            const QString why = alertText(*f);
            return why.isEmpty() ? QVariant() : QVariant(why);
        }
        default:
            return {};
    }
}

QVariant ForecastAccuracyModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && section != Key) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Attainment:
                return tr("Actual value / target value");
            case Wape:
                return tr("Σ |actual − plan| / Σ actual units");
            case Bias:
                return tr("Σ (plan − actual) / Σ actual units; above zero: the plan is too high");
            case StockOuts:
                return tr("Approved promotions planning more units than the inventory");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Key:
            switch (grouping_) {
                case TargetGrouping::Period:
                    return tr("Period");
                case TargetGrouping::Account:
                    return tr("Account");
                case TargetGrouping::Brand:
                    return tr("Brand");
                case TargetGrouping::Rep:
                    return tr("Rep");
                case TargetGrouping::Key:
                    return tr("Target");
            }
            return {};
        case TargetUnits:
            return tr("Target units");
        case PlanUnits:
            return tr("Plan units");
        case ActualUnits:
            return tr("Actual units");
        case TargetValue:
            return tr("Target value");
        case PlanValue:
            return tr("Plan value");
        case ActualValue:
            return tr("Actual value");
        case Attainment:
            return tr("Attainment");
        case Wape:
            return tr("WAPE");
        case Bias:
            return tr("Bias");
        case StockOuts:
            return tr("Stock-out risks");
        default:
            return {};
    }
}

}  // namespace uplift::app
