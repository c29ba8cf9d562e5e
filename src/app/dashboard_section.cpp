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
#include "db/connection.h"
#include "db/uplift_file.h"
#include "role_names.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

constexpr int kDashboardColumns = 3;

// Calm colours: a white card on the window's background, a slate border, a blue focus ring.
const char* const kDashboardTileStyle =
    "uplift--app--DashboardTile { background: palette(base); border: 1px solid #c9d3dd;"
    " border-radius: 6px; }"
    "uplift--app--DashboardTile[clickable=\"true\"]:hover { border-color: #7f9bb8; }"
    "uplift--app--DashboardTile:focus { border: 2px solid #3b78b5; }";

}  // namespace

DashboardTile::DashboardTile(const Kpi& kpi, const QString& title,
                             std::optional<ReportKind> report, QWidget* parent)
    : QFrame(parent), kpi_(kpi), report_(report) {
    setObjectName(QStringLiteral("dashboardTile_%1").arg(qs(kpi.key)));
    setFrameShape(QFrame::StyledPanel);
    setProperty("clickable", report.has_value());
    setStyleSheet(QString::fromLatin1(kDashboardTileStyle));
    setMinimumSize(240, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* heading = new QLabel(title, this);
    heading->setStyleSheet(QStringLiteral("color: #4a5f73; font-weight: 600;"));
    heading->setWordWrap(true);
    value_ = new QLabel(qs(kpi.value), this);
    QFont big = value_->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    value_->setFont(big);
    value_->setStyleSheet(QStringLiteral("color: #1f3447;"));
    detail_ = new QLabel(this);
    detail_->setStyleSheet(QStringLiteral("color: #5d6f80;"));
    detail_->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(value_);
    layout->addWidget(detail_);
    layout->addStretch(1);
    setAccessibleName(title);
    if (report) {
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Open the report behind this figure (Enter)"));
    } else {
        setFocusPolicy(Qt::NoFocus);
    }
}

void DashboardTile::mouseReleaseEvent(QMouseEvent* event) {
    if (report_ && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
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
    innerLayout->addLayout(grid_);
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
            out.kpis = role_kpis(conn, ctx);
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
    showTiles(run.kpis);
    hasResult_ = true;
    status_->setText(run.kpis.empty()
                         ? tr("No figures for your roles.")
                         : tr("As of %1. Click a figure (or press Enter on it) to open its "
                              "report.")
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
        auto* t = new DashboardTile(k, titleOf(k), reportKindOf(k.report), grid_->parentWidget());
        t->detailLabel()->setText(detailOf(k));
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
        lines << QStringList{titleOf(t->kpi()), t->valueLabel()->text(), t->detailLabel()->text()}
                     .join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<ReportKind> DashboardSection::reportKindOf(const std::string& report) {
    for (ReportKind k : {ReportKind::Roi, ReportKind::BrandChannel, ReportKind::Discounts,
                         ReportKind::Unjustified, ReportKind::Budget}) {
        if (report == reportCliName(k)) {
            return k;
        }
    }
    return std::nullopt;
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
        return tr("Promotion ROI, last 12 months");
    }
    if (key == "bm.spend") {
        return tr("Trade spend, last 12 months");
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
        return tr("%n ended promotion(s)", nullptr, count(0));
    }
    return qs(k.detail);
}

}  // namespace uplift::app
