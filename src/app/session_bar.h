#pragma once
// The strip above the sections: the open file, the acting user with their roles, and the
// business date ("today", which --today may pin). In a rep file a badge says it is offline and
// whose file it is.
#include <QWidget>

class QLabel;

namespace uplift::app {

class AppSession;

class SessionBar : public QWidget {
    Q_OBJECT
  public:
    explicit SessionBar(QWidget* parent = nullptr);
    void showSession(AppSession* session);
    QLabel* offlineBadge() const { return offline_; }

  private:
    QLabel* file_;
    QLabel* offline_;  // the rep-file badge
    QLabel* user_;
    QLabel* today_;
};

}  // namespace uplift::app
