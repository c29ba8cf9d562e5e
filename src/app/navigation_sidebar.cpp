#include "navigation_sidebar.h"

namespace uplift::app {

NavigationSidebar::NavigationSidebar(QWidget* parent) : QListWidget(parent) {
    setObjectName(QStringLiteral("navigationSidebar"));
    setIconSize(QSize(22, 22));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSpacing(2);
    setStyleSheet(QStringLiteral(
        "QListWidget#navigationSidebar { background: palette(window); padding-top: 6px; }"
        "QListWidget#navigationSidebar::item { padding: 7px 10px; border-radius: 4px; }"
        "QListWidget#navigationSidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    connect(this, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* current, QListWidgetItem*) {
                if (current != nullptr) {
                    emit sectionChosen(static_cast<Section>(current->data(Qt::UserRole).toInt()));
                }
            });
}

void NavigationSidebar::clearSections() {
    const QSignalBlocker block(this);
    clear();
}

void NavigationSidebar::addSection(Section section, const QIcon& icon, const QString& label) {
    auto* item = new QListWidgetItem(icon, label, this);
    item->setData(Qt::UserRole, static_cast<int>(section));
}

QListWidgetItem* NavigationSidebar::itemFor(Section section) const {
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toInt() == static_cast<int>(section)) {
            return item(i);
        }
    }
    return nullptr;
}

bool NavigationSidebar::hasSection(Section section) const {
    return itemFor(section) != nullptr;
}

void NavigationSidebar::selectSection(Section section) {
    if (QListWidgetItem* it = itemFor(section)) {
        setCurrentItem(it);
    }
}

QSize NavigationSidebar::sizeHint() const {
    int width = 0;
    for (int i = 0; i < count(); ++i) {
        width = std::max(width, fontMetrics().horizontalAdvance(item(i)->text()));
    }
    return {width + iconSize().width() + 56, QListWidget::sizeHint().height()};
}

}  // namespace uplift::app
