#include "dashboard_section.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QStringList>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

#include "app_session.h"
#include "background_jobs.h"
#include "dashboard_chart_view.h"
#include "dashboard_link.h"
#include "db/connection.h"
#include "db/uplift_file.h"
#include "money_format.h"
#include "role_names.h"
#include "sparkline_widget.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

constexpr int kDashboardColumns = 4;
constexpr int kDashboardChartColumns = 2;

// Calm colours: a white card on the window's background, a slate border, a blue focus ring.
const char* const kDashboardTileStyle =
    "uplift--app--DashboardTile { background: palette(base); border: 1px solid #c9d3dd;"
    " border-radius: 6px; }"
    "uplift--app--DashboardTile[clickable=\"true\"]:hover { border-color: #7f9bb8; }"
    "uplift--app--DashboardTile:focus { border: 2px solid #3b78b5; }";

}  // namespace

QString DashboardTile::displayedValue(const Kpi& kpi) {
    // Money (the core prints it with 2 decimals) in the user's locale, with thousands
    // separators; percentages and counts as the core prints them.
    const QString v = qs(kpi.value);
    if (v.contains(QLatin1Char('.')) && !v.contains(QLatin1Char('%'))) {
        if (const std::optional<qint64> minor = parseMinorUnits(v)) {
            return formatMinorUnits(*minor);
        }
    }
    return v;
}

DashboardTile::DashboardTile(const Kpi& kpi, const QString& title,
                             std::optional<ReportRequest> report, QWidget* parent)
    : QFrame(parent), kpi_(kpi), report_(std::move(report)) {
    setObjectName(QStringLiteral("dashboardTile_%1").arg(qs(kpi.key)));
    setFrameShape(QFrame::StyledPanel);
    setProperty("clickable", report_.has_value());
    setStyleSheet(QString::fromLatin1(kDashboardTileStyle));
    setMinimumSize(220, 150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* heading = new QLabel(title, this);
    heading->setStyleSheet(QStringLiteral("color: #4a5f73; font-weight: 600;"));
    heading->setWordWrap(true);
    value_ = new QLabel(displayedValue(kpi), this);
    QFont big = value_->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value_->setFont(big);
    value_->setStyleSheet(QStringLiteral("color: #1f3447;"));
    // The change against a year earlier beside the value: green when favourable, red when not,
    // grey for a figure where neither direction is good news.
    change_ = new QLabel(this);
    change_->setObjectName(QStringLiteral("dashboardChange"));
    const char* colour = "#5d6f80";
    if (kpi.change.direction != 0 && kpi.sense != KpiSense::Neutral) {
        colour = kpi.change.favourable ? "#2e7d32" : "#c62828";
    }
    change_->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    detail_ = new QLabel(this);
    detail_->setStyleSheet(QStringLiteral("color: #5d6f80;"));
    detail_->setWordWrap(true);
    sparkline_ = new SparklineWidget(this);
    std::vector<std::optional<double>> points;
    for (const KpiPoint& p : kpi.sparkline) {
        points.push_back(p.value);
    }
    sparkline_->setValues(std::move(points));
    sparkline_->setVisible(!kpi.sparkline.empty());
    if (!kpi.sparkline.empty()) {
        sparkline_->setToolTip(
            tr("%1 to %2, month by month")
                .arg(qs(kpi.sparkline.front().month), qs(kpi.sparkline.back().month)));
    }
    change_->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(value_);
    layout->addWidget(change_);
    layout->addWidget(detail_);
    layout->addStretch(1);
    layout->addWidget(sparkline_);
    setAccessibleName(title);
    if (report_) {
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Open the report behind this figure (Enter)"));
    } else {
        setFocusPolicy(Qt::NoFocus);
    }
}

void DashboardTile::mouseReleaseEvent(QMouseEvent* event) {
    if (report_ && event->button() == Qt::LeftButton &&
        rect().contains(event->position().toPoint())) {
        emit activated();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void DashboardTile::keyPressEvent(QKeyEvent* event) {
    if (report_ && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
                    event->key() == Qt::Key_Space)) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

DashboardSection::DashboardSection(AppSession& session, QWidget* parent)
    : SectionWidget(parent), session_(session) {
    auto* outer = new QVBoxLayout(this);
    heading_ = new QLabel(this);
    QFont f = heading_->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading_->setFont(f);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("dashboardStatus"));
    status_->setStyleSheet(QStringLiteral("color: #5d6f80;"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    grid_ = new QGridLayout;
    grid_->setSpacing(12);
    chartGrid_ = new QGridLayout;
    chartGrid_->setSpacing(12);
    innerLayout->addLayout(grid_);
    innerLayout->addSpacing(8);
    innerLayout->addLayout(chartGrid_);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(heading_);
    outer->addWidget(status_);
    outer->addWidget(scroll, 1);
    connect(&watcher_, &QFutureWatcher<DashboardRun>::finished, this, &DashboardSection::done);
}

DashboardSection::~DashboardSection() {
    watcher_.waitForFinished();
}

void DashboardSection::reload() {
    heading_->setText(tr("%1 — %2 on %3")
                          .arg(qs(session_.actor().user_name),
                               RoleNames::titles(session_.actor().roles),
                               session_.today().toString(Qt::ISODate)));
    start();
}

void DashboardSection::showEvent(QShowEvent* event) {
    SectionWidget::showEvent(event);
    // Figures change with every import and decision: computed again whenever shown.
    if (!running_ && hasResult_) {
        start();
    }
}

void DashboardSection::start() {
    if (running_) {
        rerun_ = true;
        return;
    }
    running_ = true;
    rerun_ = false;
    status_->setText(tr("Computing…"));
    const std::filesystem::path database = toPath(session_.filePath());
    ActionContext ctx = session_.action();
    watcher_.setFuture(QtConcurrent::run(backgroundJobPool(), [database, ctx] {
        DashboardRun out;
        try {
            // One connection per thread: never the GUI's.
            db::Connection conn = db::open_file(database);
            out.dashboard = role_dashboard(conn, ctx);
        } catch (const std::exception& e) {
            out.error = qs(e.what());
        } catch (...) {
            out.error = DashboardSection::tr("unexpected error");
        }
        return out;
    }));
}

void DashboardSection::done() {
    DashboardRun run = watcher_.result();
    running_ = false;
    if (rerun_) {
        start();
        return;
    }
    if (!run.error.isEmpty()) {
        status_->setText(tr("Cannot compute the figures: %1").arg(run.error));
        emit refreshed();
        return;
    }
    showTiles(run.dashboard.tiles);
    showCharts(run.dashboard.charts);
    hasResult_ = true;
    status_->setText(run.dashboard.tiles.empty()
                         ? tr("No figures for your roles.")
                         : tr("As of %1; changes against the same day a year earlier. Click a "
                              "figure (or press Enter on it) or a bar to open its report.")
                               .arg(session_.today().toString(Qt::ISODate)));
    emit refreshed();
}

void DashboardSection::showTiles(const std::vector<Kpi>& kpis) {
    QWidget* focused = focusWidget();
    QString focusedKey;
    for (DashboardTile* t : tiles_) {
        if (t == focused) {
            focusedKey = qs(t->kpi().key);
        }
    }
    for (DashboardTile* t : tiles_) {
        grid_->removeWidget(t);
        delete t;
    }
    tiles_.clear();
    int i = 0;
    for (const Kpi& k : kpis) {
        auto* t = new DashboardTile(k, titleOf(k), reportRequestOf(k.link), grid_->parentWidget());
        t->detailLabel()->setText(detailOf(k));
        t->changeLabel()->setText(changeOf(k));
        connect(t, &DashboardTile::activated, this, [this, t] {
            if (t->report()) {
                emit reportRequested(*t->report());
            }
        });
        grid_->addWidget(t, i / kDashboardColumns, i % kDashboardColumns);
        tiles_.push_back(t);
        if (qs(k.key) == focusedKey) {
            t->setFocus();
        }
        ++i;
    }
}

void DashboardSection::showCharts(const std::vector<DashboardChart>& charts) {
    for (DashboardChartView* c : charts_) {
        chartGrid_->removeWidget(c);
        delete c;
    }
    charts_.clear();
    int i = 0;
    for (const DashboardChart& given : charts) {
        DashboardChart shown = given;
        shown.title = utf8(chartTitleOf(given));
        for (DashboardChart::Series& series : shown.series) {
            const std::string& n = series.name;
            const QString text = n == "Budget"                    ? tr("Budget")
                                 : n == "Committed"               ? tr("Committed")
                                 : n == "Actual"                  ? tr("Actual")
                                 : n == "Gross sales"             ? tr("Gross sales")
                                 : n == "Trade spend"             ? tr("Trade spend")
                                 : n == "Margin"                  ? tr("Margin")
                                 : n == "Excess over entitlement" ? tr("Excess over entitlement")
                                 : n == "ROI %"                   ? tr("ROI %")
                                 : n == "Attainment %"            ? tr("Attainment %")
                                                                  : qs(n);
            series.name = utf8(text);
        }
        auto* view = new DashboardChartView(shown, grid_->parentWidget());
        connect(view, &DashboardChartView::categoryActivated, this, [this, view](int index) {
            const auto& links = view->data().links;
            if (index >= 0 && static_cast<std::size_t>(index) < links.size()) {
                if (const auto r = reportRequestOf(links[static_cast<std::size_t>(index)])) {
                    emit reportRequested(*r);
                }
            }
        });
        chartGrid_->addWidget(view, i / kDashboardChartColumns, i % kDashboardChartColumns);
        charts_.push_back(view);
        ++i;
    }
}

DashboardChartView* DashboardSection::chart(const QString& key) const {
    for (DashboardChartView* c : charts_) {
        if (qs(c->data().key) == key) {
            return c;
        }
    }
    return nullptr;
}

DashboardTile* DashboardSection::tile(const QString& key) const {
    for (DashboardTile* t : tiles_) {
        if (qs(t->kpi().key) == key) {
            return t;
        }
    }
    return nullptr;
}

QString DashboardSection::selectionAsText() const {
    QStringList lines;
    for (const DashboardTile* t : tiles_) {
        lines << QStringList{titleOf(t->kpi()), t->valueLabel()->text(), t->changeLabel()->text(),
                             t->detailLabel()->text()}
                     .join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString DashboardSection::titleOf(const Kpi& k) const {
    const std::string& key = k.key;
    if (key == "fin.utilisation") {
        return tr("Fund utilisation");
    }
    if (key == "fin.claims") {
        return tr("Open claims");
    }
    if (key == "fin.unjustified") {
        return tr("Unjustified discounts this month");
    }
    if (key == "fin.requests") {
        return tr("Discount requests waiting for finance");
    }
    if (key == "sm.requests") {
        return tr("Discount requests waiting for a sales manager");
    }
    if (key == "sm.promotions") {
        return tr("Promotions waiting for approval");
    }
    if (key == "kam.requests") {
        return tr("My open discount requests");
    }
    if (key == "kam.active") {
        return tr("Active promotions");
    }
    if (key == "bm.roi") {
        return tr("Brand ROI, last 12 months");
    }
    if (key == "bm.spend") {
        return tr("Trade spend, last 12 months");
    }
    if (key == "bm.spend_rate") {
        return tr("Trade spend rate, last 12 months");
    }
    if (key == "bm.utilisation") {
        return tr("Brand fund utilisation");
    }
    if (key == "kam.pnl") {
        return tr("Account P&L (margin), year to date");
    }
    const QString period = k.figures.empty() ? QString() : qs(k.figures[0]);
    if (key == "sm.attainment") {
        return tr("Target attainment, %1").arg(period);
    }
    if (key == "sm.accuracy") {
        return tr("Forecast accuracy (WAPE), %1").arg(period);
    }
    return qs(k.title);
}

QString DashboardSection::detailOf(const Kpi& k) const {
    const std::string& key = k.key;
    const auto fig = [&](std::size_t i) {
        return i < k.figures.size() ? qs(k.figures[i]) : QString();
    };
    const auto count = [&](std::size_t i) { return fig(i).toInt(); };
    if (key == "fin.utilisation") {
        return tr("actual %1 of budget %2; committed %3").arg(fig(0), fig(1), fig(2));
    }
    if (key == "fin.claims") {
        return tr("%1 open").arg(fig(0));
    }
    if (key == "fin.unjustified") {
        return tr("%n row(s) over the entitlement", nullptr, count(0));
    }
    if (key == "fin.requests" || key == "sm.requests" || key == "kam.requests") {
        return tr("estimated value %1").arg(fig(0));
    }
    if (key == "sm.promotions") {
        return tr("submitted");
    }
    if (key == "kam.active") {
        return tr("in store on %1").arg(fig(0));
    }
    if (key == "bm.roi") {
        return tr("incremental profit %1 over %n promotion(s)", nullptr, count(1)).arg(fig(0));
    }
    if (key == "bm.spend") {
        return tr("%n promotion(s) in store", nullptr, count(0));
    }
    if (key == "bm.spend_rate") {
        return tr("trade spend %1 of gross sales %2").arg(fig(0), fig(1));
    }
    if (key == "bm.utilisation") {
        return tr("actual %1 of budget %2").arg(fig(0), fig(1));
    }
    if (key == "kam.pnl") {
        return tr("gross sales %1, trade spend %2, net sales %3; %n account(s)", nullptr, count(3))
            .arg(fig(0), fig(1), fig(2));
    }
    if (key == "sm.attainment") {
        return tr("actual %1 of target %2").arg(fig(1), fig(2));
    }
    if (key == "sm.accuracy") {
        return fig(1).isEmpty() ? tr("no sell-in to measure against") : tr("bias %1 %").arg(fig(1));
    }
    return qs(k.detail);
}

QString DashboardSection::changeOf(const Kpi& k) const {
    if (!k.change.has_prior) {
        return tr("no prior year");
    }
    const QString arrow = k.change.direction > 0   ? QStringLiteral("\u25B2 ")
                          : k.change.direction < 0 ? QStringLiteral("\u25BC ")
                                                   : QString();
    return tr("%1%2 vs %3 a year ago").arg(arrow, qs(k.change.text), qs(k.change.prior));
}

QString DashboardSection::chartTitleOf(const DashboardChart& c) const {
    const std::string& key = c.key;
    if (key == "fin.budget_by_fund") {
        return tr("Budget vs actual by top-level fund");
    }
    if (key == "fin.unjustified_by_month") {
        return tr("Unjustified discounts by month");
    }
    if (key == "kam.pnl_by_month") {
        return tr("Own accounts' P&L by month");
    }
    if (key == "bm.roi_by_brand") {
        return tr("ROI by brand, last 12 months (%)");
    }
    if (key == "bm.top_bottom") {
        return tr("Top 5 and bottom 5 promotions by ROI, last 12 months (%)");
    }
    if (key == "sm.attainment_by_rep") {
        return tr("Target attainment by rep (%)");
    }
    return qs(c.title);
}

}  // namespace uplift::app
