#pragma once
// The thread pool that long background work runs on (imports, rep files, forecast accuracy),
// instead of Qt's global pool. Qt's raster painting (6.4) splits large fills into pieces on
// QThreadPool::globalInstance() and waits for them on the UI thread: with the global pool's
// threads (one per core) all taken by multi-second jobs, every paint of the window waits until
// a job ends, and the window freezes for the whole import. Jobs here leave that pool to Qt.
class QThreadPool;

namespace uplift::app {

QThreadPool* backgroundJobPool();

}  // namespace uplift::app
