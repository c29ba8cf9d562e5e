#pragma once
// How a background job ended, for the widgets that run core work off the UI thread: answered,
// cancelled (the core's Cancelled), or failed with the core's message. One place turns the
// core's exceptions into that outcome, so every job reports them the same way.
#include <QCoreApplication>
#include <QString>

#include <exception>

#include "errors.h"
#include "text_conversions.h"

namespace uplift::app {

struct JobEnd {
    bool cancelled = false;
    QString error;  // the core's message; empty when the job answered or was cancelled
};

// Runs `work` on the calling thread (the job's) and says how it ended.
template <class Work>
JobEnd runCatching(Work&& work) {
    JobEnd end;
    try {
        work();
    } catch (const Cancelled&) {
        end.cancelled = true;
    } catch (const std::exception& e) {
        end.error = qs(e.what());
    } catch (...) {
        end.error = QCoreApplication::translate("uplift::app::BackgroundJob", "unexpected error");
    }
    return end;
}

}  // namespace uplift::app
