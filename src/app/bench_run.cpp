#include "bench_run.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QWizard>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "app_session.h"
#include "batch_list_view.h"
#include "filtered_table_view.h"
#include "import_wizard.h"
#include "import_worker.h"
#include "main_window.h"
#include "promotion_calendar.h"
#include "promotion_catalog.h"
#include "promotion_filter_bar.h"
#include "promotions_section.h"
#include "workflows/imports.h"

namespace uplift::app {

namespace {

constexpr int kBenchStepTimeoutMs = 60 * 1000;
constexpr int kBenchImportTimeoutMs = 60 * 60 * 1000;

double benchMs(qint64 ns) {
    return static_cast<double>(ns) / 1e6;
}

// Runs the event loop until `widget` has been painted and the frame it belongs to is done
// (the quit is queued behind the paint, so every widget of that frame has painted by then).
class BenchPaintWait : public QObject {
  public:
    explicit BenchPaintWait(QWidget* widget) : widget_(widget) {
        widget_->installEventFilter(this);
    }

    // Also asks for a paint: when what was done changed nothing on screen no paint would come,
    // and when it did, the two requests coalesce into the one paint the change needs anyway.
    bool wait() {
        widget_->update();
        QTimer::singleShot(kBenchStepTimeoutMs, &loop_, [this] { loop_.exit(1); });
        return loop_.exec() == 0;
    }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == widget_ && event->type() == QEvent::Paint) {
            QMetaObject::invokeMethod(&loop_, &QEventLoop::quit, Qt::QueuedConnection);
        }
        return false;
    }

  private:
    QWidget* widget_;
    QEventLoop loop_;
};

// Ticks every 5 ms on the UI thread and keeps the longest time between two ticks: how long
// the window could not have answered a click.
class BenchStallMeter : public QObject {
  public:
    BenchStallMeter() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(5);
        connect(&timer_, &QTimer::timeout, this, [this] { tick(); });
    }

    void start() {
        clock_.start();
        lastNs_ = 0;
        maxGapNs_ = 0;
        timer_.start();
    }
    void stop() {
        tick();  // a stall at the very end counts too
        timer_.stop();
    }
    double maxGapMs() const { return benchMs(maxGapNs_); }

  private:
    void tick() {
        const qint64 now = clock_.nsecsElapsed();
        maxGapNs_ = std::max(maxGapNs_, now - lastNs_);
        lastNs_ = now;
    }

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 lastNs_ = 0;
    qint64 maxGapNs_ = 0;
};

// Runs the event loop for `ms` (timers, queued signals and paints go on meanwhile).
void benchIdle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until the worker has finished (its outcome is set) or the time is up.
bool benchWaitForWorker(ImportWorker* worker, int timeoutMs) {
    if (!worker->isRunning()) {
        return true;
    }
    QEventLoop loop;
    QObject::connect(worker, &ImportWorker::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

// The calendar year with the most promotions in store; today's when there are none.
int benchBusiestYear(const PromotionCatalog& catalog, const QDate& today) {
    QMap<int, int> perYear;
    for (const CatalogEntry& e : catalog.entries()) {
        for (int y = e.start.year(); y <= e.end.year(); ++y) {
            ++perYear[y];
        }
    }
    int best = today.year();
    int most = 0;
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

std::vector<std::int64_t> benchBatchIds(AppSession& session) {
    std::vector<std::int64_t> ids;
    for (const BatchInfo& b : list_batches(session.connection())) {
        ids.push_back(b.rolled_back ? -b.id : b.id);
    }
    return ids;
}

}  // namespace

BenchRun::BenchRun(MainWindow& window, const QElapsedTimer& sinceStart, BenchOptions options,
                   QTextStream& out)
    : window_(window), sinceStart_(sinceStart), options_(std::move(options)), out_(out) {
    // Application-wide: the first paint of any widget of the window starts its first frame.
    qApp->installEventFilter(this);
}

bool BenchRun::eventFilter(QObject* watched, QEvent* event) {
    if (!paintSeen_ && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == &window_) {
        paintSeen_ = true;
        // Queued: runs once the whole frame (every widget of it) is painted and flushed.
        QMetaObject::invokeMethod(
            this, [this] { firstFrameNs_ = sinceStart_.nsecsElapsed(); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

int BenchRun::run() {
    const bool ok = timeWindowShown() && timePromotionFilter() && timeCalendarYear() &&
                    (options_.importFile.isEmpty() || (timeImport() && timeCancelledImport()));
    return ok ? 0 : 1;
}

void BenchRun::print(const char* key, double ms) {
    out_ << key << '=' << QString::number(ms, 'f', 1) << '\n';
    out_.flush();
}

void BenchRun::printCount(const char* key, qint64 count) {
    out_ << key << '=' << count << '\n';
    out_.flush();
}

bool BenchRun::fail(const QString& why) {
    std::fprintf(stderr, "%s\n", qPrintable(tr("uplift: --bench: %1").arg(why)));
    return false;
}

bool BenchRun::timeWindowShown() {
    QElapsedTimer waited;
    waited.start();
    while (firstFrameNs_ < 0 && waited.elapsed() < kBenchStepTimeoutMs) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    qApp->removeEventFilter(this);
    if (firstFrameNs_ < 0) {
        return fail(tr("the window was never painted"));
    }
    if (window_.session() == nullptr) {
        return fail(tr("no file is open"));
    }
    print("gui.window_shown_ms", benchMs(firstFrameNs_));
    return true;
}

bool BenchRun::timePromotionFilter() {
    auto* promotions = qobject_cast<PromotionsSection*>(window_.sectionWidget(Section::Promotions));
    if (promotions == nullptr) {
        return fail(tr("the window has no Promotions section"));
    }
    QTableView* table = promotions->tableView()->table();
    QElapsedTimer t;
    {
        // The section as a user first opens it: the catalog read and the list painted.
        BenchPaintWait painted(table->viewport());
        t.start();
        window_.showSection(Section::Promotions);
        promotions->showList();
        if (!painted.wait()) {
            return fail(tr("the promotion list was never painted"));
        }
        print("gui.promotions_open_ms", benchMs(t.nsecsElapsed()));
    }

    // An account code, as a key account manager types it: it matches that account's promotions.
    const PromotionCatalog& catalog = promotions->catalog();
    QString text = QStringLiteral("promo");
    if (catalog.size() > 0) {
        text = catalog.at(catalog.size() / 2).account;
    } else if (!catalog.accounts().empty()) {
        text = catalog.accounts().front().code;
    }
    QLineEdit* box = promotions->tableView()->filterEdit();
    {
        BenchPaintWait painted(table->viewport());
        t.start();
        box->setText(text);
        if (!painted.wait()) {
            return fail(tr("the filtered list was never painted"));
        }
        print("gui.promotion_filter_ms", benchMs(t.nsecsElapsed()));
    }
    printCount("gui.promotion_filter_rows", table->model()->rowCount());
    {
        BenchPaintWait painted(table->viewport());
        t.start();
        box->clear();
        if (!painted.wait()) {
            return fail(tr("the list was never painted"));
        }
        print("gui.promotion_filter_clear_ms", benchMs(t.nsecsElapsed()));
    }
    return true;
}

bool BenchRun::timeCalendarYear() {
    auto* promotions = qobject_cast<PromotionsSection*>(window_.sectionWidget(Section::Promotions));
    PromotionCalendar* calendar = promotions->calendar();
    auto* yearButton = promotions->findChild<QToolButton*>(QStringLiteral("calendarZoomYear"));
    if (yearButton == nullptr) {
        return fail(tr("the calendar has no Year button"));
    }
    // Every account: no filter of the bar either.
    promotions->filterBar()->clear();
    const int year = benchBusiestYear(promotions->catalog(), window_.session()->today());

    // What the user waits for: the Calendar tab, the Year zoom, the view moved to the year,
    // and the viewport drawn. "Drawn" is the viewport: the calendar paints only what is in view,
    // so that is all a user waits for; the layout covers every promotion of every account (the
    // calendar gives a row to each account that has one). All pages of the year follow below.
    QElapsedTimer t;
    {
        BenchPaintWait painted(calendar->viewport());
        t.start();
        promotions->showCalendar();
        yearButton->click();
        calendar->scrollToDate(QDate(year, 1, 1));
        if (!painted.wait()) {
            return fail(tr("the calendar was never painted"));
        }
        print("gui.calendar_year_ms", benchMs(t.nsecsElapsed()));
    }
    const CalendarLayout& layout = calendar->calendarLayout();
    printCount("gui.calendar_rows", std::count_if(layout.rows().begin(), layout.rows().end(),
                                                  [](const CalendarRow& r) { return !r.group; }));
    printCount("gui.calendar_bars", static_cast<qint64>(layout.bars().size()));

    // Then the whole year drawn: the viewport repainted (synchronously, as a scroll does) at
    // every page of the year across every row, so each row and week is painted at least once.
    QScrollBar* h = calendar->horizontalScrollBar();
    QScrollBar* v = calendar->verticalScrollBar();
    const int yearLeft = h->value();
    const int yearWidth = static_cast<int>(QDate(year, 1, 1).daysTo(QDate(year + 1, 1, 1))) *
                          calendar->weekWidth() / 7;
    std::vector<int> xs;
    for (int x = yearLeft; x < yearLeft + yearWidth; x += h->pageStep()) {
        xs.push_back(std::min(x, h->maximum()));
    }
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    std::vector<int> ys;
    for (int y = 0; y <= v->maximum(); y += v->pageStep()) {
        ys.push_back(y);
    }
    if (ys.empty() || ys.back() != v->maximum()) {
        ys.push_back(v->maximum());
    }
    qint64 slowestNs = 0;
    int pages = 0;
    t.start();
    for (const int y : ys) {
        for (const int x : xs) {
            QElapsedTimer page;
            page.start();
            h->setValue(x);
            v->setValue(y);
            calendar->viewport()->repaint();
            slowestNs = std::max(slowestNs, page.nsecsElapsed());
            ++pages;
        }
    }
    print("gui.calendar_scroll_ms", benchMs(t.nsecsElapsed()));
    printCount("gui.calendar_scroll_pages", pages);
    print("gui.calendar_scroll_max_page_ms", benchMs(slowestNs));
    return true;
}

ImportWizard* BenchRun::wizardReadyToCommit() {
    ImportWizard* wizard = window_.importWizard();
    if (wizard != nullptr && wizard->currentId() == ImportWizard::RunPage) {
        // After a run, the result page's "Import another file" leads back to the first step.
        if (auto* again =
                wizard->findChild<QAbstractButton*>(QStringLiteral("importAgainButton"))) {
            again->click();
        }
    } else {
        auto* imports = qobject_cast<BatchListView*>(window_.sectionWidget(Section::Imports));
        if (imports == nullptr) {
            fail(tr("user “%1” may import nothing").arg(window_.session()->userName()));
            return nullptr;
        }
        window_.showSection(Section::Imports);
        if (auto* button = imports->findChild<QAbstractButton*>(QStringLiteral("importButton"))) {
            button->click();
        }
        wizard = window_.importWizard();
    }
    if (wizard == nullptr || wizard->currentId() != ImportWizard::ChooseFilePage) {
        fail(tr("the import wizard did not open"));
        return nullptr;
    }
    auto* kind = wizard->findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    auto* file = wizard->findChild<QLineEdit*>(QStringLiteral("importFileEdit"));
    if (kind == nullptr || file == nullptr) {
        fail(tr("the import wizard has no kind or file field"));
        return nullptr;
    }
    kind->setCurrentIndex(kind->findData(static_cast<int>(ImportKind::Actuals)));
    file->setText(options_.importFile);
    // The buttons a user clicks: a disabled one (a kind the user may not import) does nothing.
    wizard->button(QWizard::NextButton)->click();
    if (wizard->currentId() == ImportWizard::PreviewPage) {
        wizard->button(QWizard::NextButton)->click();
    }
    if (wizard->currentId() != ImportWizard::ColumnsPage) {
        fail(tr("the import wizard did not accept %1 as actuals").arg(options_.importFile));
        return nullptr;
    }
    return wizard;
}

bool BenchRun::timeImport() {
    ImportWizard* wizard = wizardReadyToCommit();
    if (wizard == nullptr) {
        return false;
    }
    ImportWorker* worker = wizard->worker();
    BenchStallMeter stalls;
    stalls.start();
    QElapsedTimer t;
    t.start();
    wizard->button(QWizard::CommitButton)->click();
    if (wizard->currentId() != ImportWizard::RunPage || !worker->isRunning()) {
        stalls.stop();
        return fail(tr("the import did not start"));
    }
    // Connected once the run page has reset its bar to 0: from here on every change is a move.
    auto* bar = wizard->findChild<QProgressBar*>(QStringLiteral("importProgressBar"));
    int updates = 0;
    const QMetaObject::Connection counting =
        connect(bar, &QProgressBar::valueChanged, this, [&updates] { ++updates; });
    const bool finished = benchWaitForWorker(worker, kBenchImportTimeoutMs);
    const qint64 importNs = t.nsecsElapsed();
    // What the window does right after (re-reading what the import changed) may stall it too.
    benchIdle(100);
    stalls.stop();
    disconnect(counting);
    if (!finished) {
        return fail(tr("the import did not finish"));
    }
    const ImportOutcome& outcome = worker->outcome();
    if (outcome.status != ImportOutcome::Status::Imported) {
        return fail(tr("%1 was not imported: %2").arg(options_.importFile, outcome.message));
    }
    print("gui.import_ms", benchMs(importNs));
    printCount("gui.import_rows", outcome.result.rows);
    print("gui.import_max_stall_ms", stalls.maxGapMs());
    printCount("gui.import_progress_updates", updates);
    return true;
}

bool BenchRun::timeCancelledImport() {
    ImportWizard* wizard = wizardReadyToCommit();
    if (wizard == nullptr) {
        return false;
    }
    ImportWorker* worker = wizard->worker();
    std::vector<std::int64_t> before;
    try {
        before = benchBatchIds(*window_.session());
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    wizard->button(QWizard::CommitButton)->click();
    if (wizard->currentId() != ImportWizard::RunPage || !worker->isRunning()) {
        return fail(tr("the import did not start"));
    }
    benchIdle(options_.cancelAfterMs);
    double cancelMs = -1;  // not measured: the import ended before it could be cancelled
    if (worker->isRunning()) {
        auto* cancel = wizard->findChild<QAbstractButton*>(QStringLiteral("importCancelButton"));
        if (cancel == nullptr) {
            return fail(tr("the import has no Cancel button"));
        }
        QElapsedTimer t;
        t.start();
        cancel->click();
        if (!benchWaitForWorker(worker, kBenchImportTimeoutMs)) {
            return fail(tr("the cancelled import did not stop"));
        }
        cancelMs = benchMs(t.nsecsElapsed());
    } else {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("uplift: --bench: the import ended before it could be "
                                   "cancelled; a bigger file measures the cancel.")));
    }
    bool unchanged = false;
    try {
        unchanged = benchBatchIds(*window_.session()) == before;
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    const bool ok =
        cancelMs >= 0 && worker->outcome().status == ImportOutcome::Status::Cancelled && unchanged;
    print("gui.import_cancel_ms", cancelMs);
    printCount("gui.import_cancel_ok", ok ? 1 : 0);
    wizard->close();
    return true;
}

}  // namespace uplift::app
