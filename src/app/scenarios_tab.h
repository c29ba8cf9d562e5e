#pragma once
// The editor's Scenarios tab: every scenario's planned P&L side by side (compare_scenarios),
// "Use this" to make one the promotion's plan (choose_scenario) and "New scenario…" to copy
// the chosen one (add_scenario). The core checks rights and states; refusals show its message.
#include <QPointer>
#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace uplift::app {

class AppSession;

class ScenariosTab : public QWidget {
    Q_OBJECT
  public:
    ScenariosTab(AppSession& session, QWidget* parent = nullptr);

    // Re-reads the scenarios of promotion `code`; throws the core's exceptions.
    void reload(const QString& code, bool editable);
    QTableWidget* table() const { return table_; }
    // The "Use this" button of a scenario, or nullptr.
    QPushButton* useButton(const QString& scenario) const;

  signals:
    // A scenario was added or chosen: the promotion's plan changed.
    void changed();

  public slots:
    void addScenario();
    void useScenario(const QString& name);

  private:
    AppSession& session_;
    QString code_;
    QTableWidget* table_;
    QPushButton* add_;
    std::vector<QPointer<QPushButton>> useButtons_;  // of the current columns
};

}  // namespace uplift::app
