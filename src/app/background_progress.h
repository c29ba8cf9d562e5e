#pragma once
// The status bar's view of background work: what runs, how far it is, and Cancel. Hidden
// while nothing runs.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace uplift::app {

class BackgroundProgress : public QWidget {
    Q_OBJECT
  public:
    explicit BackgroundProgress(QWidget* parent = nullptr);

    void begin(const QString& what);
    void setProgress(int permille);
    void end();

  signals:
    void cancelRequested();

  private:
    QLabel* label_;
    QProgressBar* bar_;
    QToolButton* cancel_;
};

}  // namespace uplift::app
