#include "discounts_section.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include "app_session.h"
#include "conditions_panel.h"
#include "discount_inbox.h"
#include "filtered_table_view.h"
#include "returns_panel.h"
#include "unjustified_panel.h"

namespace uplift::app {

DiscountsSection::DiscountsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      tabs_(new QTabWidget(this)),
      inbox_(new DiscountInbox(session, this)),
      conditions_(new ConditionsPanel(session, undoStack, this)),
      returns_(new ReturnsPanel(session, undoStack, this)),
      unjustified_(new UnjustifiedPanel(session, this)) {
    setObjectName(QStringLiteral("discountsSection"));
    tabs_->setObjectName(QStringLiteral("discountTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(inbox_, tr("&Inbox"));
    tabs_->addTab(conditions_, tr("&Conditions"));
    tabs_->addTab(returns_, tr("Returns && &write-offs"));
    tabs_->addTab(unjustified_, tr("&Unjustified discounts"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);

    // An approval becomes a condition (or a promotion tactic): the conditions list and the
    // unjustified discounts depend on it.
    connect(inbox_, &DiscountInbox::requestsChanged, this, [this] {
        conditions_->reload();
        unjustified_->markOutdated();
        emit discountsChanged();
    });
    connect(conditions_, &ConditionsPanel::conditionsChanged, this, [this] {
        unjustified_->markOutdated();
        emit discountsChanged();
    });
    tabs_->setCurrentIndex(QSettings().value(QStringLiteral("discounts/tab"), 0).toInt());
    connect(tabs_, &QTabWidget::currentChanged, this, &DiscountsSection::tabShown);
}

void DiscountsSection::reload() {
    inbox_->reload();
    conditions_->reload();
    returns_->reload();
    unjustified_->reloadChoices();
    unjustified_->markOutdated();
    tabShown(tabs_->currentIndex());
}

void DiscountsSection::tabShown(int index) {
    QSettings().setValue(QStringLiteral("discounts/tab"), index);
    // The scan reads every actuals row: it starts the first time the tab is looked at, in the
    // background, and again only when asked.
    if (tabs_->widget(index) == unjustified_ && !unjustifiedRun_) {
        unjustifiedRun_ = true;
        unjustified_->start();
    }
}

FilteredTableView* DiscountsSection::tableView() const {
    QWidget* current = tabs_->currentWidget();
    if (current == conditions_) {
        return conditions_->view();
    }
    if (current == returns_) {
        return returns_->view();
    }
    if (current == unjustified_) {
        return unjustified_->groupView();
    }
    return inbox_->view();
}

}  // namespace uplift::app
