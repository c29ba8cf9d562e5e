#pragma once
// The Promotions section's filters: states (a checkable menu), account, brand and the period
// the in-store dates must touch. Emits changed() on every edit; the section applies it to the
// list and the calendar alike.
#include <QWidget>

#include "promotion_filter.h"

class QComboBox;
class QDateEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace uplift::app {

class PromotionFilterBar : public QWidget {
    Q_OBJECT
  public:
    explicit PromotionFilterBar(QWidget* parent = nullptr);

    // Offered accounts ("code — name" shown, code kept) and brands.
    void setChoices(const QList<QPair<QString, QString>>& accounts, const QStringList& brands);
    PromotionFilter filter() const;
    // For tests and for opening the section pre-filtered.
    void setStatuses(const std::set<PromotionStatus>& statuses);
    void setAccount(const QString& code);
    void setBrand(const QString& brand);
    void setPeriod(const QDate& from, const QDate& to);
    void clear();

  signals:
    void changed();

  private:
    void updateStatusText();

    QPushButton* statusButton_;
    QMenu* statusMenu_;
    QComboBox* account_;
    QComboBox* brand_;
    QDateEdit* from_;
    QDateEdit* to_;
    QToolButton* clear_;
};

}  // namespace uplift::app
