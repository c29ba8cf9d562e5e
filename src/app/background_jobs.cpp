#include "background_jobs.h"

#include <QThreadPool>

namespace uplift::app {

namespace {

// Jobs are few (one per wizard, dialog or view that runs one) and long: each gets its own
// thread so that none waits for another to end. Idle threads expire after Qt's 30 s.
struct BackgroundJobPool : QThreadPool {
    BackgroundJobPool() {
        setMaxThreadCount(16);
        setObjectName(QStringLiteral("uplift background jobs"));
    }
};

// Like Qt's own global pool: built on first use, joined when the program ends.
Q_GLOBAL_STATIC(BackgroundJobPool, g_backgroundJobPool)

}  // namespace

QThreadPool* backgroundJobPool() {
    return g_backgroundJobPool();
}

}  // namespace uplift::app
