// Long background work stays off Qt's global thread pool. Qt 6.4 paints large areas of a
// window in pieces on QThreadPool::globalInstance() and waits for them on the GUI thread, so a
// multi-second job holding that pool's threads froze the window for a whole import (seen by
// `uplift --bench` on a 2-core machine while the forecast-accuracy job ran). Runs before any
// window exists: with Qt's pool held, no paint may happen here.
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "db/uplift_file.h"
#include "gui_fixture.h"
#include "import_worker.h"
#include "security/users.h"
#include "text_conversions.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

class BackgroundJobsGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void anImportRunsWhileQtsThreadPoolIsBusy();

  private:
    QTemporaryDir dir_;
    QString db_;
};

void BackgroundJobsGuiTest::initTestCase() {
    quietOffscreenWarnings();
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("jobs.uplift"));
    QVERIFY2(writeTestData(dir_.path(), db_), "cannot write the test data");
}

void BackgroundJobsGuiTest::anImportRunsWhileQtsThreadPoolIsBusy() {
    // Every thread of Qt's pool taken, as by long jobs; each lets go after the timeout at most.
    QThreadPool* qtPool = QThreadPool::globalInstance();
    const int threads = qtPool->maxThreadCount();
    QSemaphore held;
    for (int i = 0; i < threads; ++i) {
        qtPool->start([&held] { held.tryAcquire(1, kTimeoutMs); });
    }

    ImportWorker worker;
    QSignalSpy finished(&worker, &ImportWorker::finished);
    ImportJob job;
    job.database = toPath(db_);
    {
        db::Connection conn = db::open_file(job.database);
        job.actor = load_actor(conn, "admin", toDate(kToday), nowIso());
    }
    job.kind = ImportKind::Actuals;
    job.file = toPath(dir_.filePath(QStringLiteral("actuals.csv")));
    worker.start(job);
    // A job queued on Qt's pool could only start once a holder lets go.
    const bool ranAlongside = finished.wait(kTimeoutMs / 2);
    held.release(threads);
    qtPool->waitForDone();
    QVERIFY(ranAlongside);
    QCOMPARE(static_cast<int>(worker.outcome().status),
             static_cast<int>(ImportOutcome::Status::Imported));
    QCOMPARE(worker.outcome().result.inserted, std::int64_t{3});
}

int uplift::app::test::runBackgroundJobsGuiTest(int argc, char** argv) {
    BackgroundJobsGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "background_jobs_gui_test.moc"
