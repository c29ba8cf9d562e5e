#include "forecast_accuracy_view.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app_session.h"
#include "background_jobs.h"
#include "filtered_table_view.h"
#include "forecast_accuracy_chart.h"
#include "forecast_accuracy_job.h"
#include "forecast_accuracy_model.h"
#include "stockout_risk_list.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

using AccuracyWatcher = QFutureWatcher<AccuracyResult>;

// Puts the choices in the box after "all", keeping the current choice (also when the new data
// no longer has it, so a filter never changes under the user).
void refillChoices(QComboBox* box, const std::vector<std::string>& choices) {
    const QString current = box->currentData().toString();
    const QSignalBlocker quiet(box);
    while (box->count() > 1) {
        box->removeItem(1);
    }
    for (const std::string& c : choices) {
        box->addItem(qs(c), qs(c));
    }
    if (!current.isEmpty() && box->findData(current) < 0) {
        box->addItem(current, current);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

std::optional<std::string> chosenFilter(const QComboBox* box) {
    const QString value = box->currentData().toString();
    return value.isEmpty() ? std::nullopt : std::optional<std::string>(utf8(value));
}

}  // namespace

ForecastAccuracyView::ForecastAccuracyView(AppSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      by_(new QComboBox(this)),
      period_(new QComboBox(this)),
      rep_(new QComboBox(this)),
      busy_(new QProgressBar(this)),
      busyLabel_(new QLabel(tr("Calculating…"), this)),
      error_(new QLabel(this)),
      chart_(new ForecastAccuracyChart(this)),
      model_(new ForecastAccuracyModel(this)),
      table_(new FilteredTableView(this)),
      risks_(new StockOutRiskList(this)),
      noRisks_(new QLabel(tr("No approved promotion plans more units than the inventory."), this)) {
    setObjectName(QStringLiteral("forecastAccuracyView"));
    by_->setObjectName(QStringLiteral("accuracyGroupingBox"));
    by_->addItem(tr("Account"), static_cast<int>(TargetGrouping::Account));
    by_->addItem(tr("Brand"), static_cast<int>(TargetGrouping::Brand));
    by_->addItem(tr("Period"), static_cast<int>(TargetGrouping::Period));
    by_->addItem(tr("Rep"), static_cast<int>(TargetGrouping::Rep));
    period_->setObjectName(QStringLiteral("accuracyPeriodBox"));
    period_->addItem(tr("All periods"), QString());
    rep_->setObjectName(QStringLiteral("accuracyRepBox"));
    rep_->addItem(tr("All reps"), QString());
    // Range 0..0: Qt's busy animation; target_report gives no progress to show.
    busy_->setObjectName(QStringLiteral("accuracyBusy"));
    busy_->setRange(0, 0);
    busy_->setTextVisible(false);
    busy_->setFixedWidth(120);
    busy_->setMaximumHeight(14);
    error_->setObjectName(QStringLiteral("accuracyError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error_->setVisible(false);

    auto* filters = new QHBoxLayout;
    auto* byLabel = new QLabel(tr("&By:"), this);
    byLabel->setBuddy(by_);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(period_);
    auto* repLabel = new QLabel(tr("R&ep:"), this);
    repLabel->setBuddy(rep_);
    for (QWidget* w : std::initializer_list<QWidget*>{byLabel, by_, periodLabel, period_, repLabel,
                                                      rep_, busy_, busyLabel_}) {
        filters->addWidget(w);
    }
    filters->addStretch(1);

    table_->setObjectName(QStringLiteral("accuracyTable"));
    table_->setSourceModel(model_);
    table_->setStretchColumn(ForecastAccuracyModel::Key);
    table_->table()->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* riskBox = new QGroupBox(tr("Promotions at stock-out risk"), this);
    auto* riskLayout = new QVBoxLayout(riskBox);
    noRisks_->setObjectName(QStringLiteral("accuracyNoRisks"));
    riskLayout->addWidget(noRisks_);
    riskLayout->addWidget(risks_);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(chart_);
    split->addWidget(table_);
    split->addWidget(riskBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(error_);
    layout->addWidget(split, 1);

    for (QComboBox* box : {by_, period_, rep_}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ForecastAccuracyView::reload);
    }
    reload();
}

ForecastAccuracyView::~ForecastAccuracyView() {
    for (AccuracyWatcher* w : findChildren<AccuracyWatcher*>()) {
        w->waitForFinished();
    }
}

TargetGrouping ForecastAccuracyView::grouping() const {
    return static_cast<TargetGrouping>(by_->currentData().toInt());
}

TargetReportFilter ForecastAccuracyView::filter() const {
    TargetReportFilter f;
    f.period = chosenFilter(period_);
    f.rep = chosenFilter(rep_);
    return f;
}

void ForecastAccuracyView::reload() {
    if (!isVisible()) {
        // Built with its section when a file opens, shown perhaps never: load when seen.
        stale_ = true;
        return;
    }
    stale_ = false;
    const std::uint64_t generation = ++started_;
    AccuracyQuery query{toPath(session_.filePath()), filter(), grouping()};
    setBusy(true);
    // target_report cannot be interrupted; a superseded load runs out and its result is dropped.
    auto* watcher = new AccuracyWatcher(this);
    connect(watcher, &AccuracyWatcher::finished, this,
            [this, watcher, generation, g = query.grouping] {
                watcher->deleteLater();
                if (generation != started_) {
                    return;
                }
                shown_ = generation;
                showResult(watcher->result(), g);
                setBusy(false);
                emit reloaded();
            });
    // The job gets copies only: it never touches the view, which may be gone when it ends.
    watcher->setFuture(
        QtConcurrent::run(backgroundJobPool(), [query] { return runAccuracyQuery(query); }));
}

void ForecastAccuracyView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) {
        reload();
    }
}

void ForecastAccuracyView::showResult(const AccuracyResult& result, TargetGrouping grouping) {
    error_->setText(result.error.isEmpty()
                        ? QString()
                        : tr("The figures could not be calculated: %1").arg(result.error));
    error_->setVisible(!result.error.isEmpty());
    refillChoices(period_, result.periods);
    refillChoices(rep_, result.reps);
    model_->setRows(result.rows, grouping);
    table_->fitColumns();
    chart_->display(result.byPeriod, result.total);
    risks_->display(result.risks);
    risks_->setVisible(!result.risks.empty());
    noRisks_->setVisible(result.risks.empty() && result.error.isEmpty());
}

void ForecastAccuracyView::setBusy(bool busy) {
    busy_->setVisible(busy);
    busyLabel_->setVisible(busy);
}

}  // namespace uplift::app
