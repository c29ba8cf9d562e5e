#pragma once
// The editor's History tab: the audit log of the promotion and of its lines, newest first.
#include <QWidget>

class QTableWidget;

namespace uplift::app {

class AppSession;

class PromotionHistoryTab : public QWidget {
    Q_OBJECT
  public:
    PromotionHistoryTab(AppSession& session, QWidget* parent = nullptr);

    // Throws the core's exceptions.
    void reload(const QString& code, const QStringList& skus);
    QTableWidget* table() const { return table_; }

  private:
    AppSession& session_;
    QTableWidget* table_;
};

}  // namespace uplift::app
