#include "rerunnable_job.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include "error_display.h"

namespace uplift::app {

namespace {

QString jobText(const char* text) {
    return QCoreApplication::translate("uplift::app::RerunnableJob", text);
}

}  // namespace

RerunnableJob::RerunnableJob(QPushButton* cancel, QProgressBar* busy, QLabel* status)
    : cancel_(cancel), busy_(busy), status_(status) {}

bool RerunnableJob::begin() {
    if (running_) {
        // Answer the newest question: stop this one, and run again when it ends.
        rerun_ = true;
        cancelFlag_.store(true);
        return false;
    }
    running_ = true;
    rerun_ = false;
    cancelFlag_.store(false);
    cancel_->setVisible(true);
    cancel_->setEnabled(true);
    busy_->setVisible(true);
    status_->setText(jobText("Running…"));
    return true;
}

void RerunnableJob::cancel() {
    if (running_) {
        rerun_ = false;
        cancelFlag_.store(true);
        cancel_->setEnabled(false);
        status_->setText(jobText("Cancelling…"));
    }
}

bool RerunnableJob::end() {
    running_ = false;
    cancel_->setVisible(false);
    busy_->setVisible(false);
    return rerun_;
}

bool RerunnableJob::answered(bool cancelled, const QString& error, bool hasAnswer, QWidget* parent,
                             const QString& failedTitle) {
    if (cancelled) {
        status_->setText(hasAnswer ? jobText("Cancelled: the table shows the previous run.")
                                   : jobText("Cancelled."));
        return false;
    }
    if (!error.isEmpty()) {
        status_->setText(jobText("Failed."));
        showRefusal(parent, failedTitle, error);
        return false;
    }
    return true;
}

}  // namespace uplift::app
