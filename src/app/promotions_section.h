#pragma once
// The Promotions section: every promotion of the file, read once, as a filterable list and as
// the promotion calendar, with one filter bar for both. Double-click (or Enter) opens the
// promotion editor; users who may create promotions also get "Copy to next year".
#include <QHash>
#include <QPointer>

#include <memory>

#include "promotion_catalog.h"
#include "section_widget.h"

class QComboBox;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace uplift::app {

class AppSession;
class PromotionCalendar;
class PromotionDetails;
class PromotionEditor;
class PromotionFilterBar;
class PromotionFilterProxy;
class PromotionListModel;

class PromotionsSection : public SectionWidget {
    Q_OBJECT
  public:
    explicit PromotionsSection(AppSession& session, QWidget* parent = nullptr);
    ~PromotionsSection() override;

    void reload() override;
    FilteredTableView* tableView() const override { return view_; }

    // Opens (or raises) the editor of a promotion; nullptr when it cannot be read.
    PromotionEditor* openEditor(const QString& code);
    PromotionEditor* editor(const QString& code) const;

    const PromotionCatalog& catalog() const { return catalog_; }
    PromotionCalendar* calendar() const { return calendar_; }
    PromotionFilterBar* filterBar() const { return filters_; }
    QTabWidget* views() const { return views_; }
    void showCalendar();
    void showList();

  signals:
    // A promotion changed in the file (an edit, a status change): its fund commitments may too.
    void promotionsChanged();

  private:
    QWidget* buildCalendarPage();
    void applyFilter();
    void onPromotionChanged(int row);
    void copyToNextYear();
    QString currentCode() const;

    AppSession& session_;
    PromotionCatalog catalog_;
    std::unique_ptr<PromotionDetails> details_;
    PromotionListModel* model_;
    PromotionFilterProxy* filterProxy_;
    PromotionFilterBar* filters_;
    QTabWidget* views_;
    FilteredTableView* view_;
    PromotionCalendar* calendar_;
    QComboBox* rowMode_ = nullptr;
    QToolButton* quarter_ = nullptr;
    QToolButton* year_ = nullptr;
    QPushButton* open_;
    QPushButton* copy_;
    QHash<QString, QPointer<PromotionEditor>> editors_;
};

}  // namespace uplift::app
