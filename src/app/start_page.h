#pragma once
// What the window shows with no file open: New, Open and the recent files.
#include <QWidget>

class QListWidget;

namespace uplift::app {

class StartPage : public QWidget {
    Q_OBJECT
  public:
    explicit StartPage(QWidget* parent = nullptr);
    // Re-reads the recent files from the settings.
    void refresh();

  signals:
    void newRequested();
    void openRequested();
    void recentChosen(const QString& path);

  private:
    QListWidget* recent_;
};

}  // namespace uplift::app
