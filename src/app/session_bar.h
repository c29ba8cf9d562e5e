#pragma once
// The strip above the sections: the open file, the acting user with their roles, and the
// business date ("today", which --today may pin).
#include <QWidget>

class QLabel;

namespace uplift::app {

class AppSession;

class SessionBar : public QWidget {
    Q_OBJECT
  public:
    explicit SessionBar(QWidget* parent = nullptr);
    void showSession(AppSession* session);

  private:
    QLabel* file_;
    QLabel* user_;
    QLabel* today_;
};

}  // namespace uplift::app
