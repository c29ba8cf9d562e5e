#pragma once
// A tile's sparkline: the figure over the last 12 months as a thin line with the last point
// marked, no axes. Months without a figure leave a gap.
#include <QWidget>

#include <optional>
#include <vector>

namespace uplift::app {

class SparklineWidget : public QWidget {
    Q_OBJECT
  public:
    explicit SparklineWidget(QWidget* parent = nullptr);

    void setValues(std::vector<std::optional<double>> values);
    const std::vector<std::optional<double>>& values() const { return values_; }
    QSize sizeHint() const override { return {120, 28}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    std::vector<std::optional<double>> values_;
};

}  // namespace uplift::app
