#pragma once
// A one-line key to the calendar's colours: a swatch and the name of every promotion state.
#include <QWidget>

namespace uplift::app {

class StatusLegend : public QWidget {
    Q_OBJECT
  public:
    explicit StatusLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
};

}  // namespace uplift::app
