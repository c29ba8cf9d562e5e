#pragma once
// The run/cancel/run-again cycle of a table computed off the UI thread (the Reports section, the
// pivot): the Cancel button, the busy bar and the status line; a new question while one runs
// stops it and asks again when it ends; a cancel or a failure leaves the table shown as it was.
#include <QString>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace uplift::app {

class RerunnableJob {
  public:
    RerunnableJob(QPushButton* cancel, QProgressBar* busy, QLabel* status);

    // True when a job may start now (the controls show it running); false while one runs, which
    // is then asked to stop and to be run again when it ends.
    bool begin();
    // Stops the running job for good.
    void cancel();
    // The job ended: true when it is to run again at once (the caller starts it again).
    bool end();
    // Says how an ended job went: false, with the status set (and a refusal box for an error
    // titled `failedTitle`), when there is no new answer to show; `hasAnswer`: a table is shown.
    bool answered(bool cancelled, const QString& error, bool hasAnswer, QWidget* parent,
                  const QString& failedTitle);

    bool isRunning() const { return running_; }
    // What the job's worker polls, and reads at its end: set by a cancel or a newer question.
    const std::atomic<bool>* cancelFlag() const { return &cancelFlag_; }
    bool cancelled() const { return cancelFlag_.load(); }
    // Stops the job (a widget closing waits for it afterwards).
    void stop() { cancelFlag_.store(true); }

  private:
    QPushButton* cancel_;
    QProgressBar* busy_;
    QLabel* status_;
    std::atomic<bool> cancelFlag_{false};
    bool running_ = false;
    bool rerun_ = false;
};

}  // namespace uplift::app
