#pragma once
// The left-hand list of sections (icon + label). It shows what it is given; the main window
// decides from the actor's rights which sections exist for this user.
#include <QListWidget>

#include "section_id.h"

namespace uplift::app {

class NavigationSidebar : public QListWidget {
    Q_OBJECT
  public:
    explicit NavigationSidebar(QWidget* parent = nullptr);

    void clearSections();
    void addSection(Section section, const QIcon& icon, const QString& label);
    bool hasSection(Section section) const;
    void selectSection(Section section);
    // The label shown for a section (tests click it by name).
    QListWidgetItem* itemFor(Section section) const;

    QSize sizeHint() const override;

  signals:
    void sectionChosen(Section section);
};

}  // namespace uplift::app
